package org.gaoxin.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.gaoxin.shared.LocalizedText;

/**
 * A support policy as loaded from its file: issuer, document number, the years it is in
 * force, its articles, and the most one enterprise (or talent) receives from it in a year
 * (万元, null for no cap). {@code illustrative} marks a demonstration policy, which every
 * page says is not a real one.
 */
public record Policy(String code, String version, LocalizedText name, LocalizedText issuer, String documentNo,
		int validFrom, int validTo, boolean illustrative, BigDecimal capPerSubjectYear, List<Article> articles,
		String source, String checksum) {

	public Policy {
		articles = List.copyOf(articles);
	}

	public boolean inForce(int year) {
		return year >= this.validFrom && year <= this.validTo;
	}

	public Optional<Article> article(String articleCode) {
		return this.articles.stream().filter((a) -> a.code().equals(articleCode)).findFirst();
	}

	public String reference() {
		return this.code + "@" + this.version;
	}

}

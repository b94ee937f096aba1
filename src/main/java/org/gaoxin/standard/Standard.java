package org.gaoxin.standard;

import org.gaoxin.shared.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An accreditation standard: a versioned set of indicators with thresholds, the
 * aggregates its formulas use, and its verdict rule. Loaded from a file; never code.
 *
 * @param document the web address of the published text the file names as its source, or
 * null when it names none (the built-in illustrative standard)
 * @param source where it was loaded from (built-in, upload, folder)
 * @param checksum SHA-256 of the file, so an evaluation names exactly what it used
 * @param scoring the normalisation of a scoring standard; null for a threshold one
 */
public record Standard(String code, String version, LocalizedText name, LocalizedText issuer, LocalizedText description,
		String document, List<Category> categories, Map<String, Aggregate> aggregates, List<Indicator> indicators,
		VerdictRule verdictRule, String source, String checksum, StandardKind kind, ScoringRule scoring) {

	/** A threshold standard (verdict rule set, no scoring rule). */
	public Standard(String code, String version, LocalizedText name, LocalizedText issuer, LocalizedText description,
			String document, List<Category> categories, Map<String, Aggregate> aggregates, List<Indicator> indicators,
			VerdictRule verdictRule, String source, String checksum) {
		this(code, version, name, issuer, description, document, categories, aggregates, indicators, verdictRule,
				source, checksum, StandardKind.THRESHOLD, null);
	}

	public boolean scoringKind() {
		return this.kind == StandardKind.SCORING;
	}

	public Optional<Indicator> indicator(String code) {
		return this.indicators.stream().filter((indicator) -> indicator.code().equals(code)).findFirst();
	}

	public Optional<Category> category(String code) {
		return this.categories.stream().filter((category) -> category.code().equals(code)).findFirst();
	}

	public List<Indicator> indicatorsOf(String category) {
		return this.indicators.stream().filter((indicator) -> indicator.category().equals(category)).toList();
	}

	public long coreCount() {
		return this.indicators.stream().filter(Indicator::core).count();
	}

	public String reference() {
		return this.code + "@" + this.version;
	}

}

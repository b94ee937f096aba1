package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.gaoxin.shared.HighTechField;

/**
 * What a high-tech enterprise accreditation (高新技术企业认定) judges. Amounts in thousand yuan;
 * {@code years} are the three fiscal years looked back on, in any order.
 *
 * @param field the field the key technology belongs to; null when it is in none of the 8
 * @param highTechRevenue high-tech product (service) revenue of the last year
 * @param totalRevenue total revenue of the last year
 * @param noMajorAccident null when not yet declared
 * @param ledStandard led a national or industry standard; null when not known
 * @param experts the expert-judged scores; null or {@link ExpertScores#NONE} when not
 * scored yet; the 获得方式 points must fit the way the IP was obtained, where known
 */
public record HighTechApplication(LocalDate registrationDate, LocalDate applicationDate, IpPortfolio ip,
		HighTechField field, int stStaff, int totalStaff, List<FiscalYear> years, BigDecimal highTechRevenue,
		BigDecimal totalRevenue, Boolean noMajorAccident, Boolean ledStandard, ExpertScores experts) {

	public HighTechApplication {
		Objects.requireNonNull(registrationDate, "registrationDate");
		Objects.requireNonNull(applicationDate, "applicationDate");
		Objects.requireNonNull(ip, "ip");
		experts = (experts != null) ? experts : ExpertScores.NONE;
		experts.requireFits(ip.acquisition());
		years = years.stream().sorted(Comparator.comparingInt(FiscalYear::year)).toList();
		if (years.size() != 3 || years.get(2).year() - years.get(0).year() != 2
				|| years.get(1).year() - years.get(0).year() != 1) {
			throw new IllegalArgumentException("three consecutive fiscal years are required, got " + years.size());
		}
		if (Objects.requireNonNull(highTechRevenue, "highTechRevenue").signum() < 0
				|| Objects.requireNonNull(totalRevenue, "totalRevenue").signum() < 0) {
			throw new IllegalArgumentException("revenue must not be negative");
		}
		if (stStaff < 0 || stStaff > totalStaff) {
			throw new IllegalArgumentException("S&T staff must be between 0 and total staff " + totalStaff);
		}
	}

	public FiscalYear lastYear() {
		return this.years.get(2);
	}

	public HighTechEvaluation evaluate() {
		InnovationScore score = InnovationScore.of(this);
		return new HighTechEvaluation(HighTechConditions.of(this, score), score, HighTechShortfall.of(this, score));
	}

}

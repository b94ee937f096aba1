package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a technology-based SME evaluation (科技型中小企业评价) judges, for one year. Amounts in
 * thousand yuan, as the Torch survey reports them; {@code staff} is the total staff
 * (职工总数), which both the size limit and the S&T staff share use.
 *
 * @param adverseRecord a major accident, serious environmental offence or research
 * misconduct, or a listing as abnormal or seriously dishonest, in the year or the year
 * before
 */
public record TechSmeApplication(int staff, int stStaff, BigDecimal salesRevenue, BigDecimal totalAssets,
		BigDecimal rdExpense, BigDecimal totalCosts, int classOneIp, int classTwoIp, boolean residentInMainland,
		Boolean prohibitedCategory, Boolean adverseRecord, DirectQualification direct) {

	public TechSmeApplication {
		Objects.requireNonNull(direct, "direct");
		for (BigDecimal amount : new BigDecimal[] { salesRevenue, totalAssets, rdExpense, totalCosts }) {
			if (Objects.requireNonNull(amount, "amounts are required").signum() < 0) {
				throw new IllegalArgumentException("amounts must not be negative");
			}
		}
		if (staff < 0 || stStaff < 0 || classOneIp < 0 || classTwoIp < 0) {
			throw new IllegalArgumentException("counts must not be negative");
		}
		if (stStaff > staff) {
			throw new IllegalArgumentException("S&T staff " + stStaff + " exceed total staff " + staff);
		}
	}

	public TechSmeEvaluation evaluate() {
		return new TechSmeEvaluation(TechSmeConditions.of(this), TechSmeScoring.staff(this.stStaff, this.staff),
				TechSmeRdScore.of(this.rdExpense, this.salesRevenue, this.totalCosts),
				TechSmeScoring.results(this.classOneIp, this.classTwoIp), this.direct);
	}

}

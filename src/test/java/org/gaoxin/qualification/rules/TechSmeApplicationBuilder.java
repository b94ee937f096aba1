package org.gaoxin.qualification.rules;

import java.math.BigDecimal;

/**
 * A technology-based SME that meets every condition and scores 70 (20 staff, 50 R&D, 0
 * results); each test changes what its rule is about.
 */
class TechSmeApplicationBuilder {

	private int staff = 100;

	private int stStaff = 30;

	private BigDecimal salesRevenue = new BigDecimal("10000");

	private BigDecimal totalAssets = new BigDecimal("10000");

	private BigDecimal rdExpense = new BigDecimal("600");

	private BigDecimal totalCosts = new BigDecimal("9000");

	private int classOneIp;

	private int classTwoIp;

	private boolean resident = true;

	private boolean prohibited;

	private boolean adverse;

	private DirectQualification direct = DirectQualification.NONE;

	static TechSmeApplicationBuilder qualifyingSme() {
		return new TechSmeApplicationBuilder();
	}

	TechSmeApplicationBuilder staff(int stStaff, int staff) {
		this.stStaff = stStaff;
		this.staff = staff;
		return this;
	}

	TechSmeApplicationBuilder sales(String thousandYuan) {
		this.salesRevenue = new BigDecimal(thousandYuan);
		return this;
	}

	TechSmeApplicationBuilder assets(String thousandYuan) {
		this.totalAssets = new BigDecimal(thousandYuan);
		return this;
	}

	TechSmeApplicationBuilder rd(String rdExpense, String salesRevenue, String totalCosts) {
		this.rdExpense = new BigDecimal(rdExpense);
		this.salesRevenue = new BigDecimal(salesRevenue);
		this.totalCosts = new BigDecimal(totalCosts);
		return this;
	}

	TechSmeApplicationBuilder ip(int classOne, int classTwo) {
		this.classOneIp = classOne;
		this.classTwoIp = classTwo;
		return this;
	}

	TechSmeApplicationBuilder notResident() {
		this.resident = false;
		return this;
	}

	TechSmeApplicationBuilder prohibited() {
		this.prohibited = true;
		return this;
	}

	TechSmeApplicationBuilder adverseRecord() {
		this.adverse = true;
		return this;
	}

	TechSmeApplicationBuilder direct(DirectQualification direct) {
		this.direct = direct;
		return this;
	}

	TechSmeApplication build() {
		return new TechSmeApplication(this.staff, this.stStaff, this.salesRevenue, this.totalAssets, this.rdExpense,
				this.totalCosts, this.classOneIp, this.classTwoIp, this.resident, this.prohibited, this.adverse,
				this.direct);
	}

	TechSmeEvaluation evaluate() {
		return build().evaluate();
	}

}

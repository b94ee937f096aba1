package org.gaoxin.qualification.rules;

/** Which table a technology-based SME's R&D score came from: it gets the better one. */
public enum RdBasis {

	SALES_REVENUE("研发费用占销售收入比例", "R&D ÷ sales revenue"), TOTAL_COSTS("研发费用占成本费用总额比例", "R&D ÷ total costs and expenses");

	private final String nameZh;

	private final String nameEn;

	RdBasis(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

}

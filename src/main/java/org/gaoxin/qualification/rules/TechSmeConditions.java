package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.util.List;

/** The conditions of 科技型中小企业评价办法 that no score can make up for. */
final class TechSmeConditions {

	static final int MAX_STAFF = 500;

	/** 2 亿元 in thousand yuan, the limit for both annual sales and total assets. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("200000");

	private static final String YES = "是 / yes";

	private static final String NO = "否 / no";

	private TechSmeConditions() {
	}

	static List<Condition> of(TechSmeApplication application) {
		return List.of(resident(application.residentInMainland()), staff(application.staff()),
				amount(new Bilingual("年销售收入", "annual sales"), application.salesRevenue()),
				amount(new Bilingual("资产总额", "total assets"), application.totalAssets()),
				notProhibited(application.prohibitedCategory()), cleanRecord(application.adverseRecord()));
	}

	private static Condition resident(boolean resident) {
		return Condition.judged(
				new Bilingual("在中国境内(不含港澳台)注册的居民企业", "resident enterprise registered in mainland China"),
				resident ? YES : NO, YES, resident,
				new Bilingual("须为中国境内注册的居民企业", "must be a resident enterprise registered in mainland China"));
	}

	private static Condition staff(int staff) {
		return Condition.judged(new Bilingual("职工总数", "staff"), String.valueOf(staff), "≤ " + MAX_STAFF,
				staff <= MAX_STAFF,
				new Bilingual("职工总数" + staff + "人,超出上限" + MAX_STAFF + "人" + (staff - MAX_STAFF) + "人",
						"staff " + staff + " exceed the " + MAX_STAFF + " limit by " + (staff - MAX_STAFF)));
	}

	private static Condition amount(Bilingual name, BigDecimal amount) {
		Bilingual excess = Format.money(amount.subtract(MAX_AMOUNT));
		return Condition.judged(name, Format.money(amount).toString(), "≤ 2亿元 / ≤ 200 million yuan",
				amount.compareTo(MAX_AMOUNT) <= 0, new Bilingual(name.zh() + "超出上限2亿元" + excess.zh(),
						name.en() + " exceed the 200 million yuan limit by " + excess.en()));
	}

	private static Condition notProhibited(Boolean prohibited) {
		Bilingual name = new Bilingual("不属于国家禁止、限制和淘汰类", "not in a prohibited, restricted or eliminated category");
		if (prohibited == null) {
			return undeclared(name);
		}
		return Condition.judged(name, prohibited ? NO : YES, YES, !prohibited, new Bilingual("所属行业属于国家禁止、限制或淘汰类",
				"the business is in a prohibited, restricted or eliminated category"));
	}

	private static Condition cleanRecord(Boolean adverse) {
		Bilingual name = new Bilingual("当年及上一年无重大事故、严重环境违法、科研严重失信,未列入经营异常名录和严重违法失信名单",
				"no major accident, serious environmental offence or research misconduct, not on the abnormal-operation"
						+ " or serious-dishonesty lists, in the year and the year before");
		if (adverse == null) {
			return undeclared(name);
		}
		return Condition.judged(name, adverse ? NO : YES, YES, !adverse,
				new Bilingual("当年或上一年有不良记录,不能入库", "an adverse record in the year or the year before rules it out"));
	}

	/**
	 * A fact the platform does not record stays open until the enterprise declares it;
	 * never assumed.
	 */
	private static Condition undeclared(Bilingual name) {
		return new Condition(name, "未申报 / not declared", YES, Outcome.DEPENDS,
				List.of(new Bilingual("待企业申报", "to be declared by the enterprise")));
	}

}

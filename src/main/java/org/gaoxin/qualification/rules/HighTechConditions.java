package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.HighTechField;

/** The eight conditions of 高新技术企业认定管理办法 (2016), in the order it lists them. */
final class HighTechConditions {

	static final BigDecimal ST_STAFF_SHARE = new BigDecimal("0.10");

	static final BigDecimal HIGH_TECH_REVENUE_SHARE = new BigDecimal("0.60");

	private static final String YES = "是 / yes";

	private HighTechConditions() {
	}

	static List<Condition> of(HighTechApplication application, InnovationScore score) {
		return List.of(registration(application.registrationDate(), application.applicationDate()),
				ip(application.ip()), field(application.field()),
				stStaff(application.stStaff(), application.totalStaff()),
				new RdIntensity(application.years()).condition(),
				highTechRevenue(application.highTechRevenue(), application.totalRevenue()), score(score),
				accident(application.noMajorAccident()));
	}

	private static Condition registration(LocalDate registered, LocalDate applying) {
		LocalDate eligible = registered.plusYears(1);
		return Condition.judged(new Bilingual("注册成立一年以上", "registered for at least one year"),
				registered + "注册," + applying + "申请 / registered " + registered + ", applying " + applying,
				"≥ 1年 / ≥ 1 year", !eligible.isAfter(applying), new Bilingual("注册未满一年:" + eligible + "起可申请",
						"registered less than a year: may apply from " + eligible));
	}

	private static Condition ip(IpPortfolio ip) {
		return Condition.judged(new Bilingual("拥有核心知识产权", "owns IP supporting its main products"), ip.counts(),
				"≥ 1件 / ≥ 1 item", ip.any(), new Bilingual("需通过自主研发、受让、受赠或并购等方式,获得至少1件对主要产品(服务)发挥核心支持作用的知识产权",
						"needs at least 1 IP item supporting its main products, by own R&D, transfer, gift or merger"));
	}

	private static Condition field(HighTechField field) {
		String value = (field != null) ? field.name() : "不属于 / none";
		return Condition.judged(new Bilingual("核心技术属于国家重点支持的高新技术领域", "key technology in a supported field"), value,
				"八大领域之一 / one of the 8 fields", field != null,
				new Bilingual("核心技术需属于八大领域之一", "the key technology must belong to one of the 8 supported fields"));
	}

	private static Condition stStaff(int stStaff, int totalStaff) {
		Bilingual name = new Bilingual("科技人员占当年职工总数比例", "S&T staff ÷ the year's total staff");
		if (totalStaff == 0) {
			return Condition.judged(name, "—", "≥ 10%", false, new Bilingual("当年无职工", "no staff in the year"));
		}
		Ratio share = Ratio.of(stStaff, totalStaff);
		int more = share.shortfallAddedToBoth(ST_STAFF_SHARE, 0).intValueExact();
		return Condition.judged(name, share.percent() + " (" + stStaff + "/" + totalStaff + ")", "≥ 10%",
				share.atLeast(ST_STAFF_SHARE),
				new Bilingual(
						"科技人员占比" + share.percent() + ",需达10%(" + Format.pointsShort(share, ST_STAFF_SHARE).zh()
								+ "):还需增加科技人员" + more + "人",
						"S&T staff " + share.percent() + " of 10% (" + Format.pointsShort(share, ST_STAFF_SHARE).en()
								+ "): " + more + " more people"));
	}

	private static Condition highTechRevenue(BigDecimal highTech, BigDecimal total) {
		Bilingual name = new Bilingual("高新技术产品(服务)收入占同期总收入比例", "high-tech revenue ÷ total revenue, last year");
		if (total.signum() == 0) {
			return Condition.judged(name, "—", "≥ 60%", false, new Bilingual("最近一年无收入", "no revenue in the last year"));
		}
		Ratio share = Ratio.of(highTech, total);
		Bilingual more = Format.moneyNeeded(share.shortfallAddedToBoth(HIGH_TECH_REVENUE_SHARE, 2));
		return Condition.judged(name, share.percent(), "≥ 60%", share.atLeast(HIGH_TECH_REVENUE_SHARE),
				new Bilingual("高新技术产品(服务)收入占比" + share.percent() + ",需达60%("
						+ Format.pointsShort(share, HIGH_TECH_REVENUE_SHARE).zh() + "):还需增加高新技术产品(服务)收入" + more.zh(),
						"high-tech revenue share " + share.percent() + " of 60% ("
								+ Format.pointsShort(share, HIGH_TECH_REVENUE_SHARE).en() + "): " + more.en()
								+ " more high-tech revenue"));
	}

	private static Condition score(InnovationScore score) {
		Points total = score.total();
		List<Bilingual> gaps = new ArrayList<>();
		if (score.outcome() == Outcome.FAIL) {
			gaps.add(new Bilingual("创新能力评价最高" + total.max() + "分,需至少" + InnovationScore.REQUIRED + "分",
					"innovation score at most " + total.max() + ", " + InnovationScore.REQUIRED + " required"));
		}
		if (score.outcome() == Outcome.DEPENDS) {
			gaps.add(new Bilingual("创新能力评价" + total + "分,能否超过70分取决于专家评分",
					"innovation score " + total + ": above 70 depends on expert scoring"));
		}
		if (score.outcome() != Outcome.PASS) {
			gaps.addAll(score.gaps());
		}
		return new Condition(new Bilingual("企业创新能力评价70分以上", "innovation capacity score above 70"),
				total + "分 / " + total + " points", "≥ 71", score.outcome(), gaps);
	}

	private static Condition accident(Boolean noMajorAccident) {
		Bilingual name = new Bilingual("申请前一年内未发生重大安全、重大质量事故或严重环境违法行为",
				"no major safety or quality accident or serious environmental offence in the last year");
		if (noMajorAccident == null) {
			return new Condition(name, "未申报 / not declared", YES, Outcome.DEPENDS,
					List.of(new Bilingual("待企业申报", "to be declared by the enterprise")));
		}
		return Condition.judged(name, noMajorAccident ? YES : "否 / no", YES, noMajorAccident, new Bilingual(
				"近一年内发生重大事故或严重环境违法,不能认定", "a major accident or serious offence in the last year rules it out"));
	}

}

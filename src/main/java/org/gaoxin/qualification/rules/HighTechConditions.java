package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.HighTechField;
import org.gaoxin.shared.Message;

/** The eight conditions of 高新技术企业认定管理办法 (2016), in the order it lists them. */
final class HighTechConditions {

	static final BigDecimal ST_STAFF_SHARE = new BigDecimal("0.10");

	static final BigDecimal HIGH_TECH_REVENUE_SHARE = new BigDecimal("0.60");

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
		return Condition.judged(Message.of("qualification.highTech.registration.name"),
				Message.of("qualification.highTech.registration.value", registered, applying),
				Message.of("qualification.highTech.registration.requirement"), !eligible.isAfter(applying),
				Message.of("qualification.highTech.registration.gap", eligible));
	}

	private static Condition ip(IpPortfolio ip) {
		return Condition.judged(Message.of("qualification.highTech.ip.name"), ip.counts(),
				Message.of("qualification.highTech.ip.requirement"), ip.any(),
				Message.of("qualification.highTech.ip.gap"));
	}

	private static Condition field(HighTechField field) {
		Message value = (field != null) ? Message.of("qualification.highTech.field.value", field)
				: Message.of("qualification.highTech.field.none");
		return Condition.judged(Message.of("qualification.highTech.field.name"), value,
				Message.of("qualification.highTech.field.requirement"), field != null,
				Message.of("qualification.highTech.field.gap"));
	}

	private static Condition stStaff(int stStaff, int totalStaff) {
		Message name = Message.of("qualification.highTech.stStaff.name");
		String required = Format.percent(ST_STAFF_SHARE);
		if (totalStaff == 0) {
			return Condition.judged(name, Format.NO_FIGURE, Format.atLeast(required), false,
					Message.of("qualification.highTech.stStaff.noStaff"));
		}
		Ratio share = Ratio.of(stStaff, totalStaff);
		int more = share.shortfallAddedToBoth(ST_STAFF_SHARE, 0).intValueExact();
		return Condition.judged(name, Format.shareOf(share, stStaff, totalStaff), Format.atLeast(required),
				share.atLeast(ST_STAFF_SHARE), Message.of("qualification.highTech.stStaff.gap", share.percent(),
						required, Format.pointsShort(share, ST_STAFF_SHARE), more));
	}

	private static Condition highTechRevenue(BigDecimal highTech, BigDecimal total) {
		Message name = Message.of("qualification.highTech.revenue.name");
		String required = Format.percent(HIGH_TECH_REVENUE_SHARE);
		if (total.signum() == 0) {
			return Condition.judged(name, Format.NO_FIGURE, Format.atLeast(required), false,
					Message.of("qualification.highTech.revenue.noRevenue"));
		}
		Ratio share = Ratio.of(highTech, total);
		return Condition.judged(name, Format.figure(share.percent()), Format.atLeast(required),
				share.atLeast(HIGH_TECH_REVENUE_SHARE),
				Message.of("qualification.highTech.revenue.gap", share.percent(), required,
						Format.pointsShort(share, HIGH_TECH_REVENUE_SHARE),
						Format.moneyNeeded(share.shortfallAddedToBoth(HIGH_TECH_REVENUE_SHARE, 2))));
	}

	private static Condition score(InnovationScore score) {
		Points total = score.total();
		List<Message> gaps = new ArrayList<>();
		if (score.outcome() == Outcome.FAIL) {
			gaps.add(Message.of("qualification.highTech.score.cannotReach", total.max(), InnovationScore.REQUIRED));
		}
		if (score.outcome() == Outcome.DEPENDS) {
			gaps.add(Message.of("qualification.highTech.score.dependsOnExperts", total.toString(),
					InnovationScore.REQUIRED - 1));
		}
		if (score.outcome() != Outcome.PASS) {
			gaps.addAll(score.gaps());
		}
		return new Condition(Message.of("qualification.highTech.score.name"),
				Message.of("qualification.scoreValue", total.toString()), Format.atLeast(InnovationScore.REQUIRED),
				score.outcome(), gaps);
	}

	private static Condition accident(Boolean noMajorAccident) {
		Message name = Message.of("qualification.highTech.accident.name");
		if (noMajorAccident == null) {
			return Condition.undeclared(name);
		}
		return Condition.judged(name, Format.yesNo(noMajorAccident), Format.YES, noMajorAccident,
				Message.of("qualification.highTech.accident.gap"));
	}

}

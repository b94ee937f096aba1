package org.gaoxin.target;

import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Qianjiang's targets seen from 2021 (MISSION.md §4): growth achieved and required
 * against hand calculations, forecasts, statuses, the backtest and the headline.
 */
@DemoApplicationTest
class TargetTrackingTest {

	@Autowired
	TargetTracking tracking;

	private final DataScope headquarters = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null, null);

	private TargetOverview overview() {
		return this.tracking.overview(DemoAccounts.QIANJIANG, 2021, this.headquarters);
	}

	/**
	 * 21 high-tech enterprises in 2018, 37 in 2021: (37 ÷ 21)^(1/3) = 1.761905^(1/3) =
	 * 1.2078 (1.2078³ = 1.76194), 20.8 % a year achieved (the "20.9 %" rounds
	 * differently from the demo's counts). To 70 by 2024: (70 ÷ 37)^(1/3) =
	 * 1.891892^(1/3) = 1.2368, 23.7 %; to 100 by 2025: (100 ÷ 37)^(1/4) = 2.702703^(1/4)
	 * = √1.643990 = 1.28219, 28.2 %.
	 */
	@Test
	void highTechEnterprisesNeedTwentyThreePointSevenPercentAYearTo2024HavingAchievedTwentyPointEight() {
		MetricTrack track = overview().metric(Target.HIGH_TECH_ENTERPRISES).orElseThrow();
		assertThat(track.actuals()).extracting(YearValue::year).containsExactly(2018, 2019, 2020, 2021);
		assertThat(track.actuals()).extracting((v) -> v.value().intValue()).containsExactly(21, 26, 31, 37);
		assertThat(track.achieved().fromYear()).isEqualTo(2018);
		assertThat(track.achieved().percent()).isEqualTo("20.8");
		assertThat(required(track)).containsExactly("2024:70:23.7", "2025:100:28.2");
	}

	/**
	 * Output 548 亿元 in 2021, 402 in 2018: achieved (548 ÷ 402)^(1/3) = 1.363184^(1/3) =
	 * 1.1088, 10.9 %; to 700 by 2024 (700 ÷ 548)^(1/3) = 1.277372^(1/3) = 1.0850, 8.5 %;
	 * to 1000 by 2025 (1000 ÷ 548)^(1/4) = 1.824818^(1/4) = 1.16226, 16.2 %. Institutions
	 * 57 (33 municipal R&D + 24 S&T service): to 100 by 2024 (100 ÷ 57)^(1/3) =
	 * 1.754386^(1/3) = 1.2061, 20.6 %; to 120 by 2025 (120 ÷ 57)^(1/4) = 2.105263^(1/4) =
	 * 1.20455, 20.5 %. R&D intensity 2.6 %: to 3.5 % (3.5 ÷ 2.6)^(1/3) = 1.346154^(1/3) =
	 * 1.1042, 10.4 %; to 4 % (4 ÷ 2.6)^(1/4) = 1.538462^(1/4) = 1.11371, 11.4 %.
	 */
	@Test
	void theOtherTargetsRequiredGrowthAgreesWithHandCalculations() {
		TargetOverview overview = overview();
		MetricTrack output = overview.metric(Target.SECONDARY_TERTIARY_OUTPUT).orElseThrow();
		assertThat(output.latestValue()).isEqualByComparingTo("548");
		assertThat(output.achieved().percent()).isEqualTo("10.9");
		assertThat(required(output)).containsExactly("2024:700:8.5", "2025:1000:16.2");
		MetricTrack institutions = overview.metric(Target.RD_AND_SERVICE_INSTITUTIONS).orElseThrow();
		assertThat(institutions.latestValue()).isEqualByComparingTo("57");
		assertThat(required(institutions)).containsExactly("2024:100:20.6", "2025:120:20.5");
		MetricTrack intensity = overview.metric(Target.RD_INTENSITY).orElseThrow();
		assertThat(intensity.latestValue()).isEqualByComparingTo("2.6");
		assertThat(required(intensity)).containsExactly("2024:3.5:10.4", "2025:4:11.4");
	}

	@Test
	void everyTargetHasAStatusFromItsForecastInterval() {
		TargetOverview overview = overview();
		TargetTrack highTech2024 = overview.metric(Target.HIGH_TECH_ENTERPRISES).orElseThrow().targets().get(0);
		assertThat(highTech2024.projected().upper()).isLessThan(highTech2024.target().value());
		assertThat(highTech2024.status()).isEqualTo(TargetStatus.OFF_COURSE);
		TargetTrack output2024 = overview.metric(Target.SECONDARY_TERTIARY_OUTPUT).orElseThrow().targets().get(0);
		assertThat(output2024.projected().contains(output2024.target().value())).isTrue();
		assertThat(output2024.status()).isEqualTo(TargetStatus.AT_RISK);
		TargetTrack allMet = overview.metric(Target.CORE_INDICATORS_MET).orElseThrow().targets().get(0);
		assertThat(allMet.target().year()).isEqualTo(2024);
		assertThat(allMet.projected().lower()).isEqualByComparingTo("23");
		assertThat(allMet.status()).isEqualTo(TargetStatus.ON_COURSE);
	}

	/**
	 * Fit 2018–2020 on 21, 26, 31 (a line exactly: five more a year), predict 2021: 36
	 * against 37 actual, off by −2.7 %.
	 */
	@Test
	void theBacktestSaysHowFarTheMethodWasOffIn2021() {
		TargetOverview overview = overview();
		Backtest backtest = overview.metric(Target.HIGH_TECH_ENTERPRISES).orElseThrow().backtest();
		assertThat(backtest.fittedFrom()).isEqualTo(2018);
		assertThat(backtest.fittedTo()).isEqualTo(2020);
		assertThat(backtest.year()).isEqualTo(2021);
		assertThat(backtest.predicted()).isEqualByComparingTo("36");
		assertThat(backtest.actual()).isEqualByComparingTo("37");
		assertThat(backtest.error()).isEqualByComparingTo("-0.027");
		assertThat(overview.metrics()).allSatisfy((m) -> assertThat(m.backtest()).isNotNull());
		assertThat(overview.backtestError()).isNotNull().isPositive();
	}

	@Test
	void theHeadlineProjectsEveryCoreIndicatorToThePilotDeadline() {
		Headline headline = overview().headline();
		assertThat(headline.year()).isEqualTo(2024);
		assertThat(headline.pilotDeadline()).isTrue();
		assertThat(headline.indicators()).hasSize(23);
		assertThat(headline.indicators()).filteredOn((i) -> i.now() == org.gaoxin.evaluation.IndicatorStatus.UNMET)
			.extracting(IndicatorOutlook::code)
			.containsExactly("C02", "C05", "C07");
		IndicatorOutlook highTech = headline.indicators().get(6);
		assertThat(highTech.code()).isEqualTo("C07");
		assertThat(highTech.required().percent()).isEqualTo("2.6");
		assertThat(headline.projectedUnmet()).extracting(IndicatorOutlook::code)
			.isSubsetOf(headline.indicators().stream().map(IndicatorOutlook::code).toList());
	}

	@Test
	void metricsTurningWorseSayHow() {
		List<Worsening> worse = overview().worsening();
		assertThat(worse).extracting(Worsening::metricKey).contains(Target.RD_INTENSITY);
		Worsening intensity = worse.stream()
			.filter((w) -> w.metricKey().equals(Target.RD_INTENSITY))
			.findFirst()
			.orElseThrow();
		assertThat(TestTexts.en(intensity.reason()))
			.isEqualTo("The 2024 target went from \"At risk\" to \"Off course\"");
		assertThat(TestTexts.zh(intensity.reason())).isEqualTo("2024年目标的状态由“存在风险”变为“偏离目标”");
	}

	@Test
	void anotherZonesUserCannotReadTheTargets() {
		DataScope elsewhere = new DataScope(Role.HEADQUARTERS, "WL-IP", null, null, null);
		assertThatThrownBy(() -> this.tracking.overview(DemoAccounts.QIANJIANG, 2021, elsewhere))
			.isInstanceOf(AccessDeniedException.class);
		DataScope enterprise = new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, 1L, null, null);
		assertThatThrownBy(() -> this.tracking.overview(DemoAccounts.QIANJIANG, 2021, enterprise))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static List<String> required(MetricTrack track) {
		return track.targets()
			.stream()
			.map((t) -> t.target().year() + ":" + t.target().value().toPlainString() + ":" + t.required().percent())
			.toList();
	}

}

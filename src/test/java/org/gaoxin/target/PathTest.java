package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.qualification.Readiness;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The path to full accreditation for Qianjiang from 2021: the candidates that bring the
 * high-tech count from 37 to the threshold of 40 and to the targets, with their gaps and
 * totals; growth for the other unmet indicators; the budget mode.
 */
@DemoApplicationTest
class PathTest {

	@Autowired
	AccreditationPath paths;

	@Autowired
	Targets targets;

	private final DataScope headquarters = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null, null);

	@Test
	void theCandidatesThatBringTheHighTechCountFromThirtySevenToFortyAndToSeventy() {
		Path path = this.paths.path(DemoAccounts.QIANJIANG, 2021, this.headquarters);
		HighTechPath highTech = path.highTech();
		assertThat(highTech.indicatorCode()).isEqualTo("C07");
		assertThat(highTech.current()).isEqualTo(37);
		assertThat(highTech.threshold()).isEqualTo(40);
		assertThat(highTech.goals()).extracting(CountGoal::year, CountGoal::goal, CountGoal::needed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, 40, 3),
					org.assertj.core.groups.Tuple.tuple(2024, 70, 33),
					org.assertj.core.groups.Tuple.tuple(2025, 100, 63));

		CountGoal forty = highTech.goals().get(0);
		assertThat(forty.candidates()).hasSize(3).allSatisfy((c) -> {
			assertThat(c.readiness()).isEqualTo(Readiness.READY);
			assertThat(c.cost()).isEqualByComparingTo("0");
		});
		assertThat(forty.totals().cost()).isEqualByComparingTo("0");
		assertThat(forty.stillMissing()).isZero();

		CountGoal seventy = highTech.goals().get(1);
		assertThat(seventy.candidates()).hasSize(33);
		assertThat(seventy.candidates().subList(0, 3)).isEqualTo(forty.candidates());
		assertThat(seventy.candidates()).extracting(PlannedCandidate::cost).isSorted();
		assertThat(seventy.candidates()).filteredOn((c) -> c.cost().signum() > 0)
			.isNotEmpty()
			.allSatisfy((c) -> assertThat(c.gaps()).isNotEmpty());
		PlanTotals totals = seventy.totals();
		assertThat(totals.enterprises()).isEqualTo(33);
		assertThat(totals.cost()).isEqualByComparingTo(
				seventy.candidates().stream().map(PlannedCandidate::cost).reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThat(totals.rdExpense()).isEqualByComparingTo(seventy.candidates()
			.stream()
			.map((c) -> c.shortfall().rdExpense())
			.reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThat(totals.rdExpense()).isPositive();
		assertThat(seventy.stillMissing()).isZero();
		String gaps = TestTexts.zh(seventy.candidates().get(32).gaps().get(0));
		assertThat(gaps).isNotBlank();
	}

	@Test
	@Transactional
	void whenThePoolCannotReachATargetThePathSaysHowManyAreStillMissing() {
		this.targets.set(
				Target.of(DemoAccounts.QIANJIANG, Target.HIGH_TECH_ENTERPRISES, 2025, new BigDecimal("400"), "test"),
				"far beyond the pool", this.headquarters);
		HighTechPath highTech = this.paths.path(DemoAccounts.QIANJIANG, 2021, this.headquarters).highTech();
		CountGoal far = highTech.goals().get(2);
		assertThat(far.goal()).isEqualTo(400);
		assertThat(far.candidates()).hasSize(highTech.ranking().size());
		assertThat(far.stillMissing()).isEqualTo(400 - 37 - highTech.ranking().size()).isPositive();
		assertThat(far.reachable()).isFalse();
		assertThat(highTech.blocked()).isNotEmpty();
	}

	@Test
	void theOtherUnmetIndicatorsNeedYearlyGrowthToTheDeadline() {
		Path path = this.paths.path(DemoAccounts.QIANJIANG, 2021, this.headquarters);
		assertThat(path.deadlineYear()).isEqualTo(2024);
		assertThat(path.figures()).extracting((f) -> f.indicator().code()).contains("C02", "C05");
		FigurePath output = path.figures()
			.stream()
			.filter((f) -> f.indicator().code().equals("C02"))
			.findFirst()
			.orElseThrow();
		// (600 ÷ 548)^(1/3) = 1.094891^(1/3) = 1.0307: 3.1 % a year to the threshold
		assertThat(output.indicator().required().percent()).isEqualTo("3.1");
		assertThat(output.targets()).extracting((t) -> t.target().year() + ":" + t.required().percent())
			.containsExactly("2024:8.5", "2025:16.2");
		FigurePath fdi = path.figures()
			.stream()
			.filter((f) -> f.indicator().code().equals("C05"))
			.findFirst()
			.orElseThrow();
		// (5000 ÷ 4280)^(1/3) = 1.168224^(1/3) = 1.0532: 5.3 % a year
		assertThat(fdi.indicator().required().percent()).isEqualTo("5.3");
		assertThat(path.techSme().current()).isEqualTo(350);
		assertThat(path.techSme().goals()).isEmpty();
	}

	@Test
	@Transactional
	void aTechnologyBasedTargetAheadListsTheEnterprisesThatCanRegister() {
		this.targets.define(
				new Metric(DemoAccounts.QIANJIANG, "tech_smes", MetricKind.INDICATOR, "CQ-MUNICIPAL-HTZ", "C08",
						org.gaoxin.shared.Unit.ENTERPRISES, new org.gaoxin.shared.LocalizedText("科技型企业数", null), 9),
				this.headquarters);
		this.targets.set(Target.of(DemoAccounts.QIANJIANG, "tech_smes", 2024, new BigDecimal("400"), "test"), null,
				this.headquarters);
		TechSmePath techSme = this.paths.path(DemoAccounts.QIANJIANG, 2021, this.headquarters).techSme();
		assertThat(techSme.goals()).singleElement().satisfies((goal) -> {
			assertThat(goal.year()).isEqualTo(2024);
			assertThat(goal.needed()).isEqualTo(50);
		});
		assertThat(techSme.candidates()).isNotEmpty();
		List<Boolean> order = techSme.candidates().stream().map(TechSmeCandidate::canRegister).toList();
		assertThat(techSme.ready()).isPositive();
		assertThat(order.indexOf(false)).isEqualTo(techSme.ready());
		assertThat(techSme.candidates()).filteredOn((c) -> !c.canRegister())
			.allSatisfy((c) -> assertThat(c.gaps()).isNotEmpty());
	}

	@Test
	void theBudgetModeQualifiesTheMostCandidatesTheBudgetAffords() {
		BudgetPlan plan = this.paths.budget(DemoAccounts.QIANJIANG, 2021, new BigDecimal("2000000"), null,
				this.headquarters);
		assertThat(plan.costs()).isEqualTo(UnitCosts.DEFAULTS);
		assertThat(plan.totals().cost()).isLessThanOrEqualTo(new BigDecimal("2000000"));
		assertThat(plan.chosen().size()).isGreaterThan(19);
		assertThat(plan.next().cost()).isGreaterThan(plan.remaining());
		assertThat(plan.countAfter()).isEqualTo(37 + plan.chosen().size());
		BudgetPlan nothing = this.paths.budget(DemoAccounts.QIANJIANG, 2021, BigDecimal.ZERO, null, this.headquarters);
		assertThat(nothing.chosen()).allSatisfy((c) -> assertThat(c.cost()).isZero());
	}

	@Test
	@Transactional
	void headquartersSetsTheUnitCostsAndAViewerCannot() {
		UnitCosts costs = new UnitCosts(new BigDecimal("0.5"), new BigDecimal("100000"), new BigDecimal("20000"),
				new BigDecimal("0.01"), true);
		assertThat(this.paths.setUnitCosts(DemoAccounts.QIANJIANG, costs, this.headquarters)).isEqualTo(costs);
		assertThat(this.paths.unitCosts(DemoAccounts.QIANJIANG, this.headquarters).zoneSpecific()).isTrue();
		assertThatThrownBy(
				() -> this.paths.setUnitCosts(DemoAccounts.QIANJIANG, costs, DataScope.everything(Role.VIEWER)))
			.isInstanceOf(AccessDeniedException.class);
	}

}

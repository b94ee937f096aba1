package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.Scenario.Mode;
import org.gaoxin.evaluation.VerdictOutcome;
import org.gaoxin.filing.ReportField;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.MessageException;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What-if: 2021 evaluated with changed inputs beside the stored data, which stays as it
 * was; scenarios saved, named and shared within the zone.
 */
@DemoApplicationTest
class ScenarioTest {

	private static final String STANDARD = "CQ-MUNICIPAL-HTZ";

	@Autowired
	Scenarios scenarios;

	@Autowired
	Evaluator evaluator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	private final DataScope headquarters = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null, null);

	/**
	 * 2021 is a pilot with C02 (548 < 600), C05 (4280 < 5000) and C07 (37 < 40) unmet.
	 * Three more high-tech enterprises, output +10 % (602.8) and FDI +20 % (5136) meet
	 * all three: accredited — and nothing stored has changed.
	 */
	@Test
	void enoughHighTechEnterprisesOutputAndFdiTurnThePilotIntoAccreditedWithoutTouchingStoredData() {
		Map<String, Object> before = storedData();
		Evaluation actualBefore = this.evaluator.evaluate(DemoAccounts.QIANJIANG, 2021, STANDARD, false,
				this.headquarters);
		ScenarioDraft draft = new ScenarioDraft("达标方案", null, 2021, STANDARD,
				List.of(ScenarioChange.highTech(3),
						ScenarioChange.figure("secondary_tertiary_output", Mode.PERCENT, new BigDecimal("10")),
						ScenarioChange.figure("fdi_actual", Mode.PERCENT, new BigDecimal("20"))));

		ScenarioOutcome outcome = this.scenarios.evaluate(DemoAccounts.QIANJIANG, draft, this.headquarters);

		assertThat(outcome.actual().verdict().outcome()).isEqualTo(VerdictOutcome.PILOT);
		assertThat(outcome.scenario().verdict().outcome()).isEqualTo(VerdictOutcome.ACCREDITED);
		assertThat(outcome.scenario().verdict().coreMet()).isEqualTo(23);
		assertThat(outcome.scenario().indicator("C07").orElseThrow().value()).isEqualByComparingTo("40");
		assertThat(outcome.scenario().indicator("C02").orElseThrow().value()).isEqualByComparingTo("602.8");
		assertThat(outcome.scenario().indicator("C05").orElseThrow().value()).isEqualByComparingTo("5136");
		assertThat(outcome.indicators()).filteredOn(IndicatorComparison::statusChanged)
			.extracting((c) -> c.actual().code())
			.containsExactly("C02", "C05", "C07");
		assertThat(outcome.applied()).hasSize(3);
		assertThat(TestTexts.zh(outcome.applied().get(0))).contains("二三产业产值:增长10%");
		assertThat(TestTexts.en(outcome.applied().get(2)))
			.startsWith("High-tech certificates for the pool's candidates nearest to accreditation (3)");

		assertThat(storedData()).isEqualTo(before);
		Evaluation actualAfter = this.evaluator.evaluate(DemoAccounts.QIANJIANG, 2021, STANDARD, false,
				this.headquarters);
		assertThat(actualAfter.verdict().outcome()).isEqualTo(VerdictOutcome.PILOT);
		assertThat(actualAfter.indicators()).extracting((r) -> r.code() + "=" + r.displayValue() + ":" + r.status())
			.isEqualTo(actualBefore.indicators()
				.stream()
				.map((r) -> r.code() + "=" + r.displayValue() + ":" + r.status())
				.toList());
	}

	@Test
	void oneMoreIncubatorAndChosenEnterprisesRAndDRaisedChangeTheirIndicators() {
		Long enterprise = this.jdbc
			.sql("""
					SELECT e.id FROM enterprise e JOIN enterprise_report r ON r.enterprise_id = e.id
					WHERE e.zone_code = 'QJ-HTZ' AND r.report_year = 2021 AND r.status = 'APPROVED' ORDER BY r.rd_expense DESC
					FETCH FIRST 1 ROWS ONLY""")
			.query(Long.class)
			.single();
		ScenarioDraft draft = new ScenarioDraft("孵化器与研发", null, 2021, STANDARD,
				List.of(ScenarioChange.platforms(PlatformKind.INCUBATOR, PlatformLevel.MUNICIPAL, 1),
						ScenarioChange.report(enterprise, ReportField.RD_EXPENSE, Mode.PERCENT, new BigDecimal("50"))));
		ScenarioOutcome outcome = this.scenarios.evaluate(DemoAccounts.QIANJIANG, draft, this.headquarters);
		IndicatorComparison incubators = comparison(outcome, "C13");
		assertThat(incubators.actual().value()).isEqualByComparingTo("5");
		assertThat(incubators.scenario().value()).isEqualByComparingTo("6");
		IndicatorComparison intensity = comparison(outcome, "C09");
		assertThat(intensity.scenario().value()).isGreaterThan(intensity.actual().value());
		assertThat(comparison(outcome, "C01").changed()).isFalse();
	}

	@Test
	void highTechCertificatesBeyondThePoolCountEnterprisesNotYetInTheZone() {
		ScenarioOutcome outcome = this.scenarios.evaluate(DemoAccounts.QIANJIANG,
				new ScenarioDraft("大量", null, 2021, STANDARD, List.of(ScenarioChange.highTech(1000))),
				this.headquarters);
		assertThat(outcome.scenario().indicator("C07").orElseThrow().value()).isEqualByComparingTo("1037");
		assertThat(outcome.applied())
			.anySatisfy((m) -> assertThat(m.code()).isEqualTo("target.scenario.applied.highTechNew"));
	}

	@Test
	@Transactional
	void savedScenariosAreNamedSharedWithinTheZoneAndAudited() {
		DataScope department = new DataScope(Role.DEPARTMENT, DemoAccounts.QIANJIANG, null, null, "KJJ");
		ScenarioDraft draft = new ScenarioDraft("外资增长两成", "FDI +20 %", 2021, STANDARD,
				List.of(ScenarioChange.figure("fdi_actual", Mode.PERCENT, new BigDecimal("20"))));
		SavedScenario saved = this.scenarios.create(DemoAccounts.QIANJIANG, draft, department);
		assertThat(saved.draft().changes()).containsExactly(draft.changes().get(0));
		assertThat(this.scenarios.list(DemoAccounts.QIANJIANG, this.headquarters)).extracting((s) -> s.draft().name())
			.contains("外资增长两成");
		assertThat(this.audit.forRecord("what_if_scenario", DemoAccounts.QIANJIANG + "/" + saved.id())).isNotEmpty();
		assertThatThrownBy(() -> this.scenarios.create(DemoAccounts.QIANJIANG, draft, department))
			.isInstanceOf(MessageException.class)
			.satisfies((ex) -> assertThat(TestTexts.en(((MessageException) ex).text()))
				.isEqualTo("The zone already has a scenario named \"外资增长两成\""));

		SavedScenario changed = this.scenarios.update(DemoAccounts.QIANJIANG, saved.id(),
				new ScenarioDraft("外资增长三成", null, 2021, STANDARD,
						List.of(ScenarioChange.figure("fdi_actual", Mode.PERCENT, new BigDecimal("30")))),
				this.headquarters);
		assertThat(changed.draft().changes().get(0).amount()).isEqualByComparingTo("30");
		assertThat(changed.updatedBy()).isEqualTo("system");

		DataScope viewer = DataScope.everything(Role.VIEWER);
		assertThatThrownBy(() -> this.scenarios.delete(DemoAccounts.QIANJIANG, saved.id(), viewer))
			.isInstanceOf(AccessDeniedException.class);
		DataScope elsewhere = new DataScope(Role.HEADQUARTERS, "WL-IP", null, null, null);
		assertThatThrownBy(() -> this.scenarios.get(DemoAccounts.QIANJIANG, saved.id(), elsewhere))
			.isInstanceOf(AccessDeniedException.class);
		this.scenarios.delete(DemoAccounts.QIANJIANG, saved.id(), this.headquarters);
		assertThat(this.scenarios.list(DemoAccounts.QIANJIANG, this.headquarters)).extracting((s) -> s.id())
			.doesNotContain(saved.id());
	}

	/**
	 * Headquarters and the department open the same saved scenario; the department saves
	 * first. Headquarters' save, made on the copy it opened, is refused as a conflict
	 * naming who saved and nothing of the department's is replaced; opened again, it
	 * saves.
	 */
	@Test
	@Transactional
	void aSaveOnACopySomeoneHasSavedSinceIsAConflictAndReplacesNothing() {
		DataScope department = new DataScope(Role.DEPARTMENT, DemoAccounts.QIANJIANG, null, null, "KJJ");
		SavedScenario opened = this.scenarios
			.create(DemoAccounts.QIANJIANG,
					new ScenarioDraft("两人同改", null, 2021, STANDARD,
							List.of(ScenarioChange.figure("fdi_actual", Mode.PERCENT, new BigDecimal("20")))),
					department);
		assertThat(opened.version()).isEqualTo(1);

		SavedScenario theirs = this.scenarios.update(DemoAccounts.QIANJIANG, opened.id(),
				new ScenarioDraft("两人同改", "部门的修改", 2021, STANDARD,
						List.of(ScenarioChange.figure("fdi_actual", Mode.PERCENT, new BigDecimal("25")))),
				opened.version(), department);
		assertThat(theirs.version()).isEqualTo(2);

		ScenarioDraft mine = new ScenarioDraft("两人同改", "指挥部的修改", 2021, STANDARD,
				List.of(ScenarioChange.figure("fdi_actual", Mode.PERCENT, new BigDecimal("40"))));
		assertThatThrownBy(() -> this.scenarios.update(DemoAccounts.QIANJIANG, opened.id(), mine, opened.version(),
				this.headquarters))
			.isInstanceOfSatisfying(EditConflict.class, (conflict) -> {
				assertThat(conflict.currentVersion()).isEqualTo(2);
				assertThat(TestTexts.en(conflict.text())).startsWith("The scenario “两人同改” was saved by system at ");
			});
		SavedScenario stored = this.scenarios.get(DemoAccounts.QIANJIANG, opened.id(), this.headquarters);
		assertThat(stored.draft().description()).isEqualTo("部门的修改");
		assertThat(stored.draft().changes().get(0).amount()).isEqualByComparingTo("25");

		SavedScenario again = this.scenarios.update(DemoAccounts.QIANJIANG, opened.id(), mine, stored.version(),
				this.headquarters);
		assertThat(again.version()).isEqualTo(3);
		assertThat(again.draft().description()).isEqualTo("指挥部的修改");

		// deleting from a copy opened before a colleague's save deletes nothing either
		assertThatThrownBy(
				() -> this.scenarios.delete(DemoAccounts.QIANJIANG, opened.id(), stored.version(), department))
			.isInstanceOf(EditConflict.class);
		assertThat(this.scenarios.get(DemoAccounts.QIANJIANG, opened.id(), this.headquarters).version()).isEqualTo(3);
		this.scenarios.delete(DemoAccounts.QIANJIANG, opened.id(), again.version(), department);
		assertThat(this.scenarios.list(DemoAccounts.QIANJIANG, this.headquarters)).extracting(SavedScenario::id)
			.doesNotContain(opened.id());
	}

	@Test
	void aChangeNamingWhatTheZoneDoesNotHaveIsRefusedByItsRow() {
		ScenarioDraft draft = new ScenarioDraft("错误", null, 2021, STANDARD,
				List.of(ScenarioChange.highTech(1), ScenarioChange.figure("no_such_figure", Mode.SET, BigDecimal.ONE)));
		assertThatThrownBy(() -> this.scenarios.evaluate(DemoAccounts.QIANJIANG, draft, this.headquarters))
			.isInstanceOf(MessageException.class)
			.satisfies((ex) -> assertThat(TestTexts.zh(((MessageException) ex).text()))
				.isEqualTo("第2项变更:没有园区指标 no_such_figure"));
		Long elsewhere = this.jdbc.sql("SELECT id FROM enterprise WHERE zone_code = 'WL-IP' FETCH FIRST 1 ROWS ONLY")
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> this.scenarios.evaluate(DemoAccounts.QIANJIANG,
				new ScenarioDraft("别的园区", null, 2021, STANDARD, List.of(ScenarioChange.highTechFor(elsewhere))),
				DataScope.everything(Role.ADMIN)))
			.isInstanceOf(MessageException.class);
	}

	private static IndicatorComparison comparison(ScenarioOutcome outcome, String code) {
		return outcome.indicators().stream().filter((c) -> c.actual().code().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * What a scenario must never touch: figures, reports, certificates, registrations,
	 * platforms.
	 */
	private Map<String, Object> storedData() {
		return Map.of("figures",
				String.valueOf(this.jdbc.sql("SELECT COUNT(*) || ':' || SUM(num_value) FROM zone_figure")
					.query(String.class)
					.single()),
				"reports",
				String.valueOf(this.jdbc.sql("SELECT COUNT(*) || ':' || SUM(rd_expense) FROM enterprise_report")
					.query(String.class)
					.single()),
				"certificates", this.jdbc.sql("SELECT COUNT(*) FROM hte_certificate").query(Long.class).single(),
				"registrations", this.jdbc.sql("SELECT COUNT(*) FROM tech_sme_registration").query(Long.class).single(),
				"platforms", this.jdbc.sql("SELECT COUNT(*) FROM innovation_platform").query(Long.class).single(),
				"enterprises", this.jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Long.class).single());
	}

}

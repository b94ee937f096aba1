package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.evaluation.Scenario.Mode;
import org.gaoxin.standard.Comparison;
import org.gaoxin.support.DemoAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the target module stores, on every supported engine (H2 and PostgreSQL): metrics,
 * versioned targets, saved scenarios, unit costs, and the migration of the demo's
 * targets. Tests that write roll back.
 */
abstract class TargetPersistenceContract {

	private static final DataScope HEADQUARTERS = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null,
			null);

	@Autowired
	Targets targets;

	@Autowired
	Scenarios scenarios;

	@Autowired
	AccreditationPath paths;

	@Autowired
	TargetTracking tracking;

	@Autowired
	AuditLog audit;

	@Test
	void theDemosTargetsAreStoredWithTheirMetrics() {
		assertThat(this.targets.metrics(DemoAccounts.QIANJIANG, HEADQUARTERS)).extracting(Metric::key)
			.containsExactly(Target.HIGH_TECH_ENTERPRISES, Target.SECONDARY_TERTIARY_OUTPUT,
					Target.RD_AND_SERVICE_INSTITUTIONS, Target.RD_INTENSITY, Target.CORE_INDICATORS_MET);
		assertThat(this.targets.of(DemoAccounts.QIANJIANG, Target.HIGH_TECH_ENTERPRISES))
			.extracting((t) -> t.year() + ":" + t.value().toPlainString() + ":" + t.version())
			.containsExactly("2024:70:1", "2025:100:1");
	}

	@Test
	@Transactional
	void aChangedTargetKeepsEveryVersionAndIsAudited() {
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(DemoAccounts.HEADQUARTERS, null, List.of()));
		try {
			Target changed = this.targets.set(new Target(DemoAccounts.QIANJIANG, Target.SECONDARY_TERTIARY_OUTPUT, 2024,
					new BigDecimal("720.5"), Comparison.AT_LEAST, 1, "plan 2022"), "revised", HEADQUARTERS);
			assertThat(changed.version()).isEqualTo(2);
			List<TargetVersion> versions = this.targets.history(DemoAccounts.QIANJIANG,
					Target.SECONDARY_TERTIARY_OUTPUT, 2024, HEADQUARTERS);
			assertThat(versions).extracting((v) -> v.value().toPlainString()).containsExactly("700", "720.5");
			assertThat(versions.get(1).changedBy()).isEqualTo(DemoAccounts.HEADQUARTERS);
			assertThat(versions.get(1).note()).isEqualTo("revised");
			assertThat(this.audit.forRecord("zone_target", DemoAccounts.QIANJIANG + "/secondary_tertiary_output/2024"))
				.anySatisfy((entry) -> {
					assertThat(entry.field()).isEqualTo("value");
					assertThat(entry.oldValue()).isEqualTo("700");
					assertThat(entry.newValue()).isEqualTo("720.5");
				});
			TargetTrack track = this.tracking.overview(DemoAccounts.QIANJIANG, 2021, HEADQUARTERS)
				.metric(Target.SECONDARY_TERTIARY_OUTPUT)
				.orElseThrow()
				.targets()
				.get(0);
			assertThat(track.previous().value()).isEqualByComparingTo("700");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	@Transactional
	void savedScenariosAndUnitCostsRoundTrip() {
		ScenarioDraft draft = new ScenarioDraft("持久化", "round trip", 2021, "CQ-MUNICIPAL-HTZ",
				List.of(ScenarioChange.figure("fdi_actual", Mode.PERCENT, new BigDecimal("12.5")),
						ScenarioChange.highTech(4), ScenarioChange.platforms(org.gaoxin.platform.PlatformKind.INCUBATOR,
								org.gaoxin.platform.PlatformLevel.MUNICIPAL, 1)));
		SavedScenario saved = this.scenarios.create(DemoAccounts.QIANJIANG, draft, HEADQUARTERS);
		SavedScenario read = this.scenarios.get(DemoAccounts.QIANJIANG, saved.id(), HEADQUARTERS);
		assertThat(read.draft()).isEqualTo(draft);
		assertThat(this.scenarios.evaluate(DemoAccounts.QIANJIANG, read.draft(), HEADQUARTERS)
			.scenario()
			.indicator("C13")
			.orElseThrow()
			.value()).isEqualByComparingTo("6");
		UnitCosts costs = new UnitCosts(new BigDecimal("0.25"), new BigDecimal("60000"), new BigDecimal("15000"),
				new BigDecimal("0.015"), true);
		assertThat(this.paths.setUnitCosts(DemoAccounts.QIANJIANG, costs, HEADQUARTERS)).isEqualTo(costs);
		this.scenarios.delete(DemoAccounts.QIANJIANG, saved.id(), HEADQUARTERS);
		assertThat(this.scenarios.list(DemoAccounts.QIANJIANG, HEADQUARTERS)).extracting(SavedScenario::id)
			.doesNotContain(saved.id());
	}

}

package org.gaoxin.industry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.chain.ChainEdge;
import org.gaoxin.chain.Chains;
import org.gaoxin.platform.InnovationChain;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.support.DemoAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the chain work stores, on every supported engine (H2 and PostgreSQL): the demo's
 * chains with leaders, graphs and figures (one set-based query per level), projects with
 * their exact amounts and rates, optimistic versions, the projects' foreign capital and
 * the innovation records. Tests that write roll back.
 */
abstract class ChainPersistenceContract {

	private static final DataScope ADMIN = DataScope.everything(Role.ADMIN);

	private static final DataScope SILK_LEADER = new DataScope(Role.CHAIN_LEADER, DemoAccounts.QIANJIANG, null,
			"QJ-SILK", null);

	@Autowired
	ChainOverviews overviews;

	@Autowired
	Chains chains;

	@Autowired
	InvestmentProjects projects;

	@Autowired
	ForeignCapital foreignCapital;

	@Autowired
	InnovationChain innovation;

	@Autowired
	AuditLog audit;

	@Test
	void theDemosChainsAreStoredWithLeadersGraphsAndFigures() {
		List<ChainOverview> all = this.overviews.overview(DemoAccounts.QIANJIANG, 2021, ADMIN);
		assertThat(all).hasSize(4).allSatisfy((o) -> assertThat(o.leader().person()).isNotBlank());
		assertThat(this.chains.edges("QJ-SILK")).contains(new ChainEdge("QJ-SILK-REEL", "QJ-SILK-WEAVE"));
		ChainOverview silk = this.overviews.chain("QJ-SILK", 2021, SILK_LEADER);
		assertThat(silk.figures().enterprises()).isPositive();
		assertThat(silk.figures().output()).isPositive();
		assertThat(silk.figures().sharePercent()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
		assertThat(silk.figures().growthPercent()).isNotNull();
		assertThat(this.overviews.enterprises("QJ-SILK", "QJ-SILK-GARMENT", 2021, SILK_LEADER))
			.anySatisfy((e) -> assertThat(e.primary()).isFalse());
		// the leader's figures are the admin's: their chain is all they see, and all
		// there is
		assertThat(this.overviews.chain("QJ-SILK", 2021, ADMIN).figures()).isEqualTo(silk.figures());
	}

	@Test
	@Transactional
	void aProjectKeepsItsExactAmountsAndVersions() {
		InvestmentProject created = this.projects
			.create(new ProjectDraft("持久化测试项目", "QJ-HEALTH", "QJ-HEALTH-BIO", "Pharma GmbH", true, "德国", "eur",
					new BigDecimal("1234.56"), new BigDecimal("1.083457"), "测试", LocalDate.of(2021, 5, 6)), ADMIN);
		assertThat(created.currency()).isEqualTo("EUR");
		assertThat(created.plannedAmount()).isEqualByComparingTo("1234.56");
		assertThat(created.plannedUsdRate()).isEqualByComparingTo("1.083457");
		assertThat(created.plannedWanUsd()).isEqualByComparingTo("1337.59");
		assertThat(created.openedOn()).isEqualTo(LocalDate.of(2021, 5, 6));
		InvestmentProject started = this.projects.moveStage(created.id(), ProjectStage.STARTED, created.version(),
				ADMIN);
		assertThat(started.version()).isEqualTo(created.version() + 1);
		assertThatExceptionOfType(EditConflict.class)
			.isThrownBy(() -> this.projects.moveStage(created.id(), ProjectStage.SIGNED, created.version(), ADMIN));
		BigDecimal before = this.foreignCapital.fromProjects(DemoAccounts.QIANJIANG, 2021).orElseThrow();
		this.projects.recordUtilisation(created.id(), 2021, new BigDecimal("100.00"), new BigDecimal("1.1"),
				started.version(), ADMIN);
		assertThat(this.foreignCapital.fromProjects(DemoAccounts.QIANJIANG, 2021).orElseThrow())
			.isEqualByComparingTo(before.add(new BigDecimal("110")));
		assertThat(this.audit.forRecord("investmentProject", created.id())).extracting((e) -> e.field())
			.contains("stage", "utilisation");
	}

	@Test
	void theInnovationRecordsAreStored() {
		assertThat(this.innovation.incubations(DemoAccounts.QIANJIANG, ADMIN)).isNotEmpty();
		assertThat(this.innovation.contracts(DemoAccounts.QIANJIANG, 2021, ADMIN)).hasSize(3);
		assertThat(this.innovation.contractTurnoverYi(DemoAccounts.QIANJIANG, 2021).orElseThrow())
			.isEqualByComparingTo("0.111");
	}

}

package org.gaoxin.evaluation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gaoxin.account.ApiTokens;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Certificates;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.enterprise.HighTechCertificate;
import org.gaoxin.enterprise.TechSmeRegistration;
import org.gaoxin.enterprise.bulk.RegistryBulk;
import org.gaoxin.filing.ReportWorkflow;
import org.gaoxin.platform.NewPlatform;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.platform.Platforms;
import org.gaoxin.qualification.CultivationPool;
import org.gaoxin.qualification.Declarations;
import org.gaoxin.qualification.EnterpriseAssessment;
import org.gaoxin.qualification.EnterpriseAssessments;
import org.gaoxin.qualification.Pool;
import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.ResultCache;
import org.gaoxin.statistics.ZoneFigure;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.task.TaskDraft;
import org.gaoxin.task.Tasks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Results are kept per zone, year, standard and data version, and computed again exactly
 * when an input of the zone changes: a figure changed through its page changes the
 * evaluation; a change in another zone, or to something no result reads, recomputes
 * nothing (counted); every write path of an input marks the zone's version. Kept results
 * are zone-level and narrowed to each caller's scope on the way out.
 */
@DemoApplicationTest
class CachedResultsTest {

	private static final String ZONE = DemoAccounts.QIANJIANG;

	private static final String OTHER_ZONE = "WL-IP";

	private static final int YEAR = 2019;

	private static final DataScope HQ = new DataScope(Role.HEADQUARTERS, ZONE, null, null, null);

	private static final DataScope ADMIN = DataScope.everything(Role.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	Evaluator evaluator;

	@Autowired
	ResultCache results;

	@Autowired
	ZoneDataVersions versions;

	@Autowired
	ZoneFigures figures;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserDetailsService users;

	@Autowired
	CultivationPool pool;

	@Autowired
	EnterpriseAssessments assessments;

	@Autowired
	Enterprises enterprises;

	@Autowired
	Certificates certificates;

	@Autowired
	RegistryBulk registry;

	@Autowired
	Declarations declarations;

	@Autowired
	Platforms platforms;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	org.gaoxin.target.Targets targets;

	@Autowired
	org.gaoxin.target.TargetTracking tracking;

	@Autowired
	org.gaoxin.filing.EnterpriseYears enterpriseYears;

	/**
	 * What every page or the dashboard asks for — the pool, the targets' overview, the
	 * counts of reports waiting and above designated size — is computed once per data
	 * version and scope.
	 */
	@Test
	void thePagesResultsAreComputedOncePerDataVersionAndScope() {
		DataScope chain = principal(DemoAccounts.CHAIN_LEADER).scope();
		for (int i = 0; i < 2; i++) {
			this.pool.pool(ZONE, 2021, HQ);
			this.pool.pool(ZONE, 2021, chain);
			this.tracking.overview(ZONE, 2021, HQ);
			this.workflow.pendingCount(ZONE, HQ);
			this.enterpriseYears.aboveDesignatedSize(ZONE, 2021);
		}
		long pools = this.results.computations(CultivationPool.POOL);
		long overviews = this.results.computations(org.gaoxin.target.TargetTracking.OVERVIEW);
		long pending = this.results.computations(ReportWorkflow.PENDING_COUNT);
		long aboveSize = this.results.computations(org.gaoxin.filing.EnterpriseYears.ABOVE_SIZE);
		org.gaoxin.qualification.Pool narrow = this.pool.pool(ZONE, 2021, chain);
		org.gaoxin.qualification.Pool wide = this.pool.pool(ZONE, 2021, HQ);
		this.tracking.overview(ZONE, 2021, HQ);
		this.workflow.pendingCount(ZONE, HQ);
		this.enterpriseYears.aboveDesignatedSize(ZONE, 2021);
		assertThat(this.results.computations(CultivationPool.POOL)).isEqualTo(pools);
		assertThat(this.results.computations(org.gaoxin.target.TargetTracking.OVERVIEW)).isEqualTo(overviews);
		assertThat(this.results.computations(ReportWorkflow.PENDING_COUNT)).isEqualTo(pending);
		assertThat(this.results.computations(org.gaoxin.filing.EnterpriseYears.ABOVE_SIZE)).isEqualTo(aboveSize);
		// one scope's pool is never another's
		assertThat(narrow.candidates()).isNotEmpty()
			.allSatisfy((c) -> assertThat(c.chainCode()).isEqualTo(chain.chainCode()));
		assertThat(wide.candidates()).hasSizeGreaterThan(narrow.candidates().size());
		// a change to the zone's data computes them again
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.versions.changed(ZONE));
		this.pool.pool(ZONE, 2021, HQ);
		this.tracking.overview(ZONE, 2021, HQ);
		this.workflow.pendingCount(ZONE, HQ);
		this.enterpriseYears.aboveDesignatedSize(ZONE, 2021);
		assertThat(this.results.computations(CultivationPool.POOL)).isEqualTo(pools + 1);
		assertThat(this.results.computations(org.gaoxin.target.TargetTracking.OVERVIEW)).isEqualTo(overviews + 1);
		assertThat(this.results.computations(ReportWorkflow.PENDING_COUNT)).isEqualTo(pending + 1);
		assertThat(this.results.computations(org.gaoxin.filing.EnterpriseYears.ABOVE_SIZE)).isEqualTo(aboveSize + 1);
	}

	@Autowired
	Tasks tasks;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aFigureChangedThroughItsPageChangesTheEvaluationAndUnrelatedChangesRecomputeNothing() throws Exception {
		BigDecimal here = fdi(ZONE);
		BigDecimal there = fdi(OTHER_ZONE);
		try {
			Evaluation first = evaluate();
			long computed = this.results.computations(Evaluator.EVALUATION);
			assertThat(evaluate()).isSameAs(first);
			assertThat(this.results.computations(Evaluator.EVALUATION)).isEqualTo(computed);

			// another zone's figure
			this.figures.set(OTHER_ZONE, YEAR, "fdi_actual", there.add(BigDecimal.ONE), "test", ADMIN);
			// things no result reads: an API token, a shortfall task (rolled back)
			this.tokens.create("缓存测试", true, 1, principal(DemoAccounts.DEPARTMENT));
			new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
				long before = this.versions.current(ZONE);
				this.tasks.create(ZONE, new TaskDraft("缓存测试", null, "KJJ", List.of(), "王磊",
						this.tasks.today().plusDays(30), null, List.of(), List.of()), HQ);
				assertThat(this.versions.current(ZONE)).isEqualTo(before);
				status.setRollbackOnly();
			});
			assertThat(evaluate()).isSameAs(first);
			assertThat(this.results.computations(Evaluator.EVALUATION)).isEqualTo(computed);

			// the zone's own figure, through the page
			BigDecimal changed = here.add(new BigDecimal("1234"));
			int version = this.figures.find(ZONE, YEAR, "fdi_actual").orElseThrow().version();
			this.mvc
				.perform(post("/zones/{zone}/figures/fdi_actual", ZONE).param("year", String.valueOf(YEAR))
					.param("value", changed.toPlainString())
					.param("version", String.valueOf(version))
					.with(user(principal(DemoAccounts.DEPARTMENT)))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
			Evaluation second = evaluate();
			assertThat(this.results.computations(Evaluator.EVALUATION)).isEqualTo(computed + 1);
			assertThat(second.indicator("C05").orElseThrow().value()).isEqualByComparingTo(changed);
			assertThat(first.indicator("C05").orElseThrow().value()).isEqualByComparingTo(here);
			assertThat(evaluate()).isSameAs(second);
		}
		finally {
			this.figures.set(ZONE, YEAR, "fdi_actual", here, "test", ADMIN);
			this.figures.set(OTHER_ZONE, YEAR, "fdi_actual", there, "test", ADMIN);
		}
	}

	@Test
	void theZoneIsJudgedOnceAndEachCallerSeesOnlyTheirScope() {
		DataScope chain = new DataScope(Role.CHAIN_LEADER, ZONE, null, "QJ-SILK", null);
		Pool all = this.pool.pool(ZONE, 2021, HQ);
		long judged = this.results.computations(EnterpriseAssessments.ASSESSMENTS);
		Pool silk = this.pool.pool(ZONE, 2021, chain);
		List<EnterpriseAssessment> mine = this.assessments.assessZone(ZONE, 2021,
				principal(DemoAccounts.ENTERPRISE).scope());
		assertThat(this.results.computations(EnterpriseAssessments.ASSESSMENTS)).isEqualTo(judged);
		assertThat(silk.candidates()).isNotEmpty().allSatisfy((c) -> assertThat(c.chainCode()).isEqualTo("QJ-SILK"));
		assertThat(all.candidates()).hasSizeGreaterThan(silk.candidates().size());
		assertThat(mine).extracting(EnterpriseAssessment::enterpriseId)
			.containsExactly(principal(DemoAccounts.ENTERPRISE).scope().enterpriseId());
		// and the wider view is still whole after the narrow ones
		assertThat(this.pool.pool(ZONE, 2021, HQ).candidates()).hasSameSizeAs(all.candidates());
	}

	@Test
	void everyKindOfInputWrittenMarksItsZoneAndOnlyItsZone() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			Enterprise enterprise = this.enterprises.inZone(ZONE, HQ).get(0);
			long own = principal(DemoAccounts.ENTERPRISE).scope().enterpriseId();
			List<Runnable> writes = List.of(
					() -> this.certificates.issue(new HighTechCertificate(enterprise.id(), "GR-CACHE-1", 2021)),
					() -> this.certificates.register(new TechSmeRegistration(enterprise.id(), 2012, "SME-CACHE-1")),
					() -> this.registry.issueAll(List.of(new HighTechCertificate(enterprise.id(), "GR-CACHE-2", 2021)),
							"test", HQ),
					() -> this.declarations.declare(own, this.tasks.today().getYear(),
							new DeclaredFacts(false, false, false, false, false, null, true),
							principal(DemoAccounts.ENTERPRISE).scope()),
					() -> this.platforms.register(new NewPlatform(ZONE, PlatformKind.INCUBATOR, "缓存测试孵化器",
							PlatformLevel.DISTRICT, 2020, null)),
					() -> this.figures.set(ZONE, 2020, "fdi_actual", new BigDecimal("4321"), "test", HQ),
					() -> this.targets.set(
							new org.gaoxin.target.Target(ZONE, org.gaoxin.target.Target.SECONDARY_TERTIARY_OUTPUT, 2024,
									new BigDecimal("731"), org.gaoxin.standard.Comparison.AT_LEAST, 1, "plan 2022"),
							"cache test", HQ));
			for (Runnable write : writes) {
				long here = this.versions.current(ZONE);
				long there = this.versions.current(OTHER_ZONE);
				write.run();
				assertThat(this.versions.current(ZONE)).isGreaterThan(here);
				assertThat(this.versions.current(OTHER_ZONE)).isEqualTo(there);
			}
			status.setRollbackOnly();
		});
	}

	/**
	 * The guard for write paths to come: every class with a statement that writes a table
	 * results are computed from also marks the zone's data version.
	 */
	@Test
	void everyClassWritingAnInputTableMarksTheDataVersion() throws IOException {
		Pattern writes = Pattern.compile("(INSERT INTO|UPDATE|DELETE FROM|MERGE INTO)\\s+(" + String.join("|", INPUTS)
				+ ")\\b|(Enterprises\\.(INSERT|UPDATE)|AnnualReports\\.(INSERT|REPLACE)|Certificates\\.INSERT_)");
		List<String> unmarked = new ArrayList<>();
		List<String> writers = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String text = Files.readString(file);
				Matcher found = writes.matcher(text);
				if (found.find() && !file.endsWith("ZoneDataVersions.java")) {
					writers.add(file.getFileName().toString());
					if (!text.contains("DataVersions") && !text.contains("this.chains.changed(")) {
						unmarked.add(file + ": " + found.group());
					}
				}
			}
		}
		assertThat(writers).contains("AnnualReports.java", "ReportBulk.java", "RegistryBulk.java", "ZoneFigures.java",
				"Platforms.java", "Declarations.java", "ExpertReviews.java", "InvestmentProjects.java");
		assertThat(unmarked).isEmpty();
	}

	/**
	 * The tables the kept results read (evaluation, data years, assessments, regional
	 * shares, the chains' overview).
	 */
	private static final List<String> INPUTS = List.of("zone", "enterprise", "enterprise_report", "hte_certificate",
			"tech_sme_registration", "zone_figure", "innovation_platform", "platform_incubation",
			"tech_transfer_contract", "investment_project", "investment_utilisation", "enterprise_declaration",
			"expert_review", "qualitative_score", "district", "industrial_chain", "chain_link", "chain_edge",
			"enterprise_chain_link", "attraction_target", "target_metric", "zone_target", "zone_target_version");

	private Evaluation evaluate() {
		return this.evaluator.evaluate(ZONE, YEAR, "CQ-MUNICIPAL-HTZ", false, HQ);
	}

	private BigDecimal fdi(String zone) {
		return this.figures.find(zone, YEAR, "fdi_actual").map(ZoneFigure::number).orElse(BigDecimal.ZERO);
	}

	private GaoxinPrincipal principal(String username) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(username);
	}

}

package org.gaoxin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.standard.Standards;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.Routes;
import org.gaoxin.support.Routes.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gaoxin.AuthorisationMatrixTest.Who.ADMIN;
import static org.gaoxin.AuthorisationMatrixTest.Who.ANONYMOUS;
import static org.gaoxin.AuthorisationMatrixTest.Who.CHAIN_LEADER;
import static org.gaoxin.AuthorisationMatrixTest.Who.DEPARTMENT;
import static org.gaoxin.AuthorisationMatrixTest.Who.ENTERPRISE;
import static org.gaoxin.AuthorisationMatrixTest.Who.HEADQUARTERS;
import static org.gaoxin.AuthorisationMatrixTest.Who.VIEWER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may use which route, in one table: every GET and POST route of the application
 * (from its handler mapping) × every role and an anonymous caller, each sent a request
 * with values inside the caller's own scope. A deny is a 401, a 403 or the way to the
 * login page; anything else is an allow. A route the application has and the table does
 * not fails the build, and so does a table entry for a route that is gone. Then the
 * horizontal checks by id: another enterprise, an enterprise off the chain, another zone.
 */
@DemoApplicationTest
@Transactional
class AuthorisationMatrixTest {

	enum Who {

		ADMIN, HEADQUARTERS, DEPARTMENT, ENTERPRISE, CHAIN_LEADER, VIEWER, ANONYMOUS

	}

	private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

	private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

	/** Zone-level data: everyone signed in but an enterprise user. */
	private static final Set<Who> ZONE_READERS = EnumSet.of(ADMIN, HEADQUARTERS, DEPARTMENT, CHAIN_LEADER, VIEWER);

	/** Changing zone figures and reviewing reports. */
	private static final Set<Who> EDITORS = EnumSet.of(ADMIN, HEADQUARTERS, DEPARTMENT);

	private static final Set<Who> IMPORTERS = EnumSet.of(ADMIN, HEADQUARTERS, DEPARTMENT, ENTERPRISE);

	private static final Set<Who> ADMINISTRATORS = EnumSet.of(ADMIN);

	private static final Set<Who> ENTERPRISES = EnumSet.of(ENTERPRISE);

	/** Setting a zone's targets, metrics and unit costs (Targets.canEdit). */
	private static final Set<Who> TARGET_SETTERS = EnumSet.of(ADMIN, HEADQUARTERS);

	/** Supervision (督查督办): everyone but enterprise users and chain leaders reads. */
	private static final Set<Who> SUPERVISION = EnumSet.of(ADMIN, HEADQUARTERS, DEPARTMENT, VIEWER);

	/** Assigning, reviewing and keeping the list: headquarters (Tasks.canSupervise). */
	private static final Set<Who> SUPERVISORS = EnumSet.of(ADMIN, HEADQUARTERS);

	/**
	 * Acting on an item (the service then narrows a department to the items it leads).
	 */
	private static final Set<Who> TASK_ACTORS = EnumSet.of(ADMIN, HEADQUARTERS, DEPARTMENT);

	/**
	 * Zone reports (documents): not a chain leader nor an enterprise, who read part of a
	 * zone.
	 */
	private static final Set<Who> REPORT_WRITERS = EnumSet.of(ADMIN, HEADQUARTERS, DEPARTMENT, VIEWER);

	/**
	 * Changing a chain, its links' targets and its projects: the zone's staff and the
	 * chain's leader.
	 */
	private static final Set<Who> CHAIN_EDITORS = EnumSet.of(ADMIN, HEADQUARTERS, DEPARTMENT, CHAIN_LEADER);

	/** The operator's channel: its token only, no role (docs/decisions/0010). */
	/** A department's own desk (its items and indicators). */
	private static final Set<Who> DEPARTMENTS = EnumSet.of(DEPARTMENT);

	private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);

	/** Payment lists and budget lines (Disbursements.canRead): zone staff and viewers. */
	private static final Set<Who> LIST_READERS = EnumSet.of(ADMIN, HEADQUARTERS, DEPARTMENT, VIEWER);

	/** Approving a payment list (Disbursements.canApprove), never one's own. */
	private static final Set<Who> LIST_APPROVERS = EnumSet.of(ADMIN, HEADQUARTERS);

	/** THE table: route (method and pattern) → who is let in. */
	// @formatter:off
	static final Map<String, Set<Who>> ALLOWED = Map.ofEntries(
			// pages
			entry("GET /",                                                     SIGNED_IN),
			entry("GET /login",                                                EVERYONE),
			// the container's error page is open to all (asked for directly: a 404)
			entry("GET /error",                                                EVERYONE),
			entry("POST /error",                                               EVERYONE),
			entry("GET /enterprises",                                          SIGNED_IN),
			entry("GET /enterprises/{id}",                                     SIGNED_IN),
			entry("GET /enterprises/{id}/qualification",                       SIGNED_IN),
			entry("GET /enterprises/export.{format}",                          SIGNED_IN),
			// an enterprise user has no zone: the figures link sends it home
			entry("GET /figures",                                              SIGNED_IN),
			entry("GET /zones/{zone}/figures",                                 ZONE_READERS),
			entry("GET /zones/{zone}/figures/{code}/history",                  ZONE_READERS),
			entry("POST /zones/{zone}/figures/{code}",                         EDITORS),
			entry("GET /zones/{zone}/figures/export.{format}",                 ZONE_READERS),
			// narrowed to the caller's enterprises: an enterprise user gets its own rows
			entry("GET /zones/{zone}/reports/export.{format}",                 SIGNED_IN),
			// an enterprise user asking for zone pages is sent to its own (no zone data)
			entry("GET /evaluation",                                           SIGNED_IN),
			entry("GET /evaluation/explain",                                   ZONE_READERS),
			entry("GET /evaluation/export.{format}",                           ZONE_READERS),
			entry("GET /cultivation",                                          SIGNED_IN),
			entry("GET /cultivation/export.csv",                               ZONE_READERS),
			entry("GET /cultivation/export.xlsx",                              ZONE_READERS),
			// staff asking for the self-assessment are sent to the pool
			entry("GET /self-assessment",                                      SIGNED_IN),
			// the working self-assessment: an enterprise's own, or one staff may read
			entry("GET /enterprises/{id}/self-assessment",                     SIGNED_IN),
			entry("POST /enterprises/{id}/self-assessment",                    SIGNED_IN),
			// the facts the rules ask: the enterprise declares, zone staff score
			entry("POST /enterprises/{id}/qualification/declaration",          ENTERPRISES),
			// the zone's own staff, not the administrator, who runs the platform (ExpertReviews.canScore)
			entry("POST /enterprises/{id}/qualification/expert-scores",        EnumSet.of(HEADQUARTERS, DEPARTMENT)),
			entry("GET /quality",                                              ZONE_READERS),
			entry("GET /quality/export.{format}",                              ZONE_READERS),
			entry("POST /quality/review",                                      EDITORS),
			entry("GET /audit",                                                ADMINISTRATORS),
			entry("GET /login-locks",                                          ADMINISTRATORS),
			entry("POST /login-locks/lift",                                    ADMINISTRATORS),
			// API tokens: everyone their own; another's id is not found (ApiTokensTest)
			entry("GET /tokens",                                               SIGNED_IN),
			entry("POST /tokens",                                              SIGNED_IN),
			entry("POST /tokens/{id}/revoke",                                  SIGNED_IN),
			entry("GET /audit/export.{format}",                                ADMINISTRATORS),
			entry("GET /reports/submit",                                       ENTERPRISES),
			entry("POST /reports/submit",                                      ENTERPRISES),
			entry("GET /reports/review",                                       EDITORS),
			entry("POST /reports/review/{id}/{year}/approve",                  EDITORS),
			entry("POST /reports/review/{id}/{year}/return",                   EDITORS),
			entry("POST /reports/review/{id}/{year}/reopen",                   EDITORS),
			entry("POST /reports/review/reopen",                               EDITORS),
			entry("POST /reports/review/approve",                              EDITORS),
			entry("GET /imports",                                              IMPORTERS),
			entry("POST /imports",                                             IMPORTERS),
			// an import job is its owner's: another's (or an unknown one) is not found
			entry("GET /imports/{id}",                                         SIGNED_IN),
			entry("GET /imports/{id}/progress",                                SIGNED_IN),
			entry("POST /imports/{id}/confirm",                                SIGNED_IN),
			entry("POST /imports/{id}/cancel",                                 SIGNED_IN),
			entry("POST /imports/{id}/sheet",                                  SIGNED_IN),
			entry("GET /imports/{id}/errors.xlsx",                             SIGNED_IN),
			// a blank template with the zone and chain codes the caller may read
			entry("GET /imports/templates/{kind}.xlsx",                        SIGNED_IN),
			entry("GET /standards",                                            SIGNED_IN),
			entry("GET /standards/{code}/{version}",                           SIGNED_IN),
			entry("POST /standards",                                           ADMINISTRATORS),
			entry("POST /standards/{code}/{version}/retire",                   ADMINISTRATORS),
			// the API document and its UI, for signed-in clients
			entry("GET /v3/api-docs",                                          SIGNED_IN),
			entry("GET /v3/api-docs.yaml",                                     SIGNED_IN),
			entry("GET /v3/api-docs/swagger-config",                           SIGNED_IN),
			entry("GET /swagger-ui.html",                                      SIGNED_IN),
			// the API: scoped reads for everyone signed in, zone data for zone readers
			entry("GET /api/v1/enterprises",                                   SIGNED_IN),
			entry("GET /api/v1/enterprises/{creditCode}",                      SIGNED_IN),
			entry("GET /api/v1/enterprises/{creditCode}/certificates",         SIGNED_IN),
			entry("GET /api/v1/enterprises/{creditCode}/reports",              SIGNED_IN),
			entry("GET /api/v1/enterprises/{creditCode}/qualifications",       SIGNED_IN),
			entry("POST /api/v1/qualifications/self-assessment",               SIGNED_IN),
			entry("POST /api/v1/reports/{year}/draft",                         ENTERPRISES),
			entry("GET /api/v1/zones/{zone}/figures",                          ZONE_READERS),
			entry("POST /api/v1/zones/{zone}/figures/{code}",                  EDITORS),
			entry("GET /api/v1/zones/{zone}/evaluations",                      ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/evaluations/history",              ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/evaluations/contributors",         ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/quality",                          ZONE_READERS),
			entry("POST /api/v1/zones/{zone}/quality/reviews",                 EDITORS),
			entry("GET /api/v1/zones/{zone}/cultivation",                      ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/regional-shares",                  ZONE_READERS),
			entry("GET /api/v1/standards",                                     SIGNED_IN),
			entry("GET /api/v1/standards/{code}/{version}",                    SIGNED_IN),
			entry("POST /api/v1/standards",                                    ADMINISTRATORS),
			entry("POST /api/v1/standards/{code}/{version}/retire",            ADMINISTRATORS),
			entry("POST /api/v1/imports",                                      IMPORTERS),
			entry("GET /api/v1/imports/{id}",                                  SIGNED_IN),
			entry("POST /api/v1/imports/{id}/confirm",                         SIGNED_IN),
			entry("POST /api/v1/imports/{id}/cancel",                          SIGNED_IN),
			entry("POST /api/v1/imports/{id}/sheet",                           SIGNED_IN),
			entry("GET /api/v1/login-locks",                                   ADMINISTRATORS),
			// targets, forecasts, scenarios and the path: zone data; an enterprise user is refused
			entry("GET /targets",                                              ZONE_READERS),
			entry("POST /targets",                                             TARGET_SETTERS),
			entry("POST /targets/metrics",                                     TARGET_SETTERS),
			entry("GET /targets/scenarios",                                    ZONE_READERS),
			entry("POST /targets/scenarios/evaluate",                          ZONE_READERS),
			entry("POST /targets/scenarios/save",                              EDITORS),
			entry("POST /targets/scenarios/{id}/delete",                       EDITORS),
			entry("GET /targets/path",                                         ZONE_READERS),
			entry("POST /targets/path/costs",                                  TARGET_SETTERS),
			// the path's candidates saved as a scenario
			entry("POST /targets/path/scenario",                               EDITORS),
			entry("GET /api/v1/zones/{zone}/targets",                          ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/targets/{metric}/{targetYear}/versions", ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/forecasts",                        ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/path",                             ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/path/budget",                      ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/unit-costs",                       ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/scenarios",                        ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/scenarios/{id}",                   ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/scenarios/{id}/evaluation",        ZONE_READERS),
			entry("POST /api/v1/zones/{zone}/scenarios",                       EDITORS),
			entry("POST /api/v1/zones/{zone}/scenarios/evaluate",              ZONE_READERS),
			// supervision (督查督办): an item id outside the caller's scope is not found
			entry("GET /tasks",                                                SUPERVISION),
			entry("POST /tasks",                                               SUPERVISORS),
			entry("GET /tasks/new",                                            SUPERVISORS),
			entry("POST /tasks/generate",                                      SUPERVISORS),
			entry("GET /tasks/{id}",                                           SUPERVISION),
			entry("GET /tasks/{id}/edit",                                      SUPERVISORS),
			entry("POST /tasks/{id}/edit",                                     SUPERVISORS),
			entry("POST /tasks/{id}/milestones",                               TASK_ACTORS),
			entry("POST /tasks/{id}/act",                                      TASK_ACTORS),
			entry("GET /tasks/{id}/attachments/{attachmentId}",                SUPERVISION),
			entry("GET /tasks/wall",                                           SUPERVISION),
			entry("GET /tasks/desk",                                           DEPARTMENTS),
			entry("GET /tasks/digest",                                         SUPERVISION),
			entry("GET /tasks/digest.xlsx",                                    SUPERVISION),
			entry("GET /tasks/organisation",                                   SUPERVISION),
			entry("POST /tasks/owners",                                        SUPERVISORS),
			entry("POST /tasks/people",                                        SUPERVISORS),
			entry("POST /tasks/people/{id}/delete",                            SUPERVISORS),
			entry("GET /api/v1/zones/{zone}/tasks",                            SUPERVISION),
			entry("POST /api/v1/zones/{zone}/tasks",                           SUPERVISORS),
			entry("POST /api/v1/zones/{zone}/tasks/generate",                  SUPERVISORS),
			entry("GET /api/v1/zones/{zone}/tasks/{id}",                       SUPERVISION),
			entry("POST /api/v1/zones/{zone}/tasks/{id}/milestones",           TASK_ACTORS),
			entry("POST /api/v1/zones/{zone}/tasks/{id}/actions",              TASK_ACTORS),
			entry("GET /api/v1/zones/{zone}/tasks/{id}/attachments/{attachmentId}", SUPERVISION),
			entry("GET /api/v1/zones/{zone}/tasks/reminders",                  SUPERVISION),
			entry("GET /api/v1/zones/{zone}/tasks/digest",                     SUPERVISION),
			entry("GET /api/v1/task-owners",                                   SUPERVISION),
			// the dashboard's cards refreshed in place: zone data
			entry("GET /dashboard/cards",                                      ZONE_READERS),
			// reports: zone documents for those who read the zone whole (Reports.canGenerate);
			// a job is its owner's: another's (or an unknown one) is not found
			entry("GET /documents",                                            REPORT_WRITERS),
			entry("POST /documents",                                           REPORT_WRITERS),
			entry("GET /documents/{id}",                                       REPORT_WRITERS),
			entry("GET /documents/{id}/progress",                              REPORT_WRITERS),
			entry("GET /documents/{id}/file.{format}",                         REPORT_WRITERS),
			// industrial chains, investment and the innovation service chain (issue 13): zone data,
			// changed by the zone's staff and the chain's own leader
			entry("GET /chains",                                               ZONE_READERS),
			entry("GET /chains/{chain}",                                       ZONE_READERS),
			entry("GET /chains/{chain}/links/{link}",                          ZONE_READERS),
			entry("POST /chains/{chain}/leader",                               CHAIN_EDITORS),
			entry("POST /chains/{chain}/measures",                             CHAIN_EDITORS),
			entry("POST /chains/{chain}/measures/{measure}/delete",            CHAIN_EDITORS),
			entry("POST /chains/{chain}/links/{link}/targets",                 CHAIN_EDITORS),
			entry("POST /chains/{chain}/links/{link}/targets/{target}",        CHAIN_EDITORS),
			entry("POST /chains/{chain}/links/{link}/targets/{target}/delete", CHAIN_EDITORS),
			entry("POST /chains/{chain}/links/{link}/members",                 CHAIN_EDITORS),
			// the chain page's forms: policy documents, arrows, taking an enterprise off a link
			entry("POST /chains/{chain}/links/{link}/members/{enterprise}/delete", CHAIN_EDITORS),
			entry("POST /chains/{chain}/edges",                                CHAIN_EDITORS),
			entry("POST /chains/{chain}/edges/delete",                         CHAIN_EDITORS),
			entry("POST /chains/{chain}/documents",                            CHAIN_EDITORS),
			entry("GET /chains/{chain}/documents/{document}",                  ZONE_READERS),
			entry("POST /chains/{chain}/documents/{document}/delete",          CHAIN_EDITORS),
			entry("GET /investment",                                           ZONE_READERS),
			entry("GET /investment/projects/{project}",                        ZONE_READERS),
			entry("POST /investment/projects",                                 CHAIN_EDITORS),
			entry("POST /investment/projects/{project}/stage",                 CHAIN_EDITORS),
			entry("POST /investment/projects/{project}/utilisation",           CHAIN_EDITORS),
			entry("GET /innovation",                                           ZONE_READERS),
			entry("POST /innovation/incubations",                              EDITORS),
			entry("POST /innovation/contracts",                                EDITORS),
			entry("GET /api/v1/chains",                                        ZONE_READERS),
			entry("GET /api/v1/chains/{chain}",                                ZONE_READERS),
			entry("GET /api/v1/chains/{chain}/links/{link}/enterprises",       ZONE_READERS),
			entry("GET /api/v1/chains/{chain}/links/{link}/targets",           ZONE_READERS),
			entry("POST /api/v1/chains/{chain}/links/{link}/targets",          CHAIN_EDITORS),
			entry("GET /api/v1/chains/{chain}/projects",                       ZONE_READERS),
			entry("POST /api/v1/chains/{chain}/projects",                      CHAIN_EDITORS),
			entry("GET /api/v1/chains/projects/{project}",                     ZONE_READERS),
			entry("POST /api/v1/chains/projects/{project}/stage",              CHAIN_EDITORS),
			entry("GET /api/v1/chains/foreign-capital",                        ZONE_READERS),
			entry("GET /api/v1/operator/backup",                               NOBODY),
			entry("POST /api/v1/operator/commands/{name}",                     NOBODY),
			entry("POST /api/v1/operator/restore",                             NOBODY),
			// regional benchmark and scoring standards (issue 15)
			entry("GET /benchmark",                                            SIGNED_IN),
			entry("GET /benchmark/export.xlsx",                                ZONE_READERS),
			entry("GET /api/v1/zones/{zone}/benchmark",                        ZONE_READERS),
			entry("POST /evaluation/qualitative",                              EDITORS),
			entry("GET /api/v1/zones/{zone}/qualitative-scores",               ZONE_READERS),
			entry("POST /api/v1/zones/{zone}/qualitative-scores",              EDITORS),
			// support policies, payment lists and talent (issue 17): matches narrowed to what the
			// caller sees (an enterprise its own); lists are the zone staff's; an unknown list is not found
			entry("GET /policies",                                             SIGNED_IN),
			entry("GET /policies/{policy}/articles/{article}",                 SIGNED_IN),
			entry("GET /policies/enterprises/{id}",                            SIGNED_IN),
			entry("POST /policies/{policy}/articles/{article}/list",           EDITORS),
			entry("GET /policies/lists/{list}",                                LIST_READERS),
			entry("POST /policies/lists/{list}/approve",                       LIST_APPROVERS),
			entry("POST /policies/lists/{list}/pay",                           EDITORS),
			entry("GET /policies/lists/{list}/export.xlsx",                    LIST_READERS),
			entry("POST /policies/{policy}/{version}/retire",                  ADMINISTRATORS),
			entry("GET /policies/talent",                                      ZONE_READERS),
			entry("POST /policies/talent",                                     EDITORS),
			entry("GET /api/v1/policies",                                      SIGNED_IN),
			entry("POST /api/v1/policies/{policy}/{version}/retire",           ADMINISTRATORS),
			entry("GET /api/v1/zones/{zone}/policies",                         SIGNED_IN),
			entry("GET /api/v1/zones/{zone}/policies/matches",                 SIGNED_IN),
			entry("GET /api/v1/zones/{zone}/policies/enterprises/{id}/matches", SIGNED_IN),
			entry("GET /api/v1/zones/{zone}/policies/lists",                   LIST_READERS),
			entry("POST /api/v1/zones/{zone}/policies/{policy}/articles/{article}/lists", EDITORS),
			entry("GET /api/v1/zones/{zone}/policies/lists/{list}",            LIST_READERS),
			entry("POST /api/v1/zones/{zone}/policies/lists/{list}/approve",   LIST_APPROVERS),
			entry("POST /api/v1/zones/{zone}/policies/lists/{list}/payments",  EDITORS),
			entry("GET /api/v1/zones/{zone}/talent",                           SIGNED_IN),
			entry("POST /api/v1/zones/{zone}/talent",                          EDITORS));
	// @formatter:on

	private static final String SELF_ASSESSMENT = "{\"techSme\": {\"staff\": 120, \"stStaff\": 30, "
			+ "\"salesRevenue\": 45000, \"totalAssets\": 60000, \"rdExpense\": 2700, \"totalCosts\": 40000, "
			+ "\"classOneIp\": 1, \"classTwoIp\": 6, \"residentInMainland\": true, \"prohibitedCategory\": false, "
			+ "\"adverseRecord\": false, \"direct\": {\"validHighTechCertificate\": false, "
			+ "\"nationalAwardTopThree\": false, \"accreditedRdInstitution\": false, \"ledStandard\": false}}}";

	private static final String SCENARIO = "{\"name\": \"矩阵\", \"year\": 2021, "
			+ "\"changes\": [{\"kind\": \"HIGH_TECH\", \"mode\": \"ADD\", \"amount\": 1}]}";

	private static final String QUALITATIVE = "{\"standard\": \"CN-NATIONAL-HTZ-EVAL\", \"indicator\": \"N52\", "
			+ "\"year\": 2021, \"score\": 80, \"version\": 0}";

	private static final String MATRIX_STANDARD = """
			code: MATRIX
			version: "1"
			name: {zh: 矩阵测试标准, en: Matrix test standard}
			verdict: {core_share_met: 0.85, max_relative_gap: 0.2, pilot_deadline_years: 3}
			categories: [{code: a, zh: 甲, en: A}]
			indicators:
			  - {code: I1, category: a, zh: 面积, en: Area, unit: KM2, formula: planned_area, rule: ">=", threshold: 5}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	UserDetailsService users;

	@Autowired
	Enterprises enterprises;

	@Autowired
	Standards standards;

	@Autowired
	org.gaoxin.statistics.ZoneFigures figures;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.gaoxin.chain.ChainDocuments chainDocuments;

	private final Map<Who, GaoxinPrincipal> principals = new EnumMap<>(Who.class);

	/** For each caller, an enterprise inside its scope (its own, one on its chain). */
	private final Map<Who, Enterprise> inScope = new EnumMap<>(Who.class);

	private final Map<String, String> silkIds = new HashMap<>();

	@BeforeEach
	void signInEveryRole() {
		Map<Who, String> names = Map.of(ADMIN, DemoAccounts.ADMIN, HEADQUARTERS, DemoAccounts.HEADQUARTERS, DEPARTMENT,
				DemoAccounts.DEPARTMENT, ENTERPRISE, DemoAccounts.ENTERPRISE, CHAIN_LEADER, DemoAccounts.CHAIN_LEADER,
				VIEWER, DemoAccounts.VIEWER);
		names.forEach((who, name) -> this.principals.put(who, (GaoxinPrincipal) this.users.loadUserByUsername(name)));
		GaoxinPrincipal enterprise = this.principals.get(ENTERPRISE);
		Enterprise own = this.enterprises.find(enterprise.scope().enterpriseId(), enterprise.scope()).orElseThrow();
		for (Who who : Who.values()) {
			this.inScope.put(who, own);
		}
		// records of the silk chain the routes name by id, read once: a deleted one is
		// then
		// not found for the next caller, which still tells allowed from refused
		this.silkIds.put("measure", silk("SELECT MIN(id) FROM chain_measure WHERE chain_code = 'QJ-SILK'"));
		this.silkIds.put("target", silk("SELECT MIN(id) FROM attraction_target WHERE link_code = 'QJ-SILK-ART'"));
		this.silkIds.put("project", silk("SELECT MIN(id) FROM investment_project WHERE chain_code = 'QJ-SILK'"));
		this.silkIds.put("document", String.valueOf(this.chainDocuments.upload("QJ-SILK", "matrix.pdf",
				"%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "matrix", DataScope.everything(Role.ADMIN))));
		this.silkIds.put("enterprise",
				silk("SELECT MIN(enterprise_id) FROM enterprise_chain_link WHERE link_code LIKE 'QJ-SILK-%'"));
		GaoxinPrincipal chain = this.principals.get(CHAIN_LEADER);
		this.inScope.put(CHAIN_LEADER, this.enterprises.inZone(DemoAccounts.QIANJIANG, chain.scope()).get(0));
	}

	@Test
	void everyRouteHasARuleAndEveryRuleARoute() {
		Set<String> routes = new TreeSet<>();
		routes(this.mapping).forEach((route) -> routes.add(route.key()));
		assertThat(new TreeSet<>(routes)).as("routes without a rule in ALLOWED (add them)")
			.isSubsetOf(ALLOWED.keySet());
		assertThat(new TreeSet<>(ALLOWED.keySet())).as("rules for routes the application no longer has")
			.isSubsetOf(routes);
	}

	@Test
	void everyRoleGetsWhatTheTableSaysOnEveryRoute() throws Exception {
		// a standard of its own to retire, so that the built-in one stays offered
		this.standards.upload("matrix.yaml", MATRIX_STANDARD.getBytes(StandardCharsets.UTF_8),
				DataScope.everything(Role.ADMIN));
		List<String> wrong = new ArrayList<>();
		for (Route route : routes(this.mapping)) {
			Set<Who> allowed = ALLOWED.get(route.key());
			if (allowed == null) {
				continue;
			}
			for (Who who : Who.values()) {
				MvcResult result = this.mvc.perform(request(route, who)).andReturn();
				boolean let = !denied(result);
				if (let != allowed.contains(who)) {
					wrong.add(route.key() + " as " + who + ": expected " + (allowed.contains(who) ? "allow" : "deny")
							+ ", got " + result.getResponse().getStatus() + " "
							+ result.getResponse().getRedirectedUrl());
				}
			}
		}
		assertThat(wrong).as("route × role answers that differ from the table").isEmpty();
	}

	@Test
	void anEnterpriseUserCannotReachAnotherEnterpriseById() throws Exception {
		GaoxinPrincipal enterprise = this.principals.get(ENTERPRISE);
		for (Enterprise other : List.of(otherInQianjiang(enterprise.scope().enterpriseId()), inOtherZone())) {
			hidden(enterprise, other);
		}
		this.mvc.perform(get("/api/v1/enterprises").param("size", "200").with(user(enterprise)))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc.perform(get("/zones/QJ-HTZ/reports/export.csv").param("year", "2021").with(user(enterprise)))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString(this.inScope.get(ENTERPRISE).creditCode())))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers
				.containsString(otherInQianjiang(enterprise.scope().enterpriseId()).creditCode()))));
	}

	@Test
	void aChainLeaderCannotReachAnotherChainsPolicyDocumentById() throws Exception {
		GaoxinPrincipal chain = this.principals.get(CHAIN_LEADER);
		long other = this.chainDocuments.upload("QJ-NM", "other.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
				"matrix", DataScope.everything(Role.ADMIN));
		this.mvc.perform(get("/chains/QJ-NM/documents/{id}", other).with(user(chain))).andExpect(status().isNotFound());
		this.mvc.perform(get("/chains/QJ-SILK/documents/{id}", other).with(user(chain)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/chains/QJ-NM/documents/{id}/delete", other).with(user(chain)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.chainDocuments.of("QJ-NM", DataScope.everything(Role.ADMIN))).hasSize(1);
	}

	@Test
	void aChainLeaderCannotReachAnEnterpriseOffItsChain() throws Exception {
		GaoxinPrincipal chain = this.principals.get(CHAIN_LEADER);
		Enterprise offChain = this.enterprises.inZone(DemoAccounts.QIANJIANG, DataScope.everything(Role.ADMIN))
			.stream()
			.filter((e) -> !"QJ-SILK".equals(e.chainCode()))
			.findFirst()
			.orElseThrow();
		hidden(chain, offChain);
		hidden(chain, inOtherZone());
		this.mvc.perform(get("/enterprises/" + this.inScope.get(CHAIN_LEADER).id()).with(user(chain)))
			.andExpect(status().isOk());
	}

	@Test
	void aDepartmentOfAnotherZoneCannotReadOrChangeQianjiang() throws Exception {
		GaoxinPrincipal wulong = new GaoxinPrincipal("dept-wulong", null, "武隆区科技局", true,
				new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ"));
		Enterprise qianjiang = this.inScope.get(HEADQUARTERS);
		for (String url : List.of("/zones/QJ-HTZ/figures?year=2021", "/zones/QJ-HTZ/figures/gdp/history?year=2021",
				"/zones/QJ-HTZ/figures/export.csv?year=2021", "/evaluation?zone=QJ-HTZ&year=2021",
				"/evaluation/explain?zone=QJ-HTZ&year=2021&standard=CQ-MUNICIPAL-HTZ&indicator=C07",
				"/quality?zone=QJ-HTZ&year=2021", "/cultivation?zone=QJ-HTZ&year=2021", "/reports/review?zone=QJ-HTZ",
				"/api/v1/zones/QJ-HTZ/figures?year=2021", "/api/v1/zones/QJ-HTZ/evaluations?year=2021",
				"/api/v1/zones/QJ-HTZ/evaluations/history", "/api/v1/zones/QJ-HTZ/quality?year=2021",
				"/api/v1/zones/QJ-HTZ/cultivation?year=2021", "/api/v1/zones/QJ-HTZ/regional-shares?year=2021")) {
			this.mvc.perform(get(URI.create(url)).with(user(wulong)))
				.andExpect(status()
					.is(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(403)).or(org.hamcrest.Matchers.is(404))));
		}
		hidden(wulong, qianjiang);
		int version = this.figureVersion();
		this.mvc
			.perform(post("/zones/QJ-HTZ/figures/gdp").param("year", "2021")
				.param("value", "1")
				.param("version", String.valueOf(version))
				.with(user(wulong))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/zones/QJ-HTZ/figures/gdp").contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2021, \"number\": 1, \"version\": " + version + "}")
				.with(user(wulong)))
			.andExpect(status().isForbidden());
		assertThat(this.figureVersion()).as("Qianjiang's GDP unchanged").isEqualTo(version);
		for (String action : List.of("approve", "return", "reopen")) {
			this.mvc
				.perform(post("/reports/review/{id}/2021/" + action, qianjiang.id()).param("comment", "x")
					.param("reason", "x")
					.with(user(wulong))
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/reports/review/reopen").param("creditCode", qianjiang.creditCode())
				.param("year", "2021")
				.param("reason", "x")
				.with(user(wulong))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	/** Every address that names the enterprise by id or credit code: not found. */
	private void hidden(GaoxinPrincipal who, Enterprise other) throws Exception {
		for (String url : List.of("/enterprises/" + other.id(), "/enterprises/" + other.id() + "/qualification",
				"/api/v1/enterprises/" + other.creditCode(), "/api/v1/enterprises/" + other.creditCode() + "/reports",
				"/api/v1/enterprises/" + other.creditCode() + "/certificates",
				"/api/v1/enterprises/" + other.creditCode() + "/qualifications?year=2021")) {
			this.mvc.perform(get(URI.create(url)).with(user(who)))
				.andExpect(status().isNotFound())
				.andExpect(content()
					.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(other.name()))));
		}
		this.mvc.perform(get("/api/v1/enterprises").param("q", other.creditCode()).with(user(who)))
			.andExpect(jsonPath("$.total").value(0));
	}

	private Enterprise otherInQianjiang(long own) {
		return this.enterprises.inZone(DemoAccounts.QIANJIANG, DataScope.everything(Role.ADMIN))
			.stream()
			.filter((e) -> e.id() != own)
			.findFirst()
			.orElseThrow();
	}

	private Enterprise inOtherZone() {
		return this.enterprises.inZone("WL-IP", DataScope.everything(Role.ADMIN)).get(0);
	}

	private int figureVersion() throws Exception {
		return this.figures.of(DemoAccounts.QIANJIANG, 2021, DataScope.everything(Role.ADMIN))
			.stream()
			.filter((f) -> f.code().equals("gdp"))
			.findFirst()
			.orElseThrow()
			.version();
	}

	private static boolean denied(MvcResult result) {
		int status = result.getResponse().getStatus();
		String redirect = result.getResponse().getRedirectedUrl();
		return status == 401 || status == 403 || (redirect != null && redirect.endsWith("/login"));
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Route route, Who who) {
		Enterprise enterprise = this.inScope.get(who);
		Map<String, String> values = new HashMap<>();
		values.put("zone", DemoAccounts.QIANJIANG);
		values.put("year", "2021");
		values.put("id",
				route.pattern().contains("imports") ? UUID.randomUUID().toString() : String.valueOf(enterprise.id()));
		values.put("creditCode", enterprise.creditCode());
		values.put("code", route.pattern().contains("standards") ? "MATRIX" : "gdp");
		values.put("version", route.pattern().contains("standards") ? "1" : "1");
		values.put("format", "csv");
		values.put("name", "evaluate");
		values.put("metric", "high_tech_enterprises");
		values.put("targetYear", "2024");
		values.put("attachmentId", "1");
		values.put("kind", (who == ENTERPRISE) ? "annual-reports" : "enterprises");
		// the silk chain: the chain leader's own
		values.put("chain", "QJ-SILK");
		values.put("link", "QJ-SILK-ART");
		values.putAll(this.silkIds);
		// support policies: a demo policy's article, and a payment list id no zone has
		values.put("policy", "QJ-ILLUS-HTE");
		values.put("article", "A1");
		values.put("list", "999999");
		URI uri = UriComponentsBuilder.fromPath(route.pattern()).encode().buildAndExpand(values).toUri();
		AbstractMockHttpServletRequestBuilder<?> request;
		if (route.method() == RequestMethod.POST && route.multipart()) {
			request = MockMvcRequestBuilders.multipart(uri)
				.file(new MockMultipartFile("file", "m.yaml", "application/yaml", new byte[0]));
		}
		else {
			request = (route.method() == RequestMethod.POST) ? MockMvcRequestBuilders.post(uri)
					: MockMvcRequestBuilders.get(uri);
		}
		for (String parameter : route.parameters()) {
			String value = switch (parameter) {
				case "zone" -> DemoAccounts.QIANJIANG;
				case "year" -> "2021";
				case "standard" -> "CQ-MUNICIPAL-HTZ";
				case "indicator" -> "C07";
				case "aggregate" -> "high_tech_enterprises";
				case "value" -> "1";
				case "version" -> "1";
				case "kind" -> route.pattern().contains("quality") ? "MISSING_REPORT"
						: route.pattern().contains("login-locks") ? "ACCOUNT" : route.pattern().contains("metrics")
								? "INDICATOR" : (who == ENTERPRISE) ? "annual-reports" : "enterprises";
				case "key" -> route.pattern().contains("metrics") ? "matrix_metric" : "matrix-nobody";
				case "metric" -> "high_tech_enterprises";
				case "targetYear" -> "2024";
				case "comparison" -> "AT_LEAST";
				case "reference" -> "C07";
				case "unit" -> "ENTERPRISES";
				case "nameZh", "nameEn" -> "矩阵";
				case "budget", "rd", "staff", "ip", "revenue" -> "1";
				case "enterpriseId" -> String.valueOf(enterprise.id());
				case "status" -> "OPEN";
				case "creditCode" -> enterprise.creditCode();
				case "id" -> String.valueOf(enterprise.id());
				case "reason", "comment" -> "matrix";
				default -> null;
			};
			if (value != null) {
				request.param(parameter, value);
			}
		}
		if (route.jsonBody()) {
			request.contentType(MediaType.APPLICATION_JSON).content(jsonBody(route.pattern(), enterprise));
		}
		if (who != ANONYMOUS) {
			request.with(user(this.principals.get(who)));
		}
		return request.with(csrf());
	}

	private String silk(String sql) {
		return String.valueOf(this.jdbc.sql(sql).query(Long.class).single());
	}

	/** A chain API's body: a stage change, a target enterprise or a project. */
	private static String chainBody(String pattern) {
		if (pattern.endsWith("/stage")) {
			return "{\"stage\": \"NEGOTIATING\", \"version\": 0}";
		}
		if (pattern.endsWith("/targets")) {
			return "{\"name\": \"矩阵\"}";
		}
		return "{\"name\": \"矩阵\", \"investor\": \"矩阵\", \"currency\": \"CNY\", \"plannedAmount\": 1, "
				+ "\"plannedUsdRate\": 0.15, \"responsible\": \"矩阵\"}";
	}

	static List<Route> routes(RequestMappingHandlerMapping mapping) {
		return Routes.of(mapping)
			.stream()
			.filter((r) -> r.method() == RequestMethod.GET || r.method() == RequestMethod.POST)
			.toList();
	}

	/** A body inside the caller's scope for a JSON route, by what the route handles. */
	private static String jsonBody(String pattern, Enterprise enterprise) {
		if (pattern.contains("self-assessment")) {
			return SELF_ASSESSMENT;
		}
		if (pattern.contains("draft")) {
			return "{\"version\": 1, \"figures\": {}}";
		}
		if (pattern.contains("quality")) {
			return "{\"year\": 2021, \"kind\": \"MISSING_REPORT\", \"enterpriseId\": " + enterprise.id()
					+ ", \"status\": \"OPEN\"}";
		}
		if (pattern.contains("/tasks")) {
			return "{}";
		}
		if (pattern.contains("/policies/") || pattern.endsWith("/talent")) {
			return "{}";
		}
		if (pattern.contains("scenarios")) {
			return SCENARIO;
		}
		if (pattern.contains("qualitative")) {
			return QUALITATIVE;
		}
		if (pattern.startsWith("/api/v1/chains")) {
			return chainBody(pattern);
		}
		return "{\"year\": 2021, \"number\": 1, \"version\": 1}";
	}

}

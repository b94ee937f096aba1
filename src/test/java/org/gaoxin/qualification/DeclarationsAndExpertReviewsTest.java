package org.gaoxin.qualification;

import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditAction;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.ExpertScoreOutOfRange;
import org.gaoxin.qualification.rules.ExpertScores;
import org.gaoxin.qualification.rules.IpAcquisition;
import org.gaoxin.qualification.rules.Outcome;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What enterprises declare and what experts score: stored with who and when, audited old
 * → new, entered only by those whose word it is, and fed into the assessments. Every test
 * rolls back.
 */
@DemoApplicationTest
@Transactional
class DeclarationsAndExpertReviewsTest {

	private static final int YEAR = 2021;

	private static final DeclaredFacts CLEAN = new DeclaredFacts(false, false, false, false, false,
			IpAcquisition.OWN_RESEARCH, false);

	private static final ExpertScores FULL_MARKS = new ExpertScores(8, 8, 2, 6, 6, 4, 4, 6);

	@Autowired
	Declarations declarations;

	@Autowired
	ExpertReviews reviews;

	@Autowired
	EnterpriseAssessments assessments;

	@Autowired
	CultivationPool pool;

	@Autowired
	AuditLog audit;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	private GaoxinPrincipal enterprise;

	private GaoxinPrincipal department;

	private long own;

	private final DataScope headquarters = new DataScope(Role.HEADQUARTERS, DemoAccounts.QIANJIANG, null, null, null);

	@BeforeEach
	void signIn() {
		this.enterprise = principal(DemoAccounts.ENTERPRISE);
		this.department = principal(DemoAccounts.DEPARTMENT);
		this.own = this.enterprise.scope().enterpriseId();
	}

	@Test
	void aDeclarationIsStoredWithWhoAndWhenAndEveryChangeIsAudited() {
		Declaration first = SignedIn.as(this.enterprise,
				() -> this.declarations.declare(this.own, YEAR, CLEAN, this.enterprise.scope()));
		assertThat(first.declaredBy()).isEqualTo(DemoAccounts.ENTERPRISE);
		assertThat(first.declaredAt()).isNotNull();
		Declaration seen = this.declarations.find(this.own, YEAR, this.department.scope()).orElseThrow();
		assertThat(seen.facts()).isEqualTo(CLEAN);
		assertThat(seen.declaredBy()).isEqualTo(DemoAccounts.ENTERPRISE);

		DeclaredFacts listed = new DeclaredFacts(false, false, true, false, false, IpAcquisition.OWN_RESEARCH, false);
		SignedIn.as(this.enterprise, () -> this.declarations.declare(this.own, YEAR, listed, this.enterprise.scope()));

		List<AuditEntry> history = this.audit.forRecord("enterprise_declaration", this.own + "/" + YEAR);
		assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
		assertThat(history.get(1).field()).isEqualTo("abnormalOperationList");
		assertThat(history.get(1).oldValue()).isEqualTo("false");
		assertThat(history.get(1).newValue()).isEqualTo("true");
		assertThat(history).allSatisfy((entry) -> assertThat(entry.actor()).isEqualTo(DemoAccounts.ENTERPRISE));
		assertThat(this.declarations.history(this.own, YEAR, this.department.scope())).hasSize(2);
		assertThat(this.declarations.history(this.own, YEAR, this.enterprise.scope())).isEmpty();
	}

	@Test
	void onlyTheEnterprisesOwnUserDeclaresForIt() {
		long rows = rows();
		long other = otherQianjiangEnterprise();
		assertThatThrownBy(() -> this.declarations.declare(other, YEAR, CLEAN, this.enterprise.scope()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.declarations.declare(this.own, YEAR, CLEAN, this.department.scope()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.declarations.declare(this.own, YEAR, CLEAN, this.headquarters))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void aDeclarationSpeaksForAPastYearOrThisOne() {
		assertThatThrownBy(() -> this.declarations.declare(this.own, 2999, CLEAN, this.enterprise.scope()))
			.isInstanceOfSatisfying(MessageException.class,
					(ex) -> assertThat(TestTexts.en(ex.text())).startsWith("Nothing is declared or scored for 2999"));
	}

	@Test
	void expertScoresAreStoredWithWhoAndWhenAndEveryChangeIsAudited() {
		ExpertReview entered = SignedIn.as(this.department,
				() -> this.reviews.enter(this.own, YEAR, FULL_MARKS, this.department.scope()));
		assertThat(entered.enteredBy()).isEqualTo(DemoAccounts.DEPARTMENT);
		assertThat(this.reviews.find(this.own, YEAR, this.enterprise.scope()).orElseThrow().scores())
			.isEqualTo(FULL_MARKS);

		ExpertScores lower = new ExpertScores(7, 8, 2, 6, 6, 4, 4, null);
		SignedIn.as(this.department, () -> this.reviews.enter(this.own, YEAR, lower, this.department.scope()));

		List<AuditEntry> history = this.audit.forRecord("expert_review", this.own + "/" + YEAR);
		assertThat(history).extracting(AuditEntry::action)
			.containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.UPDATE);
		assertThat(history.subList(1, 3)).extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("technicalAdvancement", "8", "7"),
					org.assertj.core.groups.Tuple.tuple("ipAcquisition", "6", null));
		assertThat(history).allSatisfy((entry) -> assertThat(entry.actor()).isEqualTo(DemoAccounts.DEPARTMENT));
	}

	@Test
	void onlyTheZonesHeadquartersAndDepartmentsScore() {
		long rows = rows();
		DataScope otherZone = new DataScope(Role.DEPARTMENT, "WL-IP", null, null, "KJJ");
		assertThatThrownBy(() -> this.reviews.enter(this.own, YEAR, FULL_MARKS, otherZone))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reviews.enter(this.own, YEAR, FULL_MARKS, this.enterprise.scope()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.reviews.enter(this.own, YEAR, FULL_MARKS, DataScope.everything(Role.VIEWER)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rows()).isEqualTo(rows);
		this.reviews.enter(this.own, YEAR, FULL_MARKS, this.headquarters);
		assertThat(rows()).isGreaterThan(rows);
	}

	@Test
	void theDeclaredWayBoundsThePointsForHowTheIpWasObtained() {
		DeclaredFacts transferOnly = new DeclaredFacts(false, false, false, false, false,
				IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY, false);
		SignedIn.as(this.enterprise,
				() -> this.declarations.declare(this.own, YEAR, transferOnly, this.enterprise.scope()));

		this.reviews.enter(this.own, YEAR, withAcquisition(1), this.department.scope());
		this.reviews.enter(this.own, YEAR, withAcquisition(3), this.department.scope());
		assertThatThrownBy(() -> this.reviews.enter(this.own, YEAR, withAcquisition(4), this.department.scope()))
			.isInstanceOfSatisfying(ExpertScoreOutOfRange.class, (ex) -> {
				assertThat(ex.part()).isEqualTo(ExpertScores.Part.IP_ACQUISITION);
				assertThat(TestTexts.zh(ex.text())).contains("知识产权获得方式", "1–3");
			});
		assertThat(this.reviews.find(this.own, YEAR, this.department.scope()).orElseThrow().scores().ipAcquisition())
			.isEqualTo(3);
	}

	@Test
	void pointsScoredUnderAnotherWayAreLeftOutOnceTheEnterpriseDeclaresThisOne() {
		this.reviews.enter(this.own, YEAR, withAcquisition(6), this.department.scope());
		DeclaredFacts transferOnly = new DeclaredFacts(false, false, false, false, false,
				IpAcquisition.TRANSFER_GIFT_OR_MERGER_ONLY, false);
		SignedIn.as(this.enterprise,
				() -> this.declarations.declare(this.own, YEAR, transferOnly, this.enterprise.scope()));

		QualificationFacts facts = this.assessments.facts(this.own, YEAR, this.department.scope()).orElseThrow();
		assertThat(facts.experts().ipAcquisition()).isEqualTo(6);
		assertThat(facts.highTechInputs().application().experts().ipAcquisition()).isNull();
	}

	/**
	 * A candidate ready to apply depends on its declarations and the experts; once both
	 * are in, it is decided, on its page and in the pool. Full marks add at most 42 to
	 * the lowest score the figures allow (IP capped at 30), so a lowest score of 29 or
	 * more passes with them; zero marks leave at most 59.
	 */
	@Test
	void aCandidateThatDependedIsDecidedOnceDeclaredAndScored() {
		List<Candidate> ready = this.pool.pool(DemoAccounts.QIANJIANG, YEAR, this.headquarters)
			.candidates()
			.stream()
			.filter((c) -> c.readiness() == Readiness.READY && c.techSme() && c.scoreMin() >= 29)
			.toList();
		assertThat(ready).hasSizeGreaterThanOrEqualTo(2);
		Candidate passing = ready.get(0);
		Candidate failing = ready.get(1);
		assertThat(outcomes(passing.enterpriseId())).containsExactly(Outcome.DEPENDS, Outcome.DEPENDS);
		assertThat(passing.gaps()).extracting(TestTexts::en).contains("to be declared by the enterprise");

		declareCleanAsItsOwnUser(passing.enterpriseId());
		this.reviews.enter(passing.enterpriseId(), YEAR, FULL_MARKS, this.headquarters);
		declareCleanAsItsOwnUser(failing.enterpriseId());
		this.reviews.enter(failing.enterpriseId(), YEAR, new ExpertScores(0, 0, 0, 0, 0, 0, 0, 1), this.headquarters);

		assertThat(outcomes(passing.enterpriseId())).containsExactly(Outcome.PASS, Outcome.PASS);
		assertThat(outcomes(failing.enterpriseId()).get(0)).isEqualTo(Outcome.FAIL);
		assertThat(outcomes(failing.enterpriseId()).get(1)).isNotEqualTo(Outcome.DEPENDS);
		Candidate inPool = this.pool.pool(DemoAccounts.QIANJIANG, YEAR, this.headquarters)
			.candidates()
			.stream()
			.filter((c) -> c.enterpriseId() == passing.enterpriseId())
			.findFirst()
			.orElseThrow();
		assertThat(inPool.gaps()).isEmpty();
		assertThat(inPool.scoreMin()).isGreaterThanOrEqualTo(71);
	}

	private List<Outcome> outcomes(long id) {
		EnterpriseAssessment a = this.assessments.assess(id, YEAR, this.headquarters).orElseThrow();
		return List.of(a.highTechOutcome(), a.techSme().outcome());
	}

	/**
	 * The candidate's own user declares a clean record for the year and the one before.
	 */
	private void declareCleanAsItsOwnUser(long id) {
		GaoxinPrincipal itsUser = new GaoxinPrincipal("candidate-" + id, null, "企业", true,
				new DataScope(Role.ENTERPRISE, DemoAccounts.QIANJIANG, id, null, null));
		SignedIn.as(itsUser, () -> this.declarations.declare(id, YEAR - 1, CLEAN, itsUser.scope()));
		SignedIn.as(itsUser, () -> this.declarations.declare(id, YEAR, CLEAN, itsUser.scope()));
	}

	private static ExpertScores withAcquisition(int points) {
		return new ExpertScores(8, 8, 0, 6, 6, 4, 4, points);
	}

	private long otherQianjiangEnterprise() {
		return this.jdbc.sql("SELECT MIN(id) FROM enterprise WHERE zone_code = :zone AND id <> :own")
			.param("zone", DemoAccounts.QIANJIANG)
			.param("own", this.own)
			.query(Long.class)
			.single();
	}

	private long rows() {
		return this.jdbc
			.sql("SELECT (SELECT COUNT(*) FROM enterprise_declaration) + (SELECT COUNT(*) FROM expert_review)"
					+ " + (SELECT COUNT(*) FROM audit_log)")
			.query(Long.class)
			.single();
	}

	private GaoxinPrincipal principal(String username) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(username);
	}

}

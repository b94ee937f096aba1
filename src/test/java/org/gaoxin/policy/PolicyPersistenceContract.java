package org.gaoxin.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.ConflictException;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.SignedIn;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the policy module stores, on every supported engine (H2 and PostgreSQL): the
 * shipped policy versions with their hashes, a payment list prepared, refused to its own
 * preparer, approved by another person, paid once — twice refused by the service and by
 * the database — and counted on its budget line; the talent register. Tests roll back.
 */
abstract class PolicyPersistenceContract {

	private static final String ZONE = DemoAccounts.QIANJIANG;

	@Autowired
	Disbursements disbursements;

	@Autowired
	PolicyMatching matching;

	@Autowired
	Policies policies;

	@Autowired
	Talents talents;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private GaoxinPrincipal user(String name) {
		return (GaoxinPrincipal) this.users.loadUserByUsername(name);
	}

	@Test
	void theShippedPoliciesAreRecordedWithTheirHashes() {
		assertThat(this.policies.versions()).extracting(PolicyVersion::reference)
			.contains("QJ-ILLUS-HTE@1", "QJ-ILLUS-RD@1", "QJ-ILLUS-TALENT@1");
		assertThat(this.policies.versions()).allSatisfy((v) -> assertThat(v.checksum()).hasSize(64));
	}

	@Test
	@Transactional
	void aListIsPreparedApprovedByAnotherPersonAndPaidOnce() {
		GaoxinPrincipal hq = user(DemoAccounts.HEADQUARTERS);
		GaoxinPrincipal dept = user(DemoAccounts.DEPARTMENT);
		GaoxinPrincipal admin = user(DemoAccounts.ADMIN);
		ArticleResult matches = this.matching.article(ZONE, 2021, this.policies.offered("QJ-ILLUS-HTE"), "A1");
		PaymentList list = SignedIn.as(hq,
				() -> this.disbursements.generate(ZONE, "QJ-ILLUS-HTE", "A1", 2021, hq.scope()));
		assertThat(list.status()).isEqualTo(ListStatus.DRAFT);
		assertThat(list.preparedBy()).isEqualTo(DemoAccounts.HEADQUARTERS);
		assertThat(list.lines()).hasSize(matches.payable().size()).isNotEmpty();
		assertThat(list.total()).isEqualByComparingTo(matches.total());
		assertThat(list.lines().get(0).remark()).contains("当年首次认定高新技术企业");
		// the preparer may not approve; a department may not approve at all
		assertThatThrownBy(() -> SignedIn.as(hq, () -> this.disbursements.approve(ZONE, list.id(), hq.scope())))
			.isInstanceOf(ConflictException.class)
			.satisfies((ex) -> assertThat(TestTexts.zh(((ConflictException) ex).text()))
				.isEqualTo("清单由 demo-hq 拟定,须由另一人审批"));
		assertThatThrownBy(() -> SignedIn.as(dept, () -> this.disbursements.approve(ZONE, list.id(), dept.scope())))
			.isInstanceOf(AccessDeniedException.class);
		// payments wait for the approval
		PaymentLine line = list.lines().get(0);
		Disbursements.Payment payment = new Disbursements.Payment(line.id(), line.amount(), LocalDate.of(2022, 3, 15),
				"记-2022-0315-01");
		assertThatThrownBy(
				() -> SignedIn.as(dept, () -> this.disbursements.pay(ZONE, list.id(), payment, dept.scope())))
			.isInstanceOf(ConflictException.class);
		PaymentList approved = SignedIn.as(admin, () -> this.disbursements.approve(ZONE, list.id(), admin.scope()));
		assertThat(approved.status()).isEqualTo(ListStatus.APPROVED);
		assertThat(approved.approvedBy()).isEqualTo(DemoAccounts.ADMIN);
		PaymentList paid = SignedIn.as(dept, () -> this.disbursements.pay(ZONE, list.id(), payment, dept.scope()));
		assertThat(paid.lines().get(0).paid()).isTrue();
		assertThat(paid.lines().get(0).voucherNo()).isEqualTo("记-2022-0315-01");
		// paying twice: refused in words, and by the database's constraint underneath
		assertThatThrownBy(
				() -> SignedIn.as(dept, () -> this.disbursements.pay(ZONE, list.id(), payment, dept.scope())))
			.isInstanceOf(ConflictException.class)
			.satisfies((ex) -> assertThat(TestTexts.en(((ConflictException) ex).text())).isEqualTo(line.subjectName()
					+ " has been paid for article A1 of 2021 already;" + " a payment is never recorded twice"));
		// an approved list is not prepared again
		assertThatThrownBy(() -> SignedIn.as(dept,
				() -> this.disbursements.generate(ZONE, "QJ-ILLUS-HTE", "A1", 2021, dept.scope())))
			.isInstanceOf(ConflictException.class);
		BudgetLine budget = this.disbursements.budget(ZONE, 2021, hq.scope())
			.stream()
			.filter((b) -> b.policyCode().equals("QJ-ILLUS-HTE") && b.articleCode().equals("A1"))
			.findFirst()
			.orElseThrow();
		assertThat(budget.planned()).isEqualByComparingTo("300");
		assertThat(budget.committed()).isEqualByComparingTo(list.total());
		assertThat(budget.paid()).isEqualByComparingTo(line.amount());
		assertThat(this.audit.forRecord("paymentList", list.id())).extracting((e) -> e.actor())
			.contains(DemoAccounts.HEADQUARTERS, DemoAccounts.ADMIN);
		// last: on PostgreSQL the refused statement ends the test's transaction
		assertThatThrownBy(() -> this.jdbc.sql("""
				INSERT INTO policy_payment (line_id, policy_code, article_code, pay_year, subject_key, enterprise_id,
				                            amount, paid_on, voucher_no, recorded_by, recorded_at)
				VALUES (:line, 'QJ-ILLUS-HTE', 'A1', 2021, :key, :enterprise, 1, DATE '2022-03-16', 'x', 'sql',
				        CURRENT_TIMESTAMP)""")
			.param("line", list.lines().get(1).id())
			.param("key", line.subjectKey())
			.param("enterprise", line.enterpriseId())
			.update()).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	@Transactional
	void aPaymentAboveTheLinesAmountIsRefused() {
		GaoxinPrincipal dept = user(DemoAccounts.DEPARTMENT);
		GaoxinPrincipal hq = user(DemoAccounts.HEADQUARTERS);
		PaymentList list = SignedIn.as(dept,
				() -> this.disbursements.generate(ZONE, "QJ-ILLUS-HTE", "A2", 2021, dept.scope()));
		SignedIn.as(hq, () -> this.disbursements.approve(ZONE, list.id(), hq.scope()));
		PaymentLine line = list.lines().get(0);
		assertThatThrownBy(() -> SignedIn.as(dept,
				() -> this.disbursements.pay(ZONE, list.id(),
						new Disbursements.Payment(line.id(), line.amount().add(new BigDecimal("0.01")),
								LocalDate.of(2022, 1, 5), "V1"),
						dept.scope())))
			.isInstanceOf(org.gaoxin.shared.InputRefused.class);
		assertThat(this.disbursements.get(ZONE, list.id(), hq.scope()).paid()).isZero();
	}

	@Test
	@Transactional
	void anotherZonesListIsNotFound() {
		GaoxinPrincipal dept = user(DemoAccounts.DEPARTMENT);
		PaymentList list = SignedIn.as(dept,
				() -> this.disbursements.generate(ZONE, "QJ-ILLUS-HTE", "A1", 2021, dept.scope()));
		assertThatThrownBy(() -> this.disbursements.get("WL-IP", list.id(), DataScope.everything(Role.ADMIN)))
			.isInstanceOf(org.gaoxin.shared.NotFoundException.class);
	}

	@Test
	@Transactional
	void aRegisteredTalentIsAuditedCountedAndMatched() {
		GaoxinPrincipal dept = user(DemoAccounts.DEPARTMENT);
		long employer = this.matching.candidates(ZONE, 2021).get(0).enterpriseId();
		Talent talent = SignedIn.as(dept, () -> this.talents.register(ZONE,
				new Talents.TalentDraft("测试人才", "NATIONAL", "新材料", employer, "测试计划", 2021), dept.scope()));
		List<Talent> register = this.talents.list(ZONE, dept.scope());
		assertThat(register).extracting(Talent::name).contains("测试人才");
		assertThat(Talents.perEnterprise(register)).containsKey(talent.enterpriseName());
		assertThat(this.audit.forRecord("talent", talent.id())).isNotEmpty();
		ArticleResult award = this.matching.article(ZONE, 2021, this.policies.offered("QJ-ILLUS-TALENT"), "A2");
		// national: 50 万元, the article's cap per person
		assertThat(award.matches()).filteredOn((m) -> talent.id() == m.candidate().talentId())
			.singleElement()
			.satisfies((m) -> assertThat(m.amount()).isEqualByComparingTo("50"));
	}

	@Test
	@Transactional
	void aRetiredVersionIsNoLongerMatched() {
		assertThat(this.policies.retire("QJ-ILLUS-RD", "1", DataScope.everything(Role.ADMIN))).isTrue();
		assertThat(this.policies.offered()).extracting(Policy::code).doesNotContain("QJ-ILLUS-RD");
		assertThat(this.policies.retire("QJ-ILLUS-RD", "1", DataScope.everything(Role.ADMIN))).isFalse();
		assertThatThrownBy(() -> this.policies.retire("QJ-ILLUS-HTE", "1",
				new DataScope(Role.HEADQUARTERS, ZONE, null, null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

}

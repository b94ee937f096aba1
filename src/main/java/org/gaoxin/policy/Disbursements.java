package org.gaoxin.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.ConflictException;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.web.Texts;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disbursement (政策兑现): the zone's staff prepare an article's payment list for a year from
 * its matches, a second person of headquarters (or an administrator) approves it, and
 * staff record what was paid, line by line. Who: administrators, headquarters and
 * departments prepare and record payments; administrators and headquarters approve, never
 * their own list; viewers read; chain leaders and enterprise users see no lists (they
 * name every enterprise paid). Every step is audited; a payment is recorded once per
 * enterprise (or talent), article and year — the database's unique constraint says so
 * too.
 */
@Service
public class Disbursements {

	private final JdbcClient jdbc;

	private final Policies policies;

	private final PolicyMatching matching;

	private final Regions regions;

	private final AuditLog audit;

	private final Texts texts;

	private final Clock clock;

	Disbursements(JdbcClient jdbc, Policies policies, PolicyMatching matching, Regions regions, AuditLog audit,
			Texts texts, Clock clock) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.matching = matching;
		this.regions = regions;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	/** Reads the zone's payment lists and budget lines. */
	public static boolean canRead(DataScope scope, String zone) {
		return scope.role() != Role.ENTERPRISE && scope.role() != Role.CHAIN_LEADER && scope.canReadZone(zone);
	}

	/** Prepares a list and records payments: the staff who change the zone's figures. */
	public static boolean canPrepare(DataScope scope, String zone) {
		return scope.canEditFigures(zone);
	}

	/** Approves a list: headquarters and administrators (never their own list). */
	public static boolean canApprove(DataScope scope, String zone) {
		return (scope.role() == Role.ADMIN || scope.role() == Role.HEADQUARTERS) && scope.canReadZone(zone);
	}

	/**
	 * Prepares (or prepares again, while not approved) the article's list for the year
	 * from the matches with something to pay; audited.
	 */
	@Transactional
	public PaymentList generate(String zone, String policyCode, String articleCode, int year, DataScope scope) {
		if (!canPrepare(scope, zone)) {
			throw new AccessDeniedException("Only the zone's staff prepare payment lists");
		}
		this.regions.readable(zone, scope);
		Policy policy = this.policies.offered(policyCode);
		if (!policy.inForce(year)) {
			throw new InputRefused(
					Message.of("policy.error.notInForce", policy.name(), year, policy.validFrom(), policy.validTo()),
					"year", "policyYear");
		}
		Article article = policy.article(articleCode)
			.orElseThrow(() -> new NotFoundException("No article " + articleCode));
		ArticleResult result = this.matching.article(zone, year, policy, articleCode);
		List<Match> payable = result.payable();
		if (payable.isEmpty()) {
			throw new MessageException(Message.of("policy.list.empty", article.name(), year));
		}
		BigDecimal total = result.total();
		Long existing = this.jdbc.sql("""
				SELECT id FROM payment_list
				WHERE zone_code = :zone AND policy_code = :policy AND article_code = :article AND pay_year = :year""")
			.param("zone", zone)
			.param("policy", policy.code())
			.param("article", article.code())
			.param("year", year)
			.query(Long.class)
			.optional()
			.orElse(null);
		long id;
		if (existing != null) {
			PaymentList before = load(existing);
			if (before.status() != ListStatus.DRAFT) {
				throw new ConflictException(Message.of("policy.list.approvedAlready", article.name(), year));
			}
			this.jdbc.sql("DELETE FROM payment_line WHERE list_id = :id").param("id", existing).update();
			this.jdbc.sql("""
					UPDATE payment_list SET policy_version = :version, total_amount = :total, prepared_by = :by,
					       prepared_at = :at, version = version + 1 WHERE id = :id""")
				.param("version", policy.version())
				.param("total", total)
				.param("by", this.audit.actor())
				.param("at", OffsetDateTime.now(this.clock))
				.param("id", existing)
				.update();
			this.audit.updated("paymentList", existing,
					Map.of("total", before.total().toPlainString(), "lines", before.lines().size(), "preparedBy",
							before.preparedBy()),
					Map.of("total", total.toPlainString(), "lines", payable.size(), "preparedBy", this.audit.actor()));
			id = existing;
		}
		else {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("""
					INSERT INTO payment_list (zone_code, policy_code, policy_version, article_code, pay_year, status,
					                          total_amount, prepared_by, prepared_at)
					VALUES (:zone, :policy, :version, :article, :year, :status, :total, :by, :at)""")
				.param("zone", zone)
				.param("policy", policy.code())
				.param("version", policy.version())
				.param("article", article.code())
				.param("year", year)
				.param("status", ListStatus.DRAFT.name())
				.param("total", total)
				.param("by", this.audit.actor())
				.param("at", OffsetDateTime.now(this.clock))
				.update(keys, "id");
			id = keys.getKey().longValue();
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("zone", zone);
			values.put("policy", policy.reference());
			values.put("article", article.code());
			values.put("year", year);
			values.put("status", ListStatus.DRAFT);
			values.put("total", total.toPlainString());
			values.put("lines", payable.size());
			this.audit.created("paymentList", id, values);
		}
		int no = 1;
		for (Match match : payable) {
			String remark = Reasons.of(match, article)
				.stream()
				.map((m) -> this.texts.render(m, Texts.CHINESE))
				.collect(Collectors.joining(";"));
			this.jdbc
				.sql("""
						INSERT INTO payment_line (list_id, line_no, subject_key, enterprise_id, subject_name, amount, remark)
						VALUES (:list, :no, :key, :enterprise, :name, :amount, :remark)""")
				.param("list", id)
				.param("no", no++)
				.param("key", match.candidate().key())
				.param("enterprise", match.candidate().enterpriseId())
				.param("name", match.candidate().name())
				.param("amount", match.amount())
				.param("remark", (remark.length() > 1000) ? remark.substring(0, 999) + "…" : remark)
				.update();
		}
		return load(id);
	}

	/** Approves a prepared list: another person than the one who prepared it; audited. */
	@Transactional
	public PaymentList approve(String zone, long listId, DataScope scope) {
		if (!canApprove(scope, zone)) {
			throw new AccessDeniedException("Only headquarters approves payment lists");
		}
		PaymentList list = get(zone, listId, scope);
		if (list.status() != ListStatus.DRAFT) {
			throw new ConflictException(Message.of("policy.list.notDraft"));
		}
		String actor = this.audit.actor();
		if (actor.equals(list.preparedBy())) {
			throw new ConflictException(Message.of("policy.list.samePerson", list.preparedBy()));
		}
		int changed = this.jdbc.sql("""
				UPDATE payment_list SET status = :status, approved_by = :by, approved_at = :at, version = version + 1
				WHERE id = :id AND status = :draft""")
			.param("status", ListStatus.APPROVED.name())
			.param("by", actor)
			.param("at", OffsetDateTime.now(this.clock))
			.param("id", listId)
			.param("draft", ListStatus.DRAFT.name())
			.update();
		if (changed == 0) {
			// another approver was quicker
			throw new ConflictException(Message.of("policy.list.notDraft"));
		}
		this.audit.updated("paymentList", listId, Map.of("status", ListStatus.DRAFT, "approvedBy", ""),
				Map.of("status", ListStatus.APPROVED, "approvedBy", actor));
		return load(listId);
	}

	/** What a payment form sends; every field is checked here. */
	public record Payment(Long lineId, BigDecimal amount, LocalDate paidOn, String voucherNo) {

	}

	/**
	 * Records what was paid on a line of an approved list; refused when the enterprise
	 * (or talent) was paid for the article and year already; audited.
	 */
	@Transactional
	public PaymentList pay(String zone, long listId, Payment payment, DataScope scope) {
		if (!canPrepare(scope, zone)) {
			throw new AccessDeniedException("Only the zone's staff record payments");
		}
		PaymentList list = get(zone, listId, scope);
		if (payment.lineId() == null) {
			throw new InputRefused("lineId", "required");
		}
		PaymentLine line = list.lines()
			.stream()
			.filter((l) -> l.id() == payment.lineId())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No line " + payment.lineId()));
		if (list.status() != ListStatus.APPROVED) {
			throw new ConflictException(Message.of("policy.payment.notApproved"));
		}
		if (payment.amount() == null) {
			throw new InputRefused("amount", "required");
		}
		if (payment.amount().signum() <= 0 || payment.amount().compareTo(line.amount()) > 0
				|| payment.amount().scale() > 2) {
			throw new InputRefused(Message.of("policy.payment.amount", PolicyInputs.wan(line.amount())), "amount",
					"range");
		}
		if (payment.paidOn() == null) {
			throw new InputRefused("paidOn", "required");
		}
		if (payment.paidOn().getYear() < list.year() || payment.paidOn().getYear() > 2100) {
			throw new InputRefused(Message.of("policy.payment.date", list.year()), "paidOn", "range");
		}
		String voucher = (payment.voucherNo() != null) ? payment.voucherNo().strip() : "";
		if (voucher.isEmpty()) {
			throw new InputRefused("voucherNo", "required");
		}
		if (voucher.length() > 64) {
			throw new InputRefused("voucherNo", "tooLong", 64);
		}
		if (voucher.chars().anyMatch(Character::isISOControl)) {
			throw new InputRefused("voucherNo", "invalid");
		}
		Message twice = Message.of("policy.payment.twice", line.subjectName(), list.articleCode(), list.year());
		Integer paid = this.jdbc.sql("""
				SELECT COUNT(*) FROM policy_payment
				WHERE policy_code = :policy AND article_code = :article AND pay_year = :year AND subject_key = :key""")
			.param("policy", list.policyCode())
			.param("article", list.articleCode())
			.param("year", list.year())
			.param("key", line.subjectKey())
			.query(Integer.class)
			.single();
		if (paid > 0) {
			throw new ConflictException(twice);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		try {
			this.jdbc
				.sql("""
						INSERT INTO policy_payment (line_id, policy_code, article_code, pay_year, subject_key, enterprise_id,
						                            amount, paid_on, voucher_no, recorded_by, recorded_at)
						VALUES (:line, :policy, :article, :year, :key, :enterprise, :amount, :on, :voucher, :by, :at)""")
				.param("line", line.id())
				.param("policy", list.policyCode())
				.param("article", list.articleCode())
				.param("year", list.year())
				.param("key", line.subjectKey())
				.param("enterprise", line.enterpriseId())
				.param("amount", payment.amount())
				.param("on", payment.paidOn())
				.param("voucher", voucher)
				.param("by", this.audit.actor())
				.param("at", OffsetDateTime.now(this.clock))
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			// another clerk recorded it between the check and the insert
			throw new ConflictException(twice);
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("list", listId);
		values.put("line", line.lineNo());
		values.put("subject", line.subjectName());
		values.put("amount", payment.amount().toPlainString());
		values.put("paidOn", payment.paidOn());
		values.put("voucherNo", voucher);
		this.audit.created("policyPayment", keys.getKey().longValue(), values);
		return load(listId);
	}

	/** A list of the zone (not found outside it, or for a caller who reads no lists). */
	@Transactional(readOnly = true)
	public PaymentList get(String zone, long listId, DataScope scope) {
		if (!canRead(scope, zone)) {
			throw new AccessDeniedException("Payment lists are the zone staff's");
		}
		this.regions.readable(zone, scope);
		PaymentList list = find(listId);
		if (list == null || !list.zoneCode().equals(zone)) {
			throw new NotFoundException("No payment list " + listId);
		}
		return list;
	}

	/** The zone's lists of the year, by policy and article. */
	@Transactional(readOnly = true)
	public List<PaymentList> lists(String zone, int year, DataScope scope) {
		if (!canRead(scope, zone)) {
			throw new AccessDeniedException("Payment lists are the zone staff's");
		}
		this.regions.readable(zone, scope);
		return this.jdbc.sql("""
				SELECT id FROM payment_list WHERE zone_code = :zone AND pay_year = :year
				ORDER BY policy_code, article_code""")
			.param("zone", zone)
			.param("year", year)
			.query(Long.class)
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	/**
	 * Every offered article's budget line in the zone and year: planned, committed, paid.
	 */
	@Transactional(readOnly = true)
	public List<BudgetLine> budget(String zone, int year, DataScope scope) {
		Map<String, BigDecimal[]> sums = new HashMap<>();
		for (PaymentList list : lists(zone, year, scope)) {
			BigDecimal[] sum = sums.computeIfAbsent(list.policyCode() + "/" + list.articleCode(),
					(k) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			if (list.status() == ListStatus.APPROVED) {
				sum[0] = sum[0].add(list.total());
			}
			sum[1] = sum[1].add(list.paid());
		}
		List<BudgetLine> lines = new ArrayList<>();
		for (Policy policy : this.policies.offered()) {
			for (Article article : policy.articles()) {
				BigDecimal[] sum = sums.getOrDefault(policy.code() + "/" + article.code(),
						new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
				lines.add(new BudgetLine(policy.code(), article.code(), article.budgetLine(),
						policy.inForce(year) ? article.budgetPlanned() : BigDecimal.ZERO, sum[0], sum[1]));
			}
		}
		return lines;
	}

	private PaymentList find(long id) {
		Integer found = this.jdbc.sql("SELECT COUNT(*) FROM payment_list WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		return (found > 0) ? load(id) : null;
	}

	private PaymentList load(long id) {
		List<PaymentLine> lines = this.jdbc
			.sql("""
					SELECT l.id, l.line_no, l.subject_key, l.enterprise_id, e.credit_code, l.subject_name, l.amount, l.remark,
					       p.amount AS paid_amount, p.paid_on, p.voucher_no
					FROM payment_line l JOIN enterprise e ON e.id = l.enterprise_id
					LEFT JOIN policy_payment p ON p.line_id = l.id
					WHERE l.list_id = :id ORDER BY l.line_no""")
			.param("id", id)
			.query((rs, row) -> new PaymentLine(rs.getLong("id"), rs.getInt("line_no"), rs.getString("subject_key"),
					rs.getLong("enterprise_id"), rs.getString("credit_code"), rs.getString("subject_name"),
					rs.getBigDecimal("amount"), rs.getString("remark"), rs.getBigDecimal("paid_amount"),
					rs.getObject("paid_on", LocalDate.class), rs.getString("voucher_no")))
			.list();
		return this.jdbc.sql("SELECT * FROM payment_list WHERE id = :id").param("id", id).query((rs, row) -> {
			OffsetDateTime approved = rs.getObject("approved_at", OffsetDateTime.class);
			return new PaymentList(rs.getLong("id"), rs.getString("zone_code"), rs.getString("policy_code"),
					rs.getString("policy_version"), rs.getString("article_code"), rs.getInt("pay_year"),
					ListStatus.valueOf(rs.getString("status")), rs.getBigDecimal("total_amount"),
					rs.getString("prepared_by"), rs.getObject("prepared_at", OffsetDateTime.class).toInstant(),
					rs.getString("approved_by"), (approved != null) ? approved.toInstant() : null, rs.getInt("version"),
					lines);
		}).single();
	}

}

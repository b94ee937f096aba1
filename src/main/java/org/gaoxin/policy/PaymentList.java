package org.gaoxin.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payment list (兑现清单) of one article for a zone and year: prepared by one person from
 * the matches, approved by another, then paid line by line.
 */
public record PaymentList(long id, String zoneCode, String policyCode, String policyVersion, String articleCode,
		int year, ListStatus status, BigDecimal total, String preparedBy, Instant preparedAt, String approvedBy,
		Instant approvedAt, int version, List<PaymentLine> lines) {

	public PaymentList {
		lines = List.copyOf(lines);
	}

	public BigDecimal paid() {
		return this.lines.stream()
			.filter(PaymentLine::paid)
			.map(PaymentLine::paidAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}

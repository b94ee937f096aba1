package org.gaoxin.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of a payment list: the enterprise (or talent, through the employer), the amount
 * (万元), the reason as a remark, and what was paid, if it was.
 */
public record PaymentLine(long id, int lineNo, String subjectKey, long enterpriseId, String creditCode,
		String subjectName, BigDecimal amount, String remark, BigDecimal paidAmount, LocalDate paidOn,
		String voucherNo) {

	public boolean paid() {
		return this.paidOn != null;
	}

}

package org.gaoxin.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money as a message argument, held in thousand yuan (the Torch survey's
 * unit) and shown as people say it: 万元 in Chinese, million yuan in English, exactly.
 */
public record Money(BigDecimal thousandYuan) {

	public Money {
		Objects.requireNonNull(thousandYuan, "thousandYuan");
	}

	public static Money thousandYuan(BigDecimal amount) {
		return new Money(amount);
	}

	public BigDecimal wanYuan() {
		return this.thousandYuan.movePointLeft(1);
	}

	public BigDecimal millionYuan() {
		return this.thousandYuan.movePointLeft(3);
	}

}

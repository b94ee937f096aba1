package org.gaoxin.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;

/**
 * One zone or district compared: its value and the year before's, the change, its rank
 * among the rows that have a value (1, 2, 2, 4; the better direction first), its share of
 * the region's total (null unless the measure adds up and every district is known), and
 * why the value is missing.
 */
public record BenchmarkRow(String code, LocalizedText name, BigDecimal value, BigDecimal previous, BigDecimal changePct,
		Integer rank, BigDecimal sharePct, boolean chosen, List<Message> missing) {

	public String displayValue() {
		return show(this.value, 2);
	}

	public String displayPrevious() {
		return show(this.previous, 2);
	}

	/** One decimal, kept (16.0 %), so the column reads evenly. */
	public String displayChange() {
		return (this.changePct != null) ? this.changePct.setScale(1, RoundingMode.HALF_UP).toPlainString() : "—";
	}

	public String displayShare() {
		return (this.sharePct != null) ? this.sharePct.setScale(1, RoundingMode.HALF_UP).toPlainString() : "—";
	}

	static String show(BigDecimal number, int places) {
		if (number == null) {
			return "—";
		}
		BigDecimal rounded = number.setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.scale() < 0) ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

}

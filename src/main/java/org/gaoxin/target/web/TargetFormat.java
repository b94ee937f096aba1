package org.gaoxin.target.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gaoxin.shared.Money;
import org.gaoxin.shared.Unit;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.target.CountGoal;
import org.gaoxin.target.Growth;
import org.gaoxin.target.Metric;
import org.gaoxin.target.MetricTrack;
import org.gaoxin.target.Projection;
import org.gaoxin.target.YearValue;
import org.gaoxin.target.TargetStatus;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the target pages write numbers: values to the precision their unit warrants, growth
 * in percent, money as people say it (万元, million yuan), statuses as traffic lights.
 * Templates reach it as {@code @targetFormat}.
 */
@Component("targetFormat")
public class TargetFormat {

	private static final BigDecimal THOUSAND = new BigDecimal("1000");

	private final Texts texts;

	private static final java.util.Set<Unit> COUNTED = java.util.EnumSet.of(Unit.PERSONS, Unit.ENTERPRISES,
			Unit.INSTITUTIONS, Unit.PROJECTS, Unit.ITEMS, Unit.INDICATORS);

	TargetFormat(Texts texts) {
		this.texts = texts;
	}

	/** A metric's value with its unit, to the metric's one precision. */
	public String value(Metric metric, BigDecimal value) {
		return measure(metric.unit(), value);
	}

	/**
	 * A value with its unit ("548家", "4,280 10k USD", "3.50%"), grouped the reader's way,
	 * to one precision per unit so a metric reads alike in the table and the headline;
	 * "—" when there is none.
	 */
	public String measure(Unit unit, BigDecimal value) {
		if (value == null) {
			return "—";
		}
		String number = grouped(value, scale(unit));
		if (unit == null || unit == Unit.YES_NO) {
			return number;
		}
		return this.texts.get((unit == Unit.PERCENT) ? "target.measure.percent" : "target.measure", number,
				unitWord(unit, value));
	}

	/**
	 * Counted units say one of them in the singular ("1 enterprise", "2 enterprises").
	 */
	private String unitWord(Unit unit, BigDecimal value) {
		boolean one = value.compareTo(BigDecimal.ONE) == 0;
		return (one && COUNTED.contains(unit)) ? this.texts.get("target.unit.one." + unit.name())
				: this.texts.label(unit);
	}

	/**
	 * A value without its unit, to the unit's precision: the bounds of an interval whose
	 * value carries the unit.
	 */
	public String quantity(Unit unit, BigDecimal value) {
		return (value != null) ? grouped(value, scale(unit)) : "—";
	}

	/** A number with two decimals at most, grouped the reader's way. */
	public String number(BigDecimal value) {
		return (value != null) ? grouped(value, 2) : "—";
	}

	/**
	 * Decimals a unit's values are shown with: none for what is counted whole and for
	 * amounts in 万 or thousands, one for 亿元 and items, two for shares and scores, three
	 * for intensities.
	 */
	static int scale(Unit unit) {
		if (unit == null) {
			return 2;
		}
		return switch (unit) {
			case ENTERPRISES, INSTITUTIONS, PROJECTS, PERSONS, INDICATORS, WAN_YUAN, WAN_USD, THOUSAND_YUAN, TCE,
					YES_NO ->
				0;
			case TCE_PER_WAN_YUAN -> 3;
			// items may be per head (invention patents per 10,000 people: 8.9)
			case YI_YUAN, ITEMS -> 1;
			case KM2, PERCENT, SCORE -> 2;
		};
	}

	private static String grouped(BigDecimal value, int scale) {
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setGroupingUsed(true);
		format.setMinimumFractionDigits(scale);
		format.setMaximumFractionDigits(scale);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value.setScale(scale, RoundingMode.HALF_UP));
	}

	/**
	 * A number for a chart's data table: plain, four decimals at most, empty when none.
	 */
	public String data(BigDecimal value) {
		return (value != null) ? Texts.plain(value.setScale(4, RoundingMode.HALF_UP)) : "";
	}

	public String growth(Growth growth) {
		return (growth != null) ? growth.percent() + "%" : "—";
	}

	/** A fraction in percent with one decimal: −0.027 → "−2.7%". */
	public String percent(BigDecimal fraction) {
		return (fraction != null) ? fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%"
				: "—";
	}

	/**
	 * An amount held in thousand yuan, in the unit its size and the reader's language
	 * call for: 万元 from ten thousand yuan and yuan below in Chinese; million yuan from a
	 * million, thousand yuan from a thousand and yuan below in English. A small amount
	 * never shrinks to "0.01 million yuan".
	 */
	public String thousandYuan(BigDecimal amount) {
		Money money = Money.thousandYuan(amount);
		BigDecimal magnitude = amount.abs();
		if (Texts.chinese(LocaleContextHolder.getLocale())) {
			return (magnitude.compareTo(BigDecimal.TEN) >= 0)
					? this.texts.get("target.money.wan", grouped(money.wanYuan(), 2))
					: this.texts.get("target.money.yuan", grouped(amount.movePointRight(3), 0));
		}
		if (magnitude.compareTo(THOUSAND) >= 0) {
			return this.texts.get("target.money.million", grouped(money.millionYuan(), 2));
		}
		return (magnitude.compareTo(BigDecimal.ONE) >= 0)
				? this.texts.get("target.money.thousand", grouped(money.thousandYuan(), 1))
				: this.texts.get("target.money.yuan", grouped(amount.movePointRight(3), 0));
	}

	/** An amount in yuan, shown like the others. */
	public String yuan(BigDecimal amount) {
		return thousandYuan(amount.movePointLeft(3));
	}

	/** One year of a metric's chart: what each line shows that year (null: nothing). */
	public record ChartRow(int year, BigDecimal actual, BigDecimal path, BigDecimal forecast, BigDecimal lower,
			BigDecimal upper) {
	}

	/**
	 * The chart's table: actuals, the target path and the forecast with its band, year by
	 * year. The forecast starts at the latest actual so its line continues the actuals'.
	 */
	public List<ChartRow> chart(MetricTrack track) {
		Map<Integer, BigDecimal> actuals = new TreeMap<>();
		track.actuals().forEach((v) -> actuals.put(v.year(), v.value()));
		Map<Integer, BigDecimal> path = new TreeMap<>();
		track.targetPath().forEach((v) -> path.put(v.year(), v.value()));
		Map<Integer, Projection> forecast = new TreeMap<>();
		if (track.forecast() != null) {
			track.forecast().projections().forEach((p) -> forecast.put(p.year(), p));
		}
		TreeMap<Integer, Boolean> years = new TreeMap<>();
		actuals.keySet().forEach((y) -> years.put(y, true));
		path.keySet().forEach((y) -> years.put(y, true));
		forecast.keySet().forEach((y) -> years.put(y, true));
		YearValue latest = track.latest();
		List<ChartRow> rows = new ArrayList<>();
		for (int year : years.keySet()) {
			Projection p = forecast.get(year);
			boolean joint = latest != null && year == latest.year() && !forecast.isEmpty();
			rows.add(new ChartRow(year, actuals.get(year), path.get(year),
					(p != null) ? p.value() : joint ? latest.value() : null,
					(p != null) ? p.lower() : joint ? latest.value() : null,
					(p != null) ? p.upper() : joint ? latest.value() : null));
		}
		return rows;
	}

	/**
	 * The first goal a candidate of the ranking helps reach: the goals take the ranking's
	 * first candidates, so rank 3 reaches the threshold of 40 from 37.
	 */
	public CountGoal goalFor(List<CountGoal> goals, int rank) {
		return goals.stream()
			.filter((g) -> rank <= g.candidates().size())
			.min(java.util.Comparator.comparingInt((CountGoal g) -> g.candidates().size()))
			.orElse(null);
	}

	/**
	 * A unit as a choice in a list: units that read alike (家 for enterprises and for
	 * institutions, 项 for projects and for indicators) say what they count.
	 */
	public String unitChoice(Unit unit) {
		String label = this.texts.label(unit);
		boolean alike = java.util.Arrays.stream(Unit.values())
			.anyMatch((other) -> other != unit && this.texts.label(other).equals(label));
		return alike ? this.texts.get("target.metric.unitChoice", label,
				this.texts.get("target.metric.unitCounts." + unit.name())) : label;
	}

	/**
	 * Who changed a record: a user by name; the application itself (the demo's or an
	 * import's seed data, written outside any sign-in) in words.
	 */
	public String who(String actor) {
		return ("system".equals(actor)) ? this.texts.get("target.history.system") : actor;
	}

	/** The Bootstrap colour of a status: the traffic light. */
	public String light(TargetStatus status) {
		return switch (status) {
			case ON_COURSE -> "success";
			case AT_RISK -> "warning";
			case OFF_COURSE -> "danger";
			case NO_FORECAST -> "secondary";
		};
	}

}

package org.gaoxin.target.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.Money;
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

	TargetFormat(Texts texts) {
		this.texts = texts;
	}

	/** A metric's value: whole for counts, two decimals at most otherwise. */
	public String value(Metric metric, BigDecimal value) {
		if (value == null) {
			return "—";
		}
		return Texts.plain(value.setScale(metric.counted() ? 1 : 2, RoundingMode.HALF_UP));
	}

	/** A number with two decimals at most. */
	public String number(BigDecimal value) {
		return (value != null) ? Texts.plain(value.setScale(2, RoundingMode.HALF_UP)) : "—";
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
	 * An amount held in thousand yuan, to two decimals of the unit the reader's language
	 * uses (万元: a tenth of a thousand; million yuan: ten thousand).
	 */
	public String thousandYuan(BigDecimal amount) {
		boolean chinese = Texts.chinese(LocaleContextHolder.getLocale());
		BigDecimal rounded = amount.setScale(chinese ? 1 : -1, RoundingMode.HALF_UP);
		return this.texts.render(Message.of("target.money", Money.thousandYuan(rounded)));
	}

	/** An amount in yuan, shown like the others (万元 / million yuan). */
	public String yuan(BigDecimal amount) {
		return thousandYuan(amount.divide(THOUSAND, 1, RoundingMode.HALF_UP));
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

package org.gaoxin.evaluation.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.gaoxin.filing.EnterpriseYear;
import org.gaoxin.filing.ReportField;
import org.gaoxin.evaluation.Contributor;
import org.gaoxin.evaluation.InputValue;
import org.gaoxin.platform.Platform;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Aggregate;
import org.gaoxin.standard.EnterpriseFlag;
import org.gaoxin.statistics.ZoneFigure;

/**
 * What a zone-year offers a standard's formulas: its figures, its enterprises with their
 * reports, its platforms. Aggregates are computed here in one pass each and cached for
 * the evaluation.
 */
public final class ZoneYearInputs {

	private final int year;

	private final Map<String, ZoneFigure> figures;

	private final List<EnterpriseYear> enterprises;

	private final List<Platform> platforms;

	private final Map<Long, Map<ReportField, BigDecimal>> changedReports;

	private final Map<String, InputValue> cache = new HashMap<>();

	/** Enterprise aggregates given, enterprises not read. */
	private boolean computed;

	/** {@code platforms}: every platform registered in the zone, whatever its years. */
	public ZoneYearInputs(int year, List<ZoneFigure> figures, List<EnterpriseYear> enterprises,
			List<Platform> platforms) {
		this(year, figures, enterprises, platforms, Map.of());
	}

	/**
	 * {@code changedReports}: report figures a what-if scenario changes, by enterprise;
	 * they replace the reported ones in sums and in the records behind them.
	 */
	public ZoneYearInputs(int year, List<ZoneFigure> figures, List<EnterpriseYear> enterprises,
			List<Platform> platforms, Map<Long, Map<ReportField, BigDecimal>> changedReports) {
		this.year = year;
		this.figures = figures.stream().collect(Collectors.toMap(ZoneFigure::code, Function.identity()));
		this.enterprises = enterprises;
		this.platforms = platforms;
		this.changedReports = changedReports;
	}

	/**
	 * A zone-year whose enterprise aggregates were computed already, by the database
	 * ({@link ZoneYearAggregates}): formulas read them as they are; the records behind
	 * them are not here ({@link #contributors} needs the per-enterprise inputs).
	 */
	public static ZoneYearInputs computed(int year, List<ZoneFigure> figures, List<Platform> platforms,
			Map<String, InputValue> enterpriseAggregates) {
		ZoneYearInputs inputs = new ZoneYearInputs(year, figures, List.of(), platforms, Map.of());
		inputs.cache.putAll(enterpriseAggregates);
		inputs.computed = true;
		return inputs;
	}

	public int year() {
		return this.year;
	}

	public InputValue figure(String code) {
		ZoneFigure figure = this.figures.get(code);
		LocalizedText name = (figure != null)
				? new LocalizedText(figure.definition().nameZh(), figure.definition().nameEn())
				: new LocalizedText(code, code);
		Message description = Message.of("evaluation.input.figure", name);
		if (figure == null || figure.missing()) {
			return new InputValue(code, InputValue.Kind.ZONE_FIGURE, description, null, null,
					(figure != null) ? figure.definition().unit() : null, null,
					Message.of("evaluation.missing.figure", code, this.year));
		}
		if (figure.flag() != null) {
			return new InputValue(code, InputValue.Kind.FACT, description, null, figure.flag(), Unit.YES_NO, null,
					null);
		}
		return new InputValue(code, InputValue.Kind.ZONE_FIGURE, description, figure.number(), null,
				figure.definition().unit(), null, null);
	}

	public InputValue aggregate(Aggregate aggregate) {
		return this.cache.computeIfAbsent(aggregate.name(), (name) -> compute(aggregate));
	}

	private InputValue compute(Aggregate aggregate) {
		if (this.computed && aggregate.kind() != Aggregate.Kind.COUNT_OF_PLATFORMS) {
			throw new IllegalStateException("Aggregate " + aggregate.name() + " was not computed");
		}
		Message description = aggregate.describe();
		switch (aggregate.kind()) {
			case COUNT_OF_PLATFORMS -> {
				if (this.platforms.isEmpty()) {
					return new InputValue(aggregate.name(), InputValue.Kind.PLATFORM_AGGREGATE, description, null, null,
							Unit.INSTITUTIONS, null, Message.of("evaluation.missing.noPlatforms"));
				}
				int count = activePlatforms(aggregate).size();
				return new InputValue(aggregate.name(), InputValue.Kind.PLATFORM_AGGREGATE, description,
						BigDecimal.valueOf(count), null, Unit.INSTITUTIONS, count, null);
			}
			case COUNT_OF_ENTERPRISES -> {
				Message missing = missingEnterpriseData(aggregate);
				if (missing != null) {
					return new InputValue(aggregate.name(), InputValue.Kind.ENTERPRISE_AGGREGATE, description, null,
							null, Unit.ENTERPRISES, null, missing);
				}
				int count = (int) this.enterprises.stream().filter(matches(aggregate)).count();
				return new InputValue(aggregate.name(), InputValue.Kind.ENTERPRISE_AGGREGATE, description,
						BigDecimal.valueOf(count), null, Unit.ENTERPRISES, count, null);
			}
			default -> {
				Message missing = missingEnterpriseData(aggregate);
				if (missing != null) {
					return new InputValue(aggregate.name(), InputValue.Kind.ENTERPRISE_AGGREGATE, description, null,
							null, aggregate.field().unit(), null, missing);
				}
				BigDecimal sum = BigDecimal.ZERO;
				int records = 0;
				long filed = this.enterprises.stream().filter((e) -> e.report() != null).count();
				// a sum is only as complete as the filing: say how many of the zone's
				// enterprises it covers
				description = Message.of("evaluation.input.coverage", description, filed, this.enterprises.size());
				for (EnterpriseYear enterprise : this.enterprises) {
					if (enterprise.report() != null && matches(aggregate).test(enterprise)) {
						sum = sum.add(value(enterprise, aggregate.field()));
						records++;
					}
				}
				return new InputValue(aggregate.name(), InputValue.Kind.ENTERPRISE_AGGREGATE, description, sum, null,
						aggregate.field().unit(), records, null);
			}
		}
	}

	/** The records behind an aggregate, largest contribution first. */
	public List<Contributor> contributors(Aggregate aggregate) {
		if (this.computed) {
			throw new IllegalStateException("The records behind an aggregate need the per-enterprise inputs");
		}
		if (aggregate.kind() == Aggregate.Kind.COUNT_OF_PLATFORMS) {
			return activePlatforms(aggregate).stream()
				.map((p) -> Contributor.platform(p.id(), p.name(), p.kind(), p.level()))
				.toList();
		}
		boolean sum = aggregate.kind() == Aggregate.Kind.SUM_OF_ENTERPRISES;
		return this.enterprises.stream()
			.filter((e) -> (!sum || e.report() != null) && matches(aggregate).test(e))
			.map((e) -> Contributor.enterprise(e.id(), e.creditCode(), e.name(),
					sum ? value(e, aggregate.field()) : BigDecimal.ONE))
			.sorted(Comparator.comparing(Contributor::value).reversed().thenComparing(Contributor::code))
			.toList();
	}

	public java.util.Set<Long> enterprisesOnChain(String chain) {
		return this.enterprises.stream()
			.filter((e) -> chain != null && chain.equals(e.chainCode()))
			.map(EnterpriseYear::id)
			.collect(Collectors.toSet());
	}

	private List<Platform> activePlatforms(Aggregate aggregate) {
		return this.platforms.stream()
			.filter((p) -> p.activeIn(this.year) && aggregate.kinds().contains(p.kind())
					&& p.level().atLeast(aggregate.minLevel()))
			.toList();
	}

	private BigDecimal value(EnterpriseYear enterprise, ReportField field) {
		BigDecimal changed = this.changedReports.getOrDefault(enterprise.id(), Map.of()).get(field);
		return (changed != null) ? changed : decimal(field.valueIn(enterprise.report()));
	}

	private static BigDecimal decimal(Number number) {
		return (number instanceof BigDecimal decimal) ? decimal : BigDecimal.valueOf(number.longValue());
	}

	private Message missingEnterpriseData(Aggregate aggregate) {
		if (this.enterprises.isEmpty()) {
			return Message.of("evaluation.missing.noEnterprises", this.year);
		}
		boolean needsReports = aggregate.kind() == Aggregate.Kind.SUM_OF_ENTERPRISES
				|| aggregate.where().contains(EnterpriseFlag.ABOVE_DESIGNATED_SIZE);
		if (needsReports && this.enterprises.stream().noneMatch((e) -> e.report() != null)) {
			return Message.of("evaluation.missing.noReports", this.year);
		}
		return null;
	}

	private static Predicate<EnterpriseYear> matches(Aggregate aggregate) {
		return (enterprise) -> aggregate.where().stream().allMatch((flag) -> switch (flag) {
			case ABOVE_DESIGNATED_SIZE -> enterprise.aboveDesignatedSize();
			case HIGH_TECH -> enterprise.highTech();
			case TECH_SME -> enterprise.techSme();
			case ON_CHAIN -> enterprise.onChain();
			case STRATEGIC_EMERGING -> enterprise.strategicEmerging();
		});
	}

}

package org.gaoxin.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.evaluation.MeasuredValue;
import org.gaoxin.evaluation.Scorer;
import org.gaoxin.region.District;
import org.gaoxin.region.Region;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Aggregate;
import org.gaoxin.standard.Comparison;
import org.gaoxin.standard.Direction;
import org.gaoxin.standard.Indicator;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;
import org.gaoxin.standard.ValueSource;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ValueType;
import org.gaoxin.statistics.ZoneFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the zones or districts of a zone's region on any indicator, aggregate or zone
 * figure: values, ranks, shares of the region's total, change on the year before. The
 * caller must read the chosen zone; the other zones of its region are compared on their
 * zone-level values (never their enterprises).
 */
@Service
public class Benchmarks {

	/** Units whose values add up across zones (not ratios, intensities or yes/no). */
	private static final Set<Unit> ADDITIVE = EnumSet.of(Unit.KM2, Unit.YI_YUAN, Unit.WAN_YUAN, Unit.THOUSAND_YUAN,
			Unit.WAN_USD, Unit.PERSONS, Unit.ENTERPRISES, Unit.INSTITUTIONS, Unit.PROJECTS, Unit.ITEMS, Unit.TCE);

	/** The measure a page opens on: technology-based enterprises, the source's 28.5 %. */
	public static final String DEFAULT_MEASURE = "aggregate:tech_smes";

	private static final MathContext CONTEXT = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Regions regions;

	private final Standards standards;

	private final ZoneFigures figures;

	private final Scorer scorer;

	Benchmarks(Regions regions, Standards standards, ZoneFigures figures, Scorer scorer) {
		this.regions = regions;
		this.standards = standards;
		this.figures = figures;
		this.scorer = scorer;
	}

	/**
	 * Every measure the standard offers: its indicators with a formula, its aggregates,
	 * then the numeric zone figures.
	 */
	@Transactional(readOnly = true)
	public List<Measure> measures(Standard standard) {
		List<Measure> measures = new ArrayList<>();
		for (Indicator indicator : standard.indicators()) {
			if (indicator.source() instanceof ValueSource.Formula formula) {
				measures.add(new Measure("indicator:" + indicator.code(),
						Message.of("benchmark.measure.indicator", indicator.code(), indicator.name()), indicator.unit(),
						formula.expression(), additive(standard, formula.expression()), higherIsBetter(indicator)));
			}
		}
		for (Aggregate aggregate : standard.aggregates().values()) {
			measures.add(new Measure("aggregate:" + aggregate.name(),
					Message.of("benchmark.measure.aggregate", aggregate.label()), aggregate.unit(), aggregate.name(),
					true, true));
		}
		for (FigureDefinition figure : this.figures.definitions()) {
			if (figure.valueType() != ValueType.BOOLEAN) {
				measures.add(new Measure("figure:" + figure.code(),
						Message.of("benchmark.measure.figure", figure.name()), figure.unit(), figure.code(),
						ADDITIVE.contains(figure.unit()), !figure.code().startsWith("energy_per")));
			}
		}
		return measures;
	}

	/**
	 * The comparison. {@code standardReference}: where indicators and aggregates come
	 * from (blank: the default threshold standard); {@code measureKey} as in
	 * {@link #measures}; {@code chosen}: codes of the zones (or districts) to show, blank
	 * for all of the region.
	 */
	@Transactional(readOnly = true)
	public Benchmark compare(String zoneCode, int year, String standardReference, String measureKey,
			BenchmarkLevel level, List<String> chosen, DataScope scope) {
		Zone zone = this.regions.readable(zoneCode, scope);
		District ownDistrict = this.regions.findDistrict(zone.districtCode()).orElseThrow();
		Region region = this.regions.findRegion(ownDistrict.regionCode()).orElseThrow();
		Standard standard = this.standards.resolve(standardReference);
		List<Measure> offered = measures(standard);
		String key = (measureKey != null && !measureKey.isBlank()) ? measureKey.strip()
				: offered.stream().anyMatch((m) -> m.key().equals(DEFAULT_MEASURE)) ? DEFAULT_MEASURE
						: offered.get(0).key();
		Measure measure = offered.stream()
			.filter((m) -> m.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new InputRefused(
					Message.of("benchmark.error.measure", shorten(key), standard.reference()), "measure", "measure"));
		List<Zone> zones = this.regions.zonesInSameRegion(zoneCode);
		List<String> codes = zones.stream().map(Zone::code).toList();
		Map<String, MeasuredValue> now = this.scorer.measure(zoneCode, codes, standard.reference(), measure.formula(),
				year, scope);
		Map<String, MeasuredValue> before = this.scorer.measure(zoneCode, codes, standard.reference(),
				measure.formula(), year - 1, scope);
		List<District> districts = this.regions.districtsOf(region.code());
		Map<String, MeasuredValue> districtNow = new HashMap<>();
		Map<String, MeasuredValue> districtBefore = new HashMap<>();
		for (District district : districts) {
			List<Zone> in = zones.stream().filter((z) -> z.districtCode().equals(district.code())).toList();
			districtNow.put(district.code(), ofDistrict(in, now, measure.additive()));
			districtBefore.put(district.code(), ofDistrict(in, before, measure.additive()));
		}
		List<Benchmark.MissingDistrict> missing = new ArrayList<>();
		BigDecimal total = null;
		BigDecimal totalBefore = null;
		if (measure.additive()) {
			total = BigDecimal.ZERO;
			totalBefore = BigDecimal.ZERO;
			for (District district : districts) {
				MeasuredValue value = districtNow.get(district.code());
				if (value.value() == null) {
					missing.add(new Benchmark.MissingDistrict(district.code(), name(district), value.missing()));
				}
				else {
					total = total.add(value.value());
				}
				MeasuredValue previous = districtBefore.get(district.code());
				totalBefore = (totalBefore != null && previous.value() != null) ? totalBefore.add(previous.value())
						: null;
			}
		}
		Set<String> wanted = wanted(chosen);
		List<Row> rows = new ArrayList<>();
		if (level == BenchmarkLevel.DISTRICTS) {
			for (District district : districts) {
				if (wanted.isEmpty() || wanted.contains(district.code())) {
					rows.add(new Row(district.code(), name(district), districtNow.get(district.code()),
							districtBefore.get(district.code()), district.code().equals(ownDistrict.code())));
				}
			}
		}
		else {
			for (Zone z : zones) {
				if (wanted.isEmpty() || wanted.contains(z.code())) {
					rows.add(new Row(z.code(), new LocalizedText(z.nameZh(), z.nameEn()), now.get(z.code()),
							before.get(z.code()), z.code().equals(zoneCode)));
				}
			}
		}
		Set<String> known = new LinkedHashSet<>();
		rows.forEach((row) -> known.add(row.code()));
		for (String code : wanted) {
			if (!known.contains(code)) {
				throw new InputRefused(Message.of("benchmark.error.notInRegion", shorten(code), region.nameZh()),
						"peers", "peer");
			}
		}
		boolean shares = measure.additive() && missing.isEmpty() && total != null && total.signum() != 0;
		BigDecimal regionTotal = total;
		List<BenchmarkRow> result = ranked(rows, measure.higherIsBetter(),
				(value) -> shares ? value.multiply(HUNDRED).divide(regionTotal, 1, RoundingMode.HALF_UP) : null);
		return new Benchmark(zoneCode, region.code(), new LocalizedText(region.nameZh(), region.nameEn()), year,
				standard.reference(), measure, level, result, total, totalBefore, missing);
	}

	private record Row(String code, LocalizedText name, MeasuredValue now, MeasuredValue before, boolean chosen) {
	}

	private static List<BenchmarkRow> ranked(List<Row> rows, boolean higherIsBetter,
			java.util.function.Function<BigDecimal, BigDecimal> share) {
		List<BigDecimal> ordered = rows.stream()
			.map((row) -> row.now().value())
			.filter(Objects::nonNull)
			.sorted(higherIsBetter ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder())
			.toList();
		List<BenchmarkRow> result = new ArrayList<>();
		for (Row row : rows) {
			BigDecimal value = row.now().value();
			BigDecimal previous = row.before().value();
			Integer rank = null;
			if (value != null) {
				// competition ranking: one more than the number of strictly better values
				rank = 1 + (int) ordered.stream()
					.filter((other) -> higherIsBetter ? other.compareTo(value) > 0 : other.compareTo(value) < 0)
					.count();
			}
			BigDecimal change = (value != null && previous != null && previous.signum() != 0)
					? value.subtract(previous).multiply(HUNDRED).divide(previous.abs(), CONTEXT) : null;
			result.add(new BenchmarkRow(row.code(), row.name(), value, previous, change, rank,
					(value != null) ? share.apply(value) : null, row.chosen(), row.now().missing()));
		}
		return result;
	}

	/**
	 * A district's value: the sum of its zones' for a measure that adds up; its one
	 * zone's otherwise. Missing (and why) when it has no zone on the platform, a zone's
	 * value is missing, or it has several zones and the measure does not add up.
	 */
	private static MeasuredValue ofDistrict(List<Zone> zones, Map<String, MeasuredValue> values, boolean additive) {
		if (zones.isEmpty()) {
			return new MeasuredValue(null, List.of(Message.of("benchmark.missing.noZone")));
		}
		if (!additive && zones.size() > 1) {
			return new MeasuredValue(null, List.of(Message.of("benchmark.missing.notAdditive", zones.size())));
		}
		BigDecimal sum = BigDecimal.ZERO;
		List<Message> missing = new ArrayList<>();
		for (Zone zone : zones) {
			MeasuredValue value = values.get(zone.code());
			if (value.value() == null) {
				missing.addAll(value.missing());
			}
			else {
				sum = sum.add(value.value());
			}
		}
		return missing.isEmpty() ? new MeasuredValue(sum, List.of()) : new MeasuredValue(null, missing);
	}

	/** A formula that is one aggregate, or one zone figure whose values add up. */
	private boolean additive(Standard standard, String formula) {
		String name = formula.strip();
		if (standard.aggregates().containsKey(name)) {
			return true;
		}
		return this.figures.definitions()
			.stream()
			.anyMatch((figure) -> figure.code().equals(name) && ADDITIVE.contains(figure.unit()));
	}

	private static boolean higherIsBetter(Indicator indicator) {
		return (indicator.direction() != null) ? indicator.direction() == Direction.HIGHER
				: indicator.comparison() != Comparison.AT_MOST;
	}

	private static Set<String> wanted(List<String> chosen) {
		Set<String> wanted = new LinkedHashSet<>();
		if (chosen != null) {
			chosen.stream()
				.filter(Objects::nonNull)
				.map(String::strip)
				.filter((c) -> !c.isEmpty())
				.forEach(wanted::add);
		}
		return wanted;
	}

	private static LocalizedText name(District district) {
		return new LocalizedText(district.nameZh(), district.nameEn());
	}

	private static String shorten(String code) {
		return (code.length() > 40) ? code.substring(0, 40) + "…" : code;
	}

}

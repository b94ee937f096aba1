package org.gaoxin.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gaoxin.platform.NewPlatform;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ZoneFigure;

/**
 * Zone figures and platform series of the demo, per year 2018–2021. Qianjiang's are
 * INDICATORS.md §C; a neighbour's are Qianjiang's scaled down and behind.
 */
final class DemoFigures {

	/**
	 * Figures keyed by code, one value per year 2018..2021 (Boolean for yes/no figures).
	 */
	static Map<String, Object[]> zoneFigures(ZoneProfile profile, double scale) {
		boolean qianjiang = scale == 1.0;
		return Map
			.ofEntries(Map.entry("planned_area", numbers(6.8, 6.8, 6.8, 6.8).times(qianjiang ? 1 : 0.6 + scale / 2)),
					Map.entry("gdp", series(profile.gdpYi())),
					Map.entry("secondary_tertiary_output", numbers(402, 455, 498, 548).times(scale)),
					Map.entry("fiscal_revenue", numbers(12.6, 13.8, 14.1, 15.9).times(scale)),
					Map.entry("fdi_actual", numbers(3050, 3480, 3760, 4280).times(qianjiang ? 1 : scale * 0.6)),
					Map.entry("population", new Series(
							java.util.Arrays.stream(profile.population()).mapToObj(DemoFigures::decimal).toArray())),
					Map.entry("tech_contract_turnover", numbers(1.8, 2.4, 3.1, 3.6).times(qianjiang ? 1 : scale * 0.5)),
					Map.entry("iur_cooperation_projects",
							numbers(12, 16, 21, 26).times(qianjiang ? 1 : scale * 0.6).whole()),
					Map.entry("energy_per_industrial_value_added",
							qianjiang ? numbers(0.95, 0.88, 0.82, 0.76) : numbers(1.02, 0.98, 0.93, 0.90)),
					Map.entry("management_body", flags(false, true, true, true)),
					Map.entry("high_tech_plan",
							qianjiang ? flags(false, true, true, true) : flags(false, false, false, false)))
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
					(entry) -> entry.getValue().spanning(profile.years()).decimals()));
	}

	/** The zone figures of {@link #zoneFigures} as records to store, one per year. */
	static List<ZoneFigure> records(ZoneProfile profile, double scale, List<FigureDefinition> definitions,
			String source) {
		Map<String, Object[]> series = zoneFigures(profile, scale);
		List<ZoneFigure> records = new ArrayList<>();
		for (FigureDefinition definition : definitions) {
			Object[] values = series.get(definition.code());
			if (values == null) {
				continue;
			}
			for (int k = 0; k < values.length; k++) {
				Object value = values[k];
				records.add(new ZoneFigure(profile.zoneCode(), profile.firstYear() + k, definition,
						(value instanceof BigDecimal number) ? number : null,
						(value instanceof Boolean flag) ? flag : null, source));
			}
		}
		return records;
	}

	/** Platforms whose active counts per year follow the given cumulative series. */
	static List<NewPlatform> platforms(String zone, String place, double scale) {
		return platforms(zone, place, scale, ZoneProfile.YEARS);
	}

	/**
	 * The same over {@code years} years ending 2021: counts before 2018 carried back
	 * along their trend.
	 */
	static List<NewPlatform> platforms(String zone, String place, double scale, int years) {
		boolean qianjiang = scale == 1.0;
		int firstYear = ZoneProfile.LAST_YEAR - years + 1;
		List<NewPlatform> platforms = new ArrayList<>();
		int[] rdMunicipal = qianjiang ? new int[] { 22, 26, 29, 33 }
				: scaled(years, new int[] { 22, 26, 29, 33 }, scale * 0.6);
		series(platforms, firstYear, zone, PlatformKind.RD_INSTITUTION, rdMunicipal,
				(i) -> (i < 3) ? PlatformLevel.NATIONAL : PlatformLevel.MUNICIPAL,
				(i) -> (i < 3) ? "国家" + RD_TOPICS[i] + RD_TYPES[0] + place + "分中心" : "重庆市" + place
						+ RD_TOPICS[i % RD_TOPICS.length] + RD_TYPES[(i / RD_TOPICS.length) % RD_TYPES.length]);
		int[] rdDistrict = scaled(years, new int[] { 14, 16, 18, 20 }, qianjiang ? 1 : scale);
		series(platforms, firstYear, zone, PlatformKind.RD_INSTITUTION, rdDistrict, (i) -> PlatformLevel.DISTRICT,
				(i) -> place + "区级" + RD_TOPICS[(i + 5) % RD_TOPICS.length] + "研发中心" + (i / RD_TOPICS.length + 1)
						+ "号");
		int[] services = qianjiang ? new int[] { 14, 17, 21, 24 }
				: scaled(years, new int[] { 14, 17, 21, 24 }, scale * 0.6);
		series(platforms, firstYear, zone, PlatformKind.ST_SERVICE_INSTITUTION, services,
				(i) -> (i % 3 == 0) ? PlatformLevel.MUNICIPAL : PlatformLevel.DISTRICT, (i) -> place
						+ SERVICE_TOPICS[i % SERVICE_TOPICS.length] + "服务中心" + (i / SERVICE_TOPICS.length + 1) + "号");
		if (qianjiang) {
			platforms
				.add(new NewPlatform(zone, PlatformKind.INCUBATOR, "黔江区科技企业孵化器", PlatformLevel.MUNICIPAL, 2016, null));
			platforms
				.add(new NewPlatform(zone, PlatformKind.MAKER_SPACE, "武陵山众创空间", PlatformLevel.MUNICIPAL, 2017, null));
			platforms
				.add(new NewPlatform(zone, PlatformKind.MAKER_SPACE, "黔江蚕桑丝绸众创空间", PlatformLevel.DISTRICT, 2019, null));
			platforms.add(new NewPlatform(zone, PlatformKind.INCUBATOR, "黔江高新区创新创业孵化基地", PlatformLevel.MUNICIPAL, 2020,
					null));
			platforms
				.add(new NewPlatform(zone, PlatformKind.MAKER_SPACE, "智慧文旅众创空间", PlatformLevel.DISTRICT, 2021, null));
		}
		else {
			platforms.add(new NewPlatform(zone, PlatformKind.MAKER_SPACE, place + "众创空间", PlatformLevel.DISTRICT, 2019,
					null));
		}
		return platforms;
	}

	private static final String[] RD_TOPICS = { "蚕桑丝绸", "铝合金材料", "玻璃纤维复合材料", "中药材", "生态康养", "智慧旅游", "特色食品", "生物医药",
			"绿色建材", "电子信息", "智能装备" };

	private static final String[] RD_TYPES = { "工程技术研究中心", "重点实验室", "企业技术中心" };

	private static final String[] SERVICE_TOPICS = { "科技成果转化", "知识产权", "检验检测", "技术转移", "科技金融", "创业辅导" };

	private static void series(List<NewPlatform> platforms, int firstYear, String zone, PlatformKind kind,
			int[] cumulative, java.util.function.IntFunction<PlatformLevel> level,
			java.util.function.IntFunction<String> name) {
		int index = 0;
		for (int k = 0; k < cumulative.length; k++) {
			int until = cumulative[k];
			for (; index < until; index++) {
				int established = (k == 0) ? firstYear - 10 + index % 11 : firstYear + k;
				platforms.add(new NewPlatform(zone, kind, name.apply(index), level.apply(index), established, null));
			}
		}
	}

	private static int[] scaled(int years, int[] fourYears, double factor) {
		double[] values = ZoneProfile.back(java.util.Arrays.stream(fourYears).asDoubleStream().toArray(), years, true);
		int[] result = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = Math.max(1, (int) Math.round(values[i] * factor));
		}
		for (int i = 1; i < values.length; i++) {
			result[i] = Math.max(result[i], result[i - 1]);
		}
		return result;
	}

	private static Series numbers(double... values) {
		Object[] series = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			series[i] = values[i];
		}
		return new Series(series);
	}

	private static Series series(double[] values) {
		return numbers(values);
	}

	private static Series flags(Boolean... values) {
		return new Series(values);
	}

	private static BigDecimal decimal(double value) {
		return new BigDecimal(Double.toString(value)).stripTrailingZeros();
	}

	private record Series(Object[] raw) {

		Series times(double factor) {
			Object[] result = new Object[this.raw.length];
			for (int i = 0; i < result.length; i++) {
				result[i] = (this.raw[i] instanceof Double d) ? d * factor : this.raw[i];
			}
			return new Series(result);
		}

		Series whole() {
			Object[] result = new Object[this.raw.length];
			for (int i = 0; i < result.length; i++) {
				result[i] = (this.raw[i] instanceof Double d) ? (double) Math.round(d) : this.raw[i];
			}
			return new Series(result);
		}

		/**
		 * The series over {@code years} years ending 2021: numbers before 2018 carried
		 * back along their first step, yes/no figures as in 2018; fewer years keep the
		 * last ones.
		 */
		Series spanning(int years) {
			if (years == this.raw.length) {
				return this;
			}
			double[] numbers = new double[this.raw.length];
			for (int i = 0; i < numbers.length; i++) {
				numbers[i] = (this.raw[i] instanceof Number n) ? n.doubleValue() : 0;
			}
			double[] back = ZoneProfile.back(numbers, years, true);
			Object[] result = new Object[years];
			for (int k = 0; k < years; k++) {
				int index = Math.max(0, k - (years - this.raw.length));
				result[k] = (this.raw[index] instanceof Number) ? (Object) back[k] : this.raw[index];
			}
			return new Series(result);
		}

		Object[] decimals() {
			Object[] result = new Object[this.raw.length];
			for (int i = 0; i < result.length; i++) {
				result[i] = (this.raw[i] instanceof Double d) ? decimal(Math.round(d * 100) / 100.0) : this.raw[i];
			}
			return result;
		}

	}

	private DemoFigures() {
	}

}

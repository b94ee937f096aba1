package org.gaoxin.standard.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gaoxin.filing.ReportField;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Aggregate;
import org.gaoxin.standard.Category;
import org.gaoxin.standard.Comparison;
import org.gaoxin.standard.EnterpriseFlag;
import org.gaoxin.standard.Indicator;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.standard.SafeFormula;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.StandardFormatException;
import org.gaoxin.standard.ValueSource;
import org.gaoxin.standard.VerdictRule;
import org.gaoxin.standard.Vocabulary;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a standard file (YAML, or JSON which YAML reads too) into a {@link Standard},
 * collecting every problem with its place in the file. SnakeYAML's safe constructor
 * builds only maps, lists and scalars: a file cannot name a Java class.
 */
public final class StandardParser {

	private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	private static final String INPUT = "[a-z][a-z0-9_]{0,47}";

	private final String file;

	private final Vocabulary vocabulary;

	private final List<String> problems = new ArrayList<>();

	private StandardParser(String file, Vocabulary vocabulary) {
		this.file = file;
		this.vocabulary = vocabulary;
	}

	public static Standard parse(String file, String text, Vocabulary vocabulary, String source) {
		return new StandardParser(file, vocabulary).read(text, source);
	}

	private Standard read(String text, String source) {
		Object root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			options.setCodePointLimit(1_000_000);
			root = new Yaml(new SafeConstructor(options)).load(text);
		}
		catch (RuntimeException ex) {
			throw new StandardFormatException(this.file,
					List.of("not readable as YAML or JSON: " + firstLine(ex.getMessage())));
		}
		if (!(root instanceof Map<?, ?> map)) {
			throw new StandardFormatException(this.file,
					List.of("the file must hold one object (code, version, indicators…)"));
		}
		String code = text(map, "code", "code", true);
		check(code == null || code.matches(NAME), "code: use letters, digits, '.', '_' or '-' (at most 64)");
		String version = text(map, "version", "version", true);
		check(version == null || version.matches(NAME), "version: use letters, digits, '.', '_' or '-' (at most 64)");
		String kind = text(map, "kind", "kind", false);
		check(kind == null || kind.equals("threshold"),
				"kind: only 'threshold' standards can be evaluated; scoring standards are not supported yet");
		LocalizedText name = localized(map.get("name"), "name", true);
		LocalizedText issuer = localized(map.get("issuer"), "issuer", false);
		LocalizedText description = localized(map.get("description"), "description", false);
		VerdictRule rule = verdict(map.get("verdict"));
		List<Category> categories = categories(map.get("categories"));
		Map<String, Aggregate> aggregates = aggregates(map.get("aggregates"));
		List<Indicator> indicators = indicators(map.get("indicators"), categories, aggregates);
		if (!this.problems.isEmpty()) {
			throw new StandardFormatException(this.file, this.problems);
		}
		return new Standard(code, version, name, issuer, description, categories, aggregates, indicators, rule, source,
				checksum(text));
	}

	private VerdictRule verdict(Object node) {
		if (!(node instanceof Map<?, ?> map)) {
			this.problems.add("verdict: required, with core_share_met, max_relative_gap and pilot_deadline_years");
			return null;
		}
		BigDecimal share = number(map, "core_share_met", "verdict.core_share_met", true);
		BigDecimal gap = number(map, "max_relative_gap", "verdict.max_relative_gap", true);
		BigDecimal years = number(map, "pilot_deadline_years", "verdict.pilot_deadline_years", true);
		if (share == null || gap == null || years == null) {
			return null;
		}
		try {
			return new VerdictRule(share, gap, years.intValueExact());
		}
		catch (ArithmeticException ex) {
			this.problems.add("verdict.pilot_deadline_years: must be a whole number of years");
		}
		catch (IllegalArgumentException ex) {
			this.problems.add("verdict: " + ex.getMessage());
		}
		return null;
	}

	private List<Category> categories(Object node) {
		List<Category> categories = new ArrayList<>();
		if (!(node instanceof List<?> list) || list.isEmpty()) {
			this.problems.add("categories: required, a list of {code, zh, en}");
			return categories;
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			String path = "categories[" + i + "]";
			if (!(list.get(i) instanceof Map<?, ?> map)) {
				this.problems.add(path + ": must be {code, zh, en}");
				continue;
			}
			String code = text(map, "code", path + ".code", true);
			LocalizedText name = localized(map, path, true);
			if (code != null && !codes.add(code)) {
				this.problems.add(path + ".code: duplicate category code '" + code + "'");
			}
			if (code != null && name != null) {
				categories.add(new Category(code, name));
			}
		}
		return categories;
	}

	private Map<String, Aggregate> aggregates(Object node) {
		Map<String, Aggregate> aggregates = new LinkedHashMap<>();
		if (node == null) {
			return aggregates;
		}
		if (!(node instanceof Map<?, ?> map)) {
			this.problems.add("aggregates: must map names to definitions");
			return aggregates;
		}
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String name = String.valueOf(entry.getKey());
			String path = "aggregates." + name;
			if (!name.matches(INPUT)) {
				this.problems.add(path + ": a name is lower-case letters, digits and '_', starting with a letter");
				continue;
			}
			if (this.vocabulary.numericFigures().contains(name) || this.vocabulary.booleanFigures().contains(name)) {
				this.problems.add(path + ": the name is already a zone figure's");
				continue;
			}
			if (!(entry.getValue() instanceof Map<?, ?> spec)) {
				this.problems.add(path + ": must be {sum: field} or {count: enterprises|platforms}");
				continue;
			}
			Aggregate aggregate = aggregate(name, spec, path);
			if (aggregate != null) {
				aggregates.put(name, aggregate);
			}
		}
		return aggregates;
	}

	private Aggregate aggregate(String name, Map<?, ?> spec, String path) {
		String sum = text(spec, "sum", path + ".sum", false);
		String count = text(spec, "count", path + ".count", false);
		if ((sum == null) == (count == null)) {
			this.problems.add(path + ": give exactly one of 'sum: <report field>' or 'count: enterprises|platforms'");
			return null;
		}
		Set<EnterpriseFlag> where = EnumSet.noneOf(EnterpriseFlag.class);
		for (String flag : texts(spec.get("where"), path + ".where")) {
			EnterpriseFlag.parse(flag)
				.ifPresentOrElse(where::add, () -> this.problems.add(path + ".where: unknown filter '" + flag
						+ "' (known: above_designated_size, high_tech, tech_sme, on_chain, strategic_emerging)"));
		}
		if (sum != null) {
			ReportField field = reportField(sum);
			if (field == null) {
				this.problems.add(path + ".sum: unknown report field '" + sum
						+ "' (use a Torch code such as qc02 or a field key such as rd_expense)");
				return null;
			}
			return new Aggregate(name, Aggregate.Kind.SUM_OF_ENTERPRISES, field, where, Set.of(), null);
		}
		if (count.equals("enterprises")) {
			return new Aggregate(name, Aggregate.Kind.COUNT_OF_ENTERPRISES, null, where, Set.of(), null);
		}
		if (!count.equals("platforms")) {
			this.problems.add(path + ".count: count 'enterprises' or 'platforms', not '" + count + "'");
			return null;
		}
		if (!where.isEmpty()) {
			this.problems.add(path + ".where: platforms are filtered with 'kinds' and 'min_level'");
		}
		Set<PlatformKind> kinds = EnumSet.noneOf(PlatformKind.class);
		for (String kind : texts(spec.get("kinds"), path + ".kinds")) {
			try {
				kinds.add(PlatformKind.valueOf(kind));
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(path + ".kinds: unknown platform kind '" + kind + "'");
			}
		}
		if (kinds.isEmpty()) {
			this.problems.add(path
					+ ".kinds: name at least one of RD_INSTITUTION, ST_SERVICE_INSTITUTION, INCUBATOR, MAKER_SPACE");
		}
		String level = text(spec, "min_level", path + ".min_level", false);
		PlatformLevel minLevel = PlatformLevel.DISTRICT;
		if (level != null) {
			try {
				minLevel = PlatformLevel.valueOf(level);
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(path + ".min_level: one of NATIONAL, MUNICIPAL, DISTRICT");
			}
		}
		return new Aggregate(name, Aggregate.Kind.COUNT_OF_PLATFORMS, null, Set.of(), kinds, minLevel);
	}

	private List<Indicator> indicators(Object node, List<Category> categories, Map<String, Aggregate> aggregates) {
		List<Indicator> indicators = new ArrayList<>();
		if (!(node instanceof List<?> list) || list.isEmpty()) {
			this.problems.add("indicators: required, a non-empty list");
			return indicators;
		}
		Set<String> codes = new HashSet<>();
		Set<String> categoryCodes = new HashSet<>();
		categories.forEach((category) -> categoryCodes.add(category.code()));
		for (int i = 0; i < list.size(); i++) {
			String path = "indicators[" + i + "]";
			if (!(list.get(i) instanceof Map<?, ?> map)) {
				this.problems.add(path + ": must be an object");
				continue;
			}
			String code = text(map, "code", path + ".code", true);
			if (code != null) {
				path = path + " (" + code + ")";
				if (!codes.add(code)) {
					this.problems.add(path + ".code: duplicate indicator code '" + code + "'");
				}
			}
			Indicator indicator = indicator(map, path, code, categoryCodes, aggregates);
			if (indicator != null) {
				indicators.add(indicator);
			}
		}
		return indicators;
	}

	private Indicator indicator(Map<?, ?> map, String path, String code, Set<String> categoryCodes,
			Map<String, Aggregate> aggregates) {
		LocalizedText name = localized(map, path, true);
		String category = text(map, "category", path + ".category", true);
		if (category != null && !categoryCodes.contains(category)) {
			this.problems.add(path + ".category: unknown category '" + category + "'");
		}
		Unit unit = null;
		String unitName = text(map, "unit", path + ".unit", true);
		if (unitName != null) {
			try {
				unit = Unit.valueOf(unitName);
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(path + ".unit: unknown unit '" + unitName + "'");
			}
		}
		Object coreValue = map.get("core");
		boolean core = coreValue == null || Boolean.TRUE.equals(coreValue);
		if (coreValue != null && !(coreValue instanceof Boolean)) {
			this.problems.add(path + ".core: true or false");
		}
		Comparison comparison = null;
		String rule = text(map, "rule", path + ".rule", true);
		if (rule != null) {
			comparison = Comparison.parse(rule).orElse(null);
			if (comparison == null) {
				this.problems.add(path + ".rule: one of >=, <=, is-true (not '" + rule + "')");
			}
		}
		BigDecimal threshold = number(map, "threshold", path + ".threshold",
				comparison != null && comparison != Comparison.IS_TRUE);
		if (threshold != null && threshold.signum() <= 0) {
			this.problems.add(path + ".threshold: must be above zero (gaps are measured relative to it)");
		}
		BigDecimal weight = number(map, "weight", path + ".weight", false);
		if (weight != null && weight.signum() < 0) {
			this.problems.add(path + ".weight: must not be negative");
		}
		ValueSource source = valueSource(map, path, comparison, aggregates);
		if (code == null || name == null || category == null || unit == null || comparison == null || source == null) {
			return null;
		}
		return new Indicator(code, name, category, unit, core, source, comparison, threshold, weight);
	}

	private ValueSource valueSource(Map<?, ?> map, String path, Comparison comparison,
			Map<String, Aggregate> aggregates) {
		String formula = text(map, "formula", path + ".formula", false);
		String fact = text(map, "fact", path + ".fact", false);
		if ((formula == null) == (fact == null)) {
			this.problems.add(path + ": give exactly one of 'formula' or 'fact'");
			return null;
		}
		if (fact != null) {
			if (!this.vocabulary.booleanFigures().contains(fact)) {
				this.problems.add(path + ".fact: '" + fact + "' is not a yes/no zone figure (known: "
						+ String.join(", ", new java.util.TreeSet<>(this.vocabulary.booleanFigures())) + ")");
			}
			if (comparison != null && comparison != Comparison.IS_TRUE) {
				this.problems.add(path + ".rule: a fact is judged with 'is-true'");
			}
			return new ValueSource.Fact(fact);
		}
		if (comparison == Comparison.IS_TRUE) {
			this.problems.add(path + ".rule: 'is-true' judges a fact, not a formula");
		}
		SafeFormula compiled;
		try {
			compiled = SafeFormula.compile(formula);
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(path + ".formula: " + ex.getMessage());
			return null;
		}
		for (String input : compiled.inputs()) {
			if (!this.vocabulary.numericFigures().contains(input) && !aggregates.containsKey(input)) {
				this.problems.add(path + ".formula: unknown input '" + input
						+ "' (neither a numeric zone figure nor an aggregate of this file)");
			}
		}
		return new ValueSource.Formula(formula, compiled.inputs());
	}

	private static ReportField reportField(String name) {
		for (ReportField field : ReportField.values()) {
			if (field.column().equals(name) || field.torchCode().map(name::equals).orElse(false)) {
				return field;
			}
		}
		return null;
	}

	private LocalizedText localized(Object node, String path, boolean required) {
		if (node == null) {
			if (required) {
				this.problems.add(path + ": required, {zh, en}");
			}
			return null;
		}
		if (!(node instanceof Map<?, ?> map)) {
			this.problems.add(path + ": must be {zh, en}");
			return null;
		}
		String zh = text(map, "zh", path + ".zh", required);
		String en = text(map, "en", path + ".en", false);
		return (zh != null) ? new LocalizedText(zh, en) : null;
	}

	private String text(Map<?, ?> map, String key, String path, boolean required) {
		Object value = map.get(key);
		if (value == null) {
			if (required) {
				this.problems.add(path + ": required");
			}
			return null;
		}
		if (value instanceof Map || value instanceof List) {
			this.problems.add(path + ": must be a single value");
			return null;
		}
		String text = String.valueOf(value).trim();
		if (text.isEmpty() && required) {
			this.problems.add(path + ": required");
			return null;
		}
		return text.isEmpty() ? null : text;
	}

	private List<String> texts(Object node, String path) {
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof List<?> list)) {
			this.problems.add(path + ": must be a list");
			return List.of();
		}
		return list.stream().map(String::valueOf).toList();
	}

	private BigDecimal number(Map<?, ?> map, String key, String path, boolean required) {
		Object value = map.get(key);
		if (value == null) {
			if (required) {
				this.problems.add(path + ": required, a number");
			}
			return null;
		}
		if (!(value instanceof Number) && !(value instanceof String)) {
			this.problems.add(path + ": must be a number");
			return null;
		}
		try {
			return new BigDecimal(String.valueOf(value).trim());
		}
		catch (NumberFormatException ex) {
			this.problems.add(path + ": '" + value + "' is not a number");
			return null;
		}
	}

	private void check(boolean condition, String problem) {
		if (!condition) {
			this.problems.add(problem);
		}
	}

	private static String firstLine(String message) {
		return (message == null) ? "" : message.lines().findFirst().orElse("");
	}

	static String checksum(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.gaoxin.standard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gaoxin.filing.ReportField;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.Aggregate;
import org.gaoxin.standard.Category;
import org.gaoxin.standard.Comparison;
import org.gaoxin.standard.Direction;
import org.gaoxin.standard.Normalisation;
import org.gaoxin.standard.ScoringRule;
import org.gaoxin.standard.StandardKind;
import org.gaoxin.standard.EnterpriseFlag;
import org.gaoxin.standard.Indicator;
import org.gaoxin.standard.SafeFormula;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.StandardFormatException;
import org.gaoxin.standard.ValueSource;
import org.gaoxin.standard.VerdictRule;
import org.gaoxin.shared.yaml.Problems;
import org.gaoxin.shared.yaml.YamlObject;
import org.gaoxin.standard.Vocabulary;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a standard file (YAML, or JSON which YAML reads too) into a {@link Standard}
 * against a strict schema, collecting every problem with its path and line: unknown or
 * repeated keys, texts where numbers belong, formulas naming anything but the standard's
 * figures and aggregates. The file is read as SnakeYAML nodes, never constructed into
 * objects, so it cannot name a Java class.
 */
public final class StandardParser {

	private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	private static final String INPUT = "[a-z][a-z0-9_]{0,47}";

	private static final List<String> ROOT = List.of("code", "version", "kind", "name", "issuer", "description",
			"document", "verdict", "scoring", "categories", "aggregates", "indicators");

	private static final List<String> TEXT = List.of("zh", "en");

	private static final List<String> VERDICT = List.of("core_share_met", "max_relative_gap", "pilot_deadline_years");

	private static final List<String> CATEGORY = List.of("code", "zh", "en");

	private static final List<String> GROUP = List.of("code", "zh", "en", "weight");

	private static final List<String> SCORING = List.of("normalisation");

	private static final List<String> AGGREGATE = List.of("sum", "count", "where", "kinds", "min_level");

	private static final List<String> INDICATOR = List.of("code", "category", "zh", "en", "unit", "core", "formula",
			"fact", "rule", "threshold", "weight");

	private static final List<String> SCORED_INDICATOR = List.of("code", "category", "zh", "en", "unit", "formula",
			"qualitative", "direction", "weight");

	/**
	 * Weights are written with a few decimals (0.333 for a third): a sum within this of 1
	 * is taken, and the scores divide by the actual sum.
	 */
	static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.001");

	private final String file;

	private final Vocabulary vocabulary;

	private final Problems problems = new Problems();

	private StandardKind kind = StandardKind.THRESHOLD;

	/** Indicators refused: a group's weights are not summed without them. */
	private int unread;

	private StandardParser(String file, Vocabulary vocabulary) {
		this.file = file;
		this.vocabulary = vocabulary;
	}

	public static Standard parse(String file, String text, Vocabulary vocabulary, String source) {
		return new StandardParser(file, vocabulary).read(text, source);
	}

	private Standard read(String text, String source) {
		YamlObject root = YamlObject.of(compose(text), "", ROOT, this.problems);
		if (root == null) {
			throw new StandardFormatException(this.file,
					List.of(org.gaoxin.shared.Message.of("standard.problem.root")));
		}
		String code = name(root, "code");
		String version = name(root, "version");
		String kind = root.text("kind", false);
		if (kind != null) {
			this.kind = Arrays.stream(StandardKind.values())
				.filter((k) -> k.key().equals(kind))
				.findFirst()
				.orElse(StandardKind.THRESHOLD);
			if (!this.kind.key().equals(kind)) {
				this.problems.add("kind", root.path("kind"), root.line("kind"), kind);
			}
		}
		boolean scoring = this.kind == StandardKind.SCORING;
		LocalizedText name = localized(root, "name", true);
		LocalizedText issuer = localized(root, "issuer", false);
		LocalizedText description = localized(root, "description", false);
		String document = document(root);
		VerdictRule rule = scoring ? notFor(root, "verdict") : verdict(root);
		ScoringRule scoringRule = scoring ? scoringRule(root) : notFor(root, "scoring");
		List<Category> categories = categories(root);
		Map<String, Aggregate> aggregates = aggregates(root);
		List<Indicator> indicators = indicators(root, categories, aggregates);
		if (scoring) {
			weights(root, categories, indicators);
		}
		if (!this.problems.isEmpty()) {
			throw new StandardFormatException(this.file, this.problems.list());
		}
		return new Standard(code, version, name, issuer, description, document, categories, aggregates, indicators,
				rule, source, YamlObject.checksum(text), this.kind, scoringRule);
	}

	/** A key the other kind of standard has: named, with the kind that takes it. */
	private <T> T notFor(YamlObject root, String key) {
		if (root.has(key)) {
			this.problems.add("notForKind", root.path(key), root.line(key), key, this.kind.key());
		}
		return null;
	}

	private ScoringRule scoringRule(YamlObject root) {
		if (!root.has("scoring")) {
			this.problems.add("required", root.path("scoring"), root.line());
			return null;
		}
		YamlObject scoring = YamlObject.of(root.node("scoring"), "scoring", SCORING, this.problems);
		if (scoring == null) {
			return null;
		}
		String method = scoring.text("normalisation", true);
		if (method == null) {
			return null;
		}
		Normalisation normalisation = Normalisation.parse(method).orElse(null);
		if (normalisation == null) {
			this.problems.add("normalisation", scoring.path("normalisation"), scoring.line("normalisation"), method,
					Arrays.stream(Normalisation.values()).map(Normalisation::key).toList());
			return null;
		}
		return new ScoringRule(normalisation);
	}

	/**
	 * The groups' weights sum to 1, and so do the indicators' weights within each group;
	 * every group has an indicator.
	 */
	private void weights(YamlObject root, List<Category> groups, List<Indicator> indicators) {
		if (groups.isEmpty() || groups.stream().anyMatch((g) -> g.weight() == null)) {
			return;
		}
		BigDecimal total = groups.stream().map(Category::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
			this.problems.add("groupWeights", root.path("categories"), root.line("categories"),
					total.stripTrailingZeros().toPlainString());
		}
		for (int i = 0; i < groups.size(); i++) {
			Category group = groups.get(i);
			List<Indicator> in = indicators.stream().filter((x) -> x.category().equals(group.code())).toList();
			if (this.unread > 0) {
				// an indicator refused above: its weight is unknown, so the sum says
				// nothing
				continue;
			}
			if (in.isEmpty()) {
				this.problems.add("emptyGroup", "categories[" + i + "] (" + group.code() + ")", root.line("categories"),
						group.code());
				continue;
			}
			BigDecimal sum = in.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
				this.problems.add("indicatorWeights", "categories[" + i + "] (" + group.code() + ")",
						root.line("categories"), group.code(), sum.stripTrailingZeros().toPlainString());
			}
		}
	}

	/**
	 * The published text's web address: pages link it, so nothing but an http or https
	 * address with a host is taken (never javascript: or a local file).
	 */
	private String document(YamlObject root) {
		String address = root.text("document", false);
		if (address == null) {
			return null;
		}
		try {
			java.net.URI uri = new java.net.URI(address);
			if (address.length() <= 500 && uri.getHost() != null
					&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
				return address;
			}
		}
		catch (java.net.URISyntaxException ex) {
			// refused below, like any other address that is not a web page's
		}
		this.problems.add("document", root.path("document"), root.line("document"));
		return null;
	}

	private Node compose(String text) {
		Node root;
		try {
			root = YamlObject.compose(text);
		}
		catch (YamlObject.Unreadable ex) {
			throw new StandardFormatException(this.file, List.of(ex.problem()));
		}
		YamlObject.checkTags(root, this.problems);
		if (!this.problems.isEmpty()) {
			throw new StandardFormatException(this.file, this.problems.list());
		}
		return root;
	}

	private String name(YamlObject object, String key) {
		String value = object.text(key, true);
		if (value != null && !value.matches(NAME)) {
			this.problems.add("name", object.path(key), object.line(key));
			return null;
		}
		return value;
	}

	private VerdictRule verdict(YamlObject root) {
		if (!root.has("verdict")) {
			this.problems.add("required", root.path("verdict"), root.line());
			return null;
		}
		YamlObject verdict = YamlObject.of(root.node("verdict"), "verdict", VERDICT, this.problems);
		if (verdict == null) {
			return null;
		}
		BigDecimal share = share(verdict, "core_share_met");
		BigDecimal gap = share(verdict, "max_relative_gap");
		BigDecimal years = verdict.number("pilot_deadline_years", true);
		Integer deadline = null;
		if (years != null) {
			if (years.signum() < 0 || years.compareTo(BigDecimal.valueOf(20)) > 0
					|| years.stripTrailingZeros().scale() > 0) {
				this.problems.add("deadline", verdict.path("pilot_deadline_years"),
						verdict.line("pilot_deadline_years"));
			}
			else {
				deadline = years.intValueExact();
			}
		}
		return (share != null && gap != null && deadline != null) ? new VerdictRule(share, gap, deadline) : null;
	}

	private BigDecimal share(YamlObject verdict, String key) {
		BigDecimal share = verdict.number(key, true);
		if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
			this.problems.add("share", verdict.path(key), verdict.line(key));
			return null;
		}
		return share;
	}

	private List<Category> categories(YamlObject root) {
		List<Category> categories = new ArrayList<>();
		List<Node> list = root.list("categories", true);
		if (list == null) {
			return categories;
		}
		Map<String, Integer> codes = new HashMap<>();
		for (int i = 0; i < list.size(); i++) {
			boolean scoring = this.kind == StandardKind.SCORING;
			YamlObject category = YamlObject.of(list.get(i), "categories[" + i + "]", scoring ? GROUP : CATEGORY,
					this.problems);
			if (category == null) {
				continue;
			}
			String code = category.text("code", true);
			LocalizedText name = localized(category);
			if (code != null && codes.putIfAbsent(code, category.line()) != null) {
				this.problems.add("duplicateCategory", category.path("code"), category.line("code"), code);
			}
			BigDecimal weight = scoring ? weight(category) : null;
			if (code != null && name != null && (!scoring || weight != null)) {
				categories.add(new Category(code, name, weight));
			}
		}
		return categories;
	}

	private Map<String, Aggregate> aggregates(YamlObject root) {
		Map<String, Aggregate> aggregates = new LinkedHashMap<>();
		if (!root.has("aggregates")) {
			return aggregates;
		}
		for (Map.Entry<String, Node> entry : YamlObject.entries(root.node("aggregates"), "aggregates", this.problems)
			.entrySet()) {
			String name = entry.getKey();
			String path = "aggregates." + name;
			int line = YamlObject.line(entry.getValue());
			if (!name.matches(INPUT)) {
				this.problems.add("aggregateName", path, line);
				continue;
			}
			if (this.vocabulary.numericFigures().contains(name) || this.vocabulary.booleanFigures().contains(name)) {
				this.problems.add("aggregateTaken", path, line, name);
				continue;
			}
			YamlObject spec = YamlObject.of(entry.getValue(), path, AGGREGATE, this.problems);
			Aggregate aggregate = (spec != null) ? aggregate(name, spec) : null;
			if (aggregate != null) {
				aggregates.put(name, aggregate);
			}
		}
		return aggregates;
	}

	private Aggregate aggregate(String name, YamlObject spec) {
		String sum = spec.text("sum", false);
		String count = spec.text("count", false);
		if ((sum == null) == (count == null)) {
			this.problems.add("aggregateKind", spec.path(), spec.line());
			return null;
		}
		Set<EnterpriseFlag> where = EnumSet.noneOf(EnterpriseFlag.class);
		for (String flag : spec.texts("where")) {
			EnterpriseFlag.parse(flag)
				.ifPresentOrElse(where::add,
						() -> this.problems.add("unknownFilter", spec.path("where"), spec.line("where"), flag,
								Arrays.stream(EnterpriseFlag.values()).map(EnterpriseFlag::key).toList()));
		}
		if (sum != null) {
			ReportField field = reportField(sum);
			if (field == null) {
				this.problems.add("unknownField", spec.path("sum"), spec.line("sum"), sum);
				return null;
			}
			onlyFor(spec, "kinds", "min_level");
			return new Aggregate(name, Aggregate.Kind.SUM_OF_ENTERPRISES, field, where, Set.of(), null);
		}
		if (count.equals("enterprises")) {
			onlyFor(spec, "kinds", "min_level");
			return new Aggregate(name, Aggregate.Kind.COUNT_OF_ENTERPRISES, null, where, Set.of(), null);
		}
		if (!count.equals("platforms")) {
			this.problems.add("countWhat", spec.path("count"), spec.line("count"), count);
			return null;
		}
		if (spec.has("where")) {
			this.problems.add("platformWhere", spec.path("where"), spec.line("where"));
		}
		Set<PlatformKind> kinds = EnumSet.noneOf(PlatformKind.class);
		List<String> known = Arrays.stream(PlatformKind.values()).map(Enum::name).toList();
		for (String kind : spec.texts("kinds")) {
			if (known.contains(kind)) {
				kinds.add(PlatformKind.valueOf(kind));
			}
			else {
				this.problems.add("unknownPlatformKind", spec.path("kinds"), spec.line("kinds"), kind, known);
			}
		}
		if (kinds.isEmpty()) {
			this.problems.add("platformKindsRequired", spec.path("kinds"), spec.line("kinds"), known);
		}
		String level = spec.text("min_level", false);
		PlatformLevel minLevel = PlatformLevel.DISTRICT;
		List<String> levels = Arrays.stream(PlatformLevel.values()).map(Enum::name).toList();
		if (level != null) {
			if (levels.contains(level)) {
				minLevel = PlatformLevel.valueOf(level);
			}
			else {
				this.problems.add("level", spec.path("min_level"), spec.line("min_level"), levels);
			}
		}
		return new Aggregate(name, Aggregate.Kind.COUNT_OF_PLATFORMS, null, Set.of(), kinds, minLevel);
	}

	/**
	 * Keys that only a platform count takes are refused on sums and enterprise counts.
	 */
	private void onlyFor(YamlObject spec, String... platformKeys) {
		for (String key : platformKeys) {
			if (spec.has(key)) {
				this.problems.add("onlyPlatforms", spec.path(key), spec.line(key), key);
			}
		}
	}

	private List<Indicator> indicators(YamlObject root, List<Category> categories, Map<String, Aggregate> aggregates) {
		List<Indicator> indicators = new ArrayList<>();
		List<Node> list = root.list("indicators", true);
		if (list == null) {
			return indicators;
		}
		Set<String> codes = new HashSet<>();
		Set<String> categoryCodes = new HashSet<>();
		categories.forEach((category) -> categoryCodes.add(category.code()));
		for (int i = 0; i < list.size(); i++) {
			// the code goes into the path, so that every problem names the indicator
			String peeked = YamlObject.peek(list.get(i), "code");
			String path = "indicators[" + i + "]" + ((peeked != null) ? " (" + peeked + ")" : "");
			boolean scoring = this.kind == StandardKind.SCORING;
			YamlObject indicator = YamlObject.of(list.get(i), path, scoring ? SCORED_INDICATOR : INDICATOR,
					this.problems);
			if (indicator == null) {
				continue;
			}
			String code = indicator.text("code", true);
			if (code != null && !codes.add(code)) {
				this.problems.add("duplicateIndicator", indicator.path("code"), indicator.line("code"), code);
			}
			Indicator read = scoring ? scored(indicator, code, categoryCodes, aggregates)
					: indicator(indicator, code, categoryCodes, aggregates);
			if (read != null) {
				indicators.add(read);
			}
			else {
				this.unread++;
			}
		}
		return indicators;
	}

	private Indicator indicator(YamlObject map, String code, Set<String> categoryCodes,
			Map<String, Aggregate> aggregates) {
		LocalizedText name = localized(map);
		String category = map.text("category", true);
		if (category != null && !categoryCodes.contains(category)) {
			this.problems.add("unknownCategory", map.path("category"), map.line("category"), category);
		}
		Unit unit = null;
		String unitName = map.text("unit", true);
		if (unitName != null) {
			List<String> units = Arrays.stream(Unit.values()).map(Enum::name).toList();
			if (units.contains(unitName)) {
				unit = Unit.valueOf(unitName);
			}
			else {
				this.problems.add("unknownUnit", map.path("unit"), map.line("unit"), unitName, units);
			}
		}
		Boolean coreValue = map.bool("core");
		boolean core = coreValue == null || coreValue;
		Comparison comparison = null;
		String rule = map.text("rule", true);
		if (rule != null) {
			comparison = Comparison.parse(rule).orElse(null);
			if (comparison == null) {
				this.problems.add("rule", map.path("rule"), map.line("rule"), rule);
			}
		}
		BigDecimal threshold = map.number("threshold", comparison != null && comparison != Comparison.IS_TRUE);
		if (threshold != null && threshold.signum() <= 0) {
			this.problems.add("thresholdPositive", map.path("threshold"), map.line("threshold"));
		}
		BigDecimal weight = map.number("weight", false);
		if (weight != null && weight.signum() < 0) {
			this.problems.add("weightNegative", map.path("weight"), map.line("weight"));
		}
		ValueSource source = valueSource(map, comparison, aggregates);
		if (code == null || name == null || category == null || unit == null || comparison == null || source == null) {
			return null;
		}
		return new Indicator(code, name, category, unit, core, source, comparison, threshold, weight);
	}

	/** A weight above zero and at most 1, required. */
	private BigDecimal weight(YamlObject map) {
		BigDecimal weight = map.number("weight", true);
		if (weight != null && (weight.signum() <= 0 || weight.compareTo(BigDecimal.ONE) > 0)) {
			this.problems.add("weightRange", map.path("weight"), map.line("weight"));
			return null;
		}
		return weight;
	}

	/**
	 * An indicator of a scoring standard: a formula or a qualitative score users enter, a
	 * direction and a weight within its group.
	 */
	private Indicator scored(YamlObject map, String code, Set<String> categoryCodes,
			Map<String, Aggregate> aggregates) {
		LocalizedText name = localized(map);
		String category = map.text("category", true);
		if (category != null && !categoryCodes.contains(category)) {
			this.problems.add("unknownCategory", map.path("category"), map.line("category"), category);
		}
		Boolean qualitative = map.bool("qualitative");
		boolean entered = Boolean.TRUE.equals(qualitative);
		Unit unit = entered ? Unit.SCORE : null;
		String unitName = map.text("unit", !entered);
		if (unitName != null) {
			List<String> units = Arrays.stream(Unit.values()).map(Enum::name).toList();
			if (!units.contains(unitName)) {
				this.problems.add("unknownUnit", map.path("unit"), map.line("unit"), unitName, units);
			}
			else if (entered && Unit.valueOf(unitName) != Unit.SCORE) {
				this.problems.add("qualitativeUnit", map.path("unit"), map.line("unit"));
			}
			else {
				unit = Unit.valueOf(unitName);
			}
		}
		Direction direction = null;
		String directionName = map.text("direction", true);
		if (directionName != null) {
			direction = Direction.parse(directionName).orElse(null);
			if (direction == null) {
				this.problems.add("direction", map.path("direction"), map.line("direction"), directionName);
			}
		}
		BigDecimal weight = weight(map);
		ValueSource source;
		if (entered) {
			if (map.has("formula")) {
				this.problems.add("qualitativeFormula", map.path("formula"), map.line("formula"));
			}
			source = new ValueSource.Entered();
		}
		else if (!map.has("formula")) {
			this.problems.add("formulaOrQualitative", map.path(), map.line());
			source = null;
		}
		else {
			source = formula(map, map.text("formula", true), aggregates);
		}
		if (code == null || name == null || category == null || unit == null || direction == null || weight == null
				|| source == null) {
			return null;
		}
		return new Indicator(code, name, category, unit, false, source, null, null, weight, direction);
	}

	private ValueSource valueSource(YamlObject map, Comparison comparison, Map<String, Aggregate> aggregates) {
		String formula = map.text("formula", false);
		String fact = map.text("fact", false);
		if ((formula == null) == (fact == null)) {
			this.problems.add("formulaOrFact", map.path(), map.line());
			return null;
		}
		if (fact != null) {
			if (!this.vocabulary.booleanFigures().contains(fact)) {
				this.problems.add("notAFact", map.path("fact"), map.line("fact"), fact,
						List.copyOf(new TreeSet<>(this.vocabulary.booleanFigures())));
			}
			if (comparison != null && comparison != Comparison.IS_TRUE) {
				this.problems.add("factRule", map.path("rule"), map.line("rule"));
			}
			return new ValueSource.Fact(fact);
		}
		if (comparison == Comparison.IS_TRUE) {
			this.problems.add("formulaRule", map.path("rule"), map.line("rule"));
		}
		return formula(map, formula, aggregates);
	}

	/** A formula checked against the formula rules and the file's inputs. */
	private ValueSource formula(YamlObject map, String formula, Map<String, Aggregate> aggregates) {
		if (formula == null) {
			return null;
		}
		SafeFormula compiled;
		try {
			compiled = SafeFormula.compile(formula);
		}
		catch (SafeFormula.Invalid ex) {
			this.problems.add("formula", map.path("formula"), map.line("formula"), ex.problem());
			return null;
		}
		for (String input : compiled.inputs()) {
			if (!this.vocabulary.numericFigures().contains(input) && !aggregates.containsKey(input)) {
				this.problems.add("unknownInput", map.path("formula"), map.line("formula"), input);
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

	/** {zh, en} under a key of the object. */
	private LocalizedText localized(YamlObject object, String key, boolean required) {
		if (!object.has(key)) {
			if (required) {
				this.problems.add("required", object.path(key), object.line());
			}
			return null;
		}
		YamlObject text = YamlObject.of(object.node(key), object.path(key), TEXT, this.problems);
		return (text != null) ? localized(text) : null;
	}

	/**
	 * zh and en keys of the object itself (categories and indicators carry them inline).
	 */
	private LocalizedText localized(YamlObject object) {
		String zh = object.text("zh", true);
		String en = object.text("en", false);
		return (zh != null) ? new LocalizedText(zh, en) : null;
	}

}

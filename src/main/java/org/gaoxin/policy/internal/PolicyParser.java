package org.gaoxin.policy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gaoxin.policy.Article;
import org.gaoxin.policy.Check;
import org.gaoxin.policy.Condition;
import org.gaoxin.policy.Policy;
import org.gaoxin.policy.PolicyFormatException;
import org.gaoxin.policy.PolicyInputs;
import org.gaoxin.policy.Subject;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.yaml.Problems;
import org.gaoxin.shared.yaml.YamlObject;
import org.gaoxin.standard.SafeFormula;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a policy file against a strict schema, as standard files are read: unknown or
 * repeated keys, texts where numbers belong, type tags, and formulas beyond arithmetic
 * over the known inputs are problems, each with its path, line and rule. Formulas are the
 * standards' {@link SafeFormula} (numbers, inputs, + − × ÷, brackets, MIN/MAX/ABS/ROUND),
 * here also without exponent notation and with at most {@value #MAX_DEPTH} nested
 * brackets, so that an award cannot be made to compute for long or overflow.
 */
public final class PolicyParser {

	static final int MAX_DEPTH = 8;

	/** A literal of a formula: plain digits, at most 12 before the point. */
	private static final java.util.regex.Pattern HUGE_OR_EXPONENT = java.util.regex.Pattern.compile("\\d[eE]|\\d{13,}");

	private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	private static final List<String> ROOT = List.of("code", "version", "illustrative", "name", "issuer", "document_no",
			"valid", "cap_per_enterprise_year", "articles");

	private static final List<String> TEXT = List.of("zh", "en");

	private static final List<String> VALID = List.of("from", "to");

	private static final List<String> ARTICLE = List.of("code", "name", "subject", "when", "award",
			"cap_per_enterprise", "cap_per_year", "budget");

	private static final List<String> BUDGET = List.of("line", "planned");

	private static final List<String> CONDITION = List.of("input", "fact", "at_least", "more_than", "at_most",
			"less_than", "is");

	private final String file;

	private final Problems problems = new Problems();

	private PolicyParser(String file) {
		this.file = file;
	}

	public static Policy parse(String file, String text, String source) {
		return new PolicyParser(file).read(text, source);
	}

	private Policy read(String text, String source) {
		Node node;
		try {
			node = YamlObject.compose(text);
		}
		catch (YamlObject.Unreadable ex) {
			throw new PolicyFormatException(this.file, List.of(ex.problem().code().equals("standard.problem.root")
					? Message.of("policy.problem.root") : ex.problem()));
		}
		YamlObject.checkTags(node, this.problems);
		if (!this.problems.isEmpty()) {
			throw new PolicyFormatException(this.file, this.problems.list());
		}
		YamlObject root = YamlObject.of(node, "", ROOT, this.problems);
		if (root == null) {
			throw new PolicyFormatException(this.file, List.of(Message.of("policy.problem.root")));
		}
		String code = name(root, "code");
		String version = name(root, "version");
		Boolean illustrative = root.bool("illustrative");
		LocalizedText name = localized(root, "name", true);
		LocalizedText issuer = localized(root, "issuer", true);
		String documentNo = root.text("document_no", true);
		if (documentNo != null && documentNo.length() > 100) {
			this.problems.add("policy.problem.tooLong", root.path("document_no"), root.line("document_no"), 100);
		}
		int[] valid = valid(root);
		BigDecimal capYear = amount(root, "cap_per_enterprise_year", false);
		List<Article> articles = articles(root);
		if (!this.problems.isEmpty()) {
			throw new PolicyFormatException(this.file, this.problems.list());
		}
		return new Policy(code, version, name, issuer, documentNo, valid[0], valid[1],
				Boolean.TRUE.equals(illustrative), capYear, articles, source, YamlObject.checksum(text));
	}

	private int[] valid(YamlObject root) {
		if (!root.has("valid")) {
			this.problems.add("required", root.path("valid"), root.line());
			return new int[] { 0, 0 };
		}
		YamlObject valid = YamlObject.of(root.node("valid"), "valid", VALID, this.problems);
		if (valid == null) {
			return new int[] { 0, 0 };
		}
		int from = year(valid, "from");
		int to = year(valid, "to");
		if (from > 0 && to > 0 && to < from) {
			this.problems.add("policy.problem.validYears", valid.path(), valid.line(), from, to);
		}
		return new int[] { from, to };
	}

	private int year(YamlObject object, String key) {
		BigDecimal year = object.number(key, true);
		if (year == null) {
			return 0;
		}
		if (year.scale() > 0 || year.compareTo(BigDecimal.valueOf(2000)) < 0
				|| year.compareTo(BigDecimal.valueOf(2100)) > 0) {
			this.problems.add("policy.problem.year", object.path(key), object.line(key));
			return 0;
		}
		return year.intValueExact();
	}

	private List<Article> articles(YamlObject root) {
		List<Node> items = root.list("articles", true);
		List<Article> articles = new ArrayList<>();
		if (items == null) {
			return articles;
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String peek = YamlObject.peek(items.get(i), "code");
			String path = "articles[" + i + "]" + ((peek != null) ? " (" + peek + ")" : "");
			YamlObject object = YamlObject.of(items.get(i), path, ARTICLE, this.problems);
			if (object == null) {
				continue;
			}
			Article article = article(object);
			if (article != null) {
				if (!codes.add(article.code())) {
					this.problems.add("policy.problem.duplicateArticle", object.path("code"), object.line("code"),
							article.code());
				}
				articles.add(article);
			}
		}
		return articles;
	}

	private Article article(YamlObject object) {
		String code = name(object, "code");
		LocalizedText name = localized(object, "name", true);
		Subject subject = subject(object);
		List<Condition> conditions = conditions(object, subject);
		SafeFormula award = formula(object, subject);
		BigDecimal capSubject = amount(object, "cap_per_enterprise", false);
		BigDecimal capYear = amount(object, "cap_per_year", false);
		String line = null;
		BigDecimal planned = null;
		if (object.has("budget")) {
			YamlObject budget = YamlObject.of(object.node("budget"), object.path("budget"), BUDGET, this.problems);
			if (budget != null) {
				line = budget.text("line", true);
				planned = amount(budget, "planned", true);
			}
		}
		else {
			this.problems.add("required", object.path("budget"), object.line());
		}
		if (code == null || name == null || subject == null || award == null || line == null || planned == null) {
			return null;
		}
		return new Article(code, name, subject, conditions, award, capSubject, capYear, line, planned);
	}

	private Subject subject(YamlObject object) {
		String text = object.text("subject", false);
		if (text == null) {
			return Subject.ENTERPRISE;
		}
		for (Subject subject : Subject.values()) {
			if (subject.name().toLowerCase(Locale.ROOT).equals(text)) {
				return subject;
			}
		}
		this.problems.add("policy.problem.subject", object.path("subject"), object.line("subject"), text);
		return null;
	}

	private List<Condition> conditions(YamlObject article, Subject subject) {
		List<Condition> conditions = new ArrayList<>();
		List<Node> items = article.list("when", false);
		if (items == null) {
			return conditions;
		}
		for (int i = 0; i < items.size(); i++) {
			YamlObject object = YamlObject.of(items.get(i), article.path("when") + "[" + i + "]", CONDITION,
					this.problems);
			if (object != null) {
				Condition condition = condition(object, (subject != null) ? subject : Subject.ENTERPRISE);
				if (condition != null) {
					conditions.add(condition);
				}
			}
		}
		return conditions;
	}

	private Condition condition(YamlObject object, Subject subject) {
		boolean fact = object.has("fact");
		if (fact == object.has("input")) {
			this.problems.add("policy.problem.inputOrFact", object.path(), object.line());
			return null;
		}
		String key = fact ? "fact" : "input";
		String input = object.text(key, true);
		if (input == null) {
			return null;
		}
		if (fact != PolicyInputs.fact(input) || !PolicyInputs.known(subject, input)) {
			this.problems.add(fact ? "policy.problem.unknownFact" : "policy.problem.unknownInput", object.path(key),
					object.line(key), input, fact ? factsFor(subject) : "rd_expense, rd_expense_increase, employees…");
			return null;
		}
		if (fact) {
			Boolean is = object.bool("is");
			for (Check check : Check.values()) {
				if (!check.fact() && object.has(check.key())) {
					this.problems.add("policy.problem.thresholdOnFact", object.path(check.key()),
							object.line(check.key()));
				}
			}
			return new Condition(input, Boolean.FALSE.equals(is) ? Check.IS_FALSE : Check.IS_TRUE, null);
		}
		if (object.has("is")) {
			this.problems.add("policy.problem.isOnInput", object.path("is"), object.line("is"));
		}
		Condition found = null;
		int given = 0;
		for (Check check : Check.values()) {
			if (!check.fact() && object.has(check.key())) {
				given++;
				BigDecimal threshold = object.number(check.key(), true);
				if (threshold != null) {
					found = new Condition(input, check, threshold);
				}
			}
		}
		if (given != 1) {
			this.problems.add("policy.problem.oneComparison", object.path(), object.line());
			return null;
		}
		return found;
	}

	private static List<String> factsFor(Subject subject) {
		List<String> facts = new ArrayList<>(PolicyInputs.ENTERPRISE_FACTS);
		if (subject == Subject.TALENT) {
			facts.addAll(PolicyInputs.TALENT_FACTS);
		}
		return facts;
	}

	private SafeFormula formula(YamlObject object, Subject subject) {
		String text = object.text("award", true);
		if (text == null) {
			return null;
		}
		String path = object.path("award");
		int line = object.line("award");
		if (HUGE_OR_EXPONENT.matcher(text).find()) {
			this.problems.add("policy.problem.formulaNumber", path, line);
			return null;
		}
		if (depth(text) > MAX_DEPTH) {
			this.problems.add("policy.problem.formulaDepth", path, line, MAX_DEPTH);
			return null;
		}
		SafeFormula formula;
		try {
			formula = SafeFormula.compile(text);
		}
		catch (SafeFormula.Invalid ex) {
			this.problems.add("policy.problem.formula", path, line, ex.problem());
			return null;
		}
		boolean known = true;
		for (String input : formula.inputs()) {
			if (!PolicyInputs.known((subject != null) ? subject : Subject.ENTERPRISE, input)) {
				this.problems.add("policy.problem.unknownInput", path, line, input,
						"rd_expense, rd_expense_increase, employees…");
				known = false;
			}
		}
		return known ? formula : null;
	}

	private static int depth(String text) {
		int depth = 0;
		int max = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				max = Math.max(max, ++depth);
			}
			else if (c == ')') {
				depth--;
			}
		}
		return max;
	}

	private BigDecimal amount(YamlObject object, String key, boolean required) {
		BigDecimal amount = object.number(key, required);
		if (amount != null && amount.signum() < 0) {
			this.problems.add("policy.problem.negative", object.path(key), object.line(key));
			return null;
		}
		return amount;
	}

	private String name(YamlObject object, String key) {
		String value = object.text(key, true);
		if (value != null && !value.matches(NAME)) {
			this.problems.add("name", object.path(key), object.line(key));
			return null;
		}
		return value;
	}

	private LocalizedText localized(YamlObject object, String key, boolean required) {
		if (!object.has(key)) {
			if (required) {
				this.problems.add("required", object.path(key), object.line());
			}
			return null;
		}
		YamlObject text = YamlObject.of(object.node(key), object.path(key), TEXT, this.problems);
		if (text == null) {
			return null;
		}
		String zh = text.text("zh", true);
		String en = text.text("en", false);
		if ((zh != null && zh.length() > 200) || (en != null && en.length() > 200)) {
			this.problems.add("policy.problem.tooLong", text.path(), text.line(), 200);
			return null;
		}
		return (zh != null) ? new LocalizedText(zh, en) : null;
	}

}

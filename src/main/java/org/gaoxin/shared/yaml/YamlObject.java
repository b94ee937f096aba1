package org.gaoxin.shared.yaml;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.io.StringReader;

import org.gaoxin.shared.Message;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A mapping of a data file (a standard, a policy) read against a closed list of keys: an
 * unknown or repeated key, a text where a number belongs, a list where one value belongs
 * — each is a problem with its path and line. Works on SnakeYAML's composed nodes, which
 * keep their place in the file and are never turned into Java objects.
 */
public final class YamlObject {

	/** Numbers a standard holds are shares, years and thresholds: a few digits each. */
	public static final int MAX_NUMBER_DIGITS = 30;

	private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
			Tag.MAP, Tag.SEQ);

	private final String path;

	private final int line;

	private final Map<String, Node> values = new LinkedHashMap<>();

	private final Problems problems;

	private YamlObject(String path, int line, Problems problems) {
		this.path = path;
		this.line = line;
		this.problems = problems;
	}

	/**
	 * The node as an object with only the given keys, or null (and a problem) when it is
	 * not a mapping.
	 */
	public static YamlObject of(Node node, String path, List<String> allowed, Problems problems) {
		if (!(node instanceof MappingNode mapping)) {
			problems.add("object", path, line(node), allowed);
			return null;
		}
		YamlObject object = new YamlObject(path, line(node), problems);
		object.read(mapping, allowed);
		return object;
	}

	/** A mapping whose keys are names the file chooses (aggregates), with their lines. */
	public static Map<String, Node> entries(Node node, String path, Problems problems) {
		if (!(node instanceof MappingNode mapping)) {
			problems.add("object", path, line(node), List.of());
			return Map.of();
		}
		YamlObject object = new YamlObject(path, line(node), problems);
		object.read(mapping, null);
		return object.values;
	}

	/** A key's single value read without any check, for naming a place; or null. */
	public static String peek(Node node, String key) {
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
						&& tuple.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
					String value = v.getValue().strip();
					return (value.length() > 64) ? value.substring(0, 64) + "…" : value;
				}
			}
		}
		return null;
	}

	/**
	 * The file's root node, composed by SnakeYAML without constructing any object, with
	 * limits on aliases, nesting and length; a file that is not YAML (or JSON) is an
	 * {@link Unreadable} naming the line and column where reading stopped.
	 */
	public static Node compose(String text) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit(1_000_000);
		Node root;
		try {
			root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			throw new Unreadable(
					(mark != null) ? Message.of("standard.problem.unreadable", mark.getLine() + 1, mark.getColumn() + 1)
							: Message.of("standard.problem.unreadableNoPlace"));
		}
		catch (RuntimeException ex) {
			// too many aliases, too deep, too long: SnakeYAML says so without a place
			throw new Unreadable(Message.of("standard.problem.unreadableNoPlace"));
		}
		if (root == null) {
			throw new Unreadable(Message.of("standard.problem.root"));
		}
		return root;
	}

	/**
	 * A data file's bytes as text: at most {@code maxBytes}, strict UTF-8 (a GBK file is
	 * refused, not read as garbage); otherwise an {@link Unreadable} saying which.
	 */
	public static String decode(byte[] content, int maxBytes) {
		if (content.length > maxBytes) {
			throw new Unreadable(Message.of("standard.problem.tooLarge", maxBytes));
		}
		try {
			return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(content))
				.toString();
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw new Unreadable(Message.of("standard.problem.notUtf8"));
		}
	}

	/** A file's SHA-256 in hex: what tells a changed file from the version loaded. */
	public static String checksum(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A file that cannot be read as YAML at all: the problem, as a message. */
	public static final class Unreadable extends RuntimeException {

		@java.io.Serial
		private static final long serialVersionUID = 1L;

		private final transient Message problem;

		Unreadable(Message problem) {
			super(problem.code());
			this.problem = problem;
		}

		public Message problem() {
			return this.problem;
		}

	}

	/**
	 * Every node's tag is one plain YAML has (no {@code !!java.…}, no {@code !!binary},
	 * no merge key); shared (aliased) nodes are visited once.
	 */
	public static void checkTags(Node root, Problems problems) {
		walk(root, Collections.newSetFromMap(new IdentityHashMap<>()), problems);
	}

	private static void walk(Node node, Set<Node> seen, Problems problems) {
		if (node == null || !seen.add(node)) {
			return;
		}
		if (!ALLOWED_TAGS.contains(node.getTag())) {
			problems.add("tag", "", line(node), node.getTag().getValue());
		}
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				walk(tuple.getKeyNode(), seen, problems);
				walk(tuple.getValueNode(), seen, problems);
			}
		}
		else if (node instanceof SequenceNode sequence) {
			sequence.getValue().forEach((item) -> walk(item, seen, problems));
		}
	}

	private void read(MappingNode mapping, List<String> allowed) {
		Map<String, Integer> firstLines = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			Node keyNode = tuple.getKeyNode();
			if (!(keyNode instanceof ScalarNode scalar)) {
				this.problems.add("keyNotText", this.path, line(keyNode));
				continue;
			}
			String key = scalar.getValue();
			Integer first = firstLines.putIfAbsent(key, line(keyNode));
			if (first != null) {
				this.problems.add("duplicateKey", join(this.path, key), line(keyNode), key, first);
				continue;
			}
			if (allowed != null && !allowed.contains(key)) {
				this.problems.add("unknownKey", join(this.path, key), line(keyNode), key, allowed);
				continue;
			}
			this.values.put(key, tuple.getValueNode());
		}
	}

	public String path() {
		return this.path;
	}

	public String path(String key) {
		return join(this.path, key);
	}

	public int line() {
		return this.line;
	}

	/** The line of the key's value, or of this object when the key is absent. */
	public int line(String key) {
		Node node = this.values.get(key);
		return (node != null) ? line(node) : this.line;
	}

	public boolean has(String key) {
		Node node = this.values.get(key);
		return node != null && !isNull(node);
	}

	public Node node(String key) {
		return this.values.get(key);
	}

	/** A single value as text (numbers and dates as written), or null. */
	public String text(String key, boolean required) {
		Node node = this.values.get(key);
		if (node == null || isNull(node)) {
			if (required) {
				this.problems.add("required", path(key), line(key));
			}
			return null;
		}
		if (!(node instanceof ScalarNode scalar)) {
			this.problems.add("text", path(key), line(node));
			return null;
		}
		String text = scalar.getValue().strip();
		if (text.isEmpty()) {
			if (required) {
				this.problems.add("required", path(key), line(node));
			}
			return null;
		}
		return text;
	}

	/** A number written as a number (not in quotes), or null. */
	public BigDecimal number(String key, boolean required) {
		Node node = this.values.get(key);
		if (node == null || isNull(node)) {
			if (required) {
				this.problems.add("required", path(key), line(key));
			}
			return null;
		}
		if (!(node instanceof ScalarNode scalar)) {
			this.problems.add("number", path(key), line(node), "…");
			return null;
		}
		String text = scalar.getValue().strip();
		if (text.length() > 2 * MAX_NUMBER_DIGITS) {
			// refused before it is parsed: a million digits take long to read
			this.problems.add("numberTooLong", path(key), line(node), MAX_NUMBER_DIGITS);
			return null;
		}
		BigDecimal number = decimal(text);
		boolean quoted = scalar.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
		if (quoted && number != null) {
			this.problems.add("quotedNumber", path(key), line(node), text);
			return null;
		}
		// a plain 1e5 is a string to YAML 1.1 but a number to the reader
		boolean numeric = node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.FLOAT)
				|| node.getTag().equals(Tag.STR);
		if (number == null || quoted || !numeric) {
			this.problems.add("number", path(key), line(node), text);
			return null;
		}
		if (number.precision() > MAX_NUMBER_DIGITS || Math.abs(number.scale()) > MAX_NUMBER_DIGITS) {
			this.problems.add("numberTooLong", path(key), line(node), MAX_NUMBER_DIGITS);
			return null;
		}
		return number;
	}

	/** true or false (YAML's yes/no/on/off too), or null when absent. */
	public Boolean bool(String key) {
		Node node = this.values.get(key);
		if (node == null || isNull(node)) {
			return null;
		}
		if (!(node instanceof ScalarNode scalar) || !node.getTag().equals(Tag.BOOL)) {
			this.problems.add("boolean", path(key), line(node));
			return null;
		}
		String text = scalar.getValue().toLowerCase(java.util.Locale.ROOT);
		return text.equals("true") || text.equals("yes") || text.equals("on") || text.equals("y");
	}

	/** A list's items, or null (with a problem when required or not a list). */
	public List<Node> list(String key, boolean required) {
		Node node = this.values.get(key);
		if (node == null || isNull(node)) {
			if (required) {
				this.problems.add("nonEmptyList", path(key), line(key));
			}
			return null;
		}
		if (!(node instanceof SequenceNode sequence)) {
			this.problems.add(required ? "nonEmptyList" : "list", path(key), line(node));
			return null;
		}
		if (required && sequence.getValue().isEmpty()) {
			this.problems.add("nonEmptyList", path(key), line(node));
			return null;
		}
		return sequence.getValue();
	}

	/** The texts of a list of single values; an item that is not one is a problem. */
	public List<String> texts(String key) {
		List<Node> items = list(key, false);
		if (items == null) {
			return List.of();
		}
		List<String> texts = new java.util.ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) instanceof ScalarNode scalar && !isNull(scalar)) {
				texts.add(scalar.getValue().strip());
			}
			else {
				this.problems.add("text", path(key) + "[" + i + "]", line(items.get(i)));
			}
		}
		return texts;
	}

	public static int line(Node node) {
		return (node != null && node.getStartMark() != null) ? node.getStartMark().getLine() + 1 : 0;
	}

	private static boolean isNull(Node node) {
		return node.getTag().equals(Tag.NULL);
	}

	private static BigDecimal decimal(String text) {
		try {
			return new BigDecimal(text.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String join(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

}

package org.gaoxin.standard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.Unit;
import org.gaoxin.standard.internal.StandardParser;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ValueType;
import org.gaoxin.statistics.ZoneFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of standards. A version, once loaded, never changes: loading the same file
 * again is a no-op, loading different content under an existing version is refused.
 */
@Service
public class Standards {

	public static final int MAX_FILE_BYTES = 1_000_000;

	private final JdbcClient jdbc;

	private final ZoneFigures figures;

	private final AuditLog audit;

	private final Clock clock;

	private final Map<String, Standard> parsed = new ConcurrentHashMap<>();

	Standards(JdbcClient jdbc, ZoneFigures figures, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.figures = figures;
		this.audit = audit;
		this.clock = clock;
	}

	/** Reads and validates a file without storing it. */
	public Standard parse(String fileName, byte[] content, String source) {
		String text;
		try {
			text = org.gaoxin.shared.yaml.YamlObject.decode(content, MAX_FILE_BYTES);
		}
		catch (org.gaoxin.shared.yaml.YamlObject.Unreadable ex) {
			throw new StandardFormatException(fileName, List.of(ex.problem()));
		}
		return StandardParser.parse(fileName, text, vocabulary(), source);
	}

	/** A user uploads a standard file (administrators only). */
	@Transactional
	public Standard upload(String fileName, byte[] content, DataScope scope) {
		if (scope.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an administrator adds standards");
		}
		return load(fileName, content, "upload:" + fileName);
	}

	/** Loads a file from a trusted place (built-in resources, the configured folder). */
	@Transactional
	public Standard load(String fileName, byte[] content, String source) {
		Standard standard = parse(fileName, content, source);
		Optional<StandardSummary> existing = summary(standard.code(), standard.version());
		if (existing.isPresent()) {
			if (!existing.get().checksum().equals(standard.checksum())) {
				throw new StandardFormatException(fileName,
						List.of(Message.of("standard.problem.versionExists", standard.reference())));
			}
			return get(standard.code(), standard.version());
		}
		this.jdbc.sql("""
				INSERT INTO standard_version (code, version, name_zh, content, source, checksum, loaded_at)
				VALUES (:code, :version, :name, :content, :source, :checksum, :at)""")
			.param("code", standard.code())
			.param("version", standard.version())
			.param("name", standard.name().zh())
			.param("content", new String(content, StandardCharsets.UTF_8))
			.param("source", source)
			.param("checksum", standard.checksum())
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		this.audit.created("standard", standard.reference(),
				Map.of("source", source, "checksum", standard.checksum(), "indicators", standard.indicators().size()));
		return standard;
	}

	/** Every loaded version, retired ones included, in the order they were loaded. */
	@Transactional(readOnly = true)
	public List<StandardSummary> list() {
		return this.jdbc.sql("""
				SELECT code, version, name_zh, source, checksum, loaded_at, retired_at, retired_by
				FROM standard_version ORDER BY code, id""").query((rs, row) -> {
			OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
			return new StandardSummary(rs.getString("code"), rs.getString("version"), rs.getString("name_zh"),
					rs.getString("source"), rs.getString("checksum"),
					rs.getObject("loaded_at", OffsetDateTime.class).toInstant(),
					(retired != null) ? retired.toInstant() : null, rs.getString("retired_by"));
		}).list();
	}

	/** The versions offered for new evaluations: every one not retired. */
	@Transactional(readOnly = true)
	public List<StandardSummary> offered() {
		return list().stream().filter((s) -> !s.retired()).toList();
	}

	/**
	 * A version of a standard, retired or not (evaluations that used it stay readable);
	 * without a version, the latest one offered.
	 */
	@Transactional(readOnly = true)
	public Standard get(String code, String version) {
		String resolved = (version != null && !version.isBlank()) ? version : latestVersion(code);
		return this.parsed.computeIfAbsent(code + "@" + resolved, (key) -> {
			record Stored(String content, String source) {
			}
			Stored stored = this.jdbc
				.sql("SELECT content, source FROM standard_version WHERE code = :code AND version = :version")
				.param("code", code)
				.param("version", resolved)
				.query(Stored.class)
				.optional()
				.orElseThrow(() -> new NotFoundException("No standard " + key));
			return StandardParser.parse(key, stored.content(), vocabulary(), stored.source());
		});
	}

	/**
	 * Every indicator's formula as people read it, by indicator code: inputs by their
	 * names and units (see {@link #inputNames}).
	 */
	@Transactional(readOnly = true)
	public Map<String, FormulaText> formulas(Standard standard) {
		Map<String, Message> names = inputNames(standard);
		Map<String, FormulaText> formulas = new LinkedHashMap<>();
		for (Indicator indicator : standard.indicators()) {
			formulas.put(indicator.code(), FormulaText.of(indicator.source(), names::get));
		}
		return formulas;
	}

	/**
	 * What every input of the standard's formulas is called, with its unit: a zone
	 * figure's name from its definition, an aggregate's from what it sums or counts.
	 */
	@Transactional(readOnly = true)
	public Map<String, Message> inputNames(Standard standard) {
		Map<String, FigureDefinition> figures = new HashMap<>();
		this.figures.definitions().forEach((definition) -> figures.put(definition.code(), definition));
		this.figures.derivedDefinitions().forEach((definition) -> figures.put(definition.code(), definition));
		Map<String, Message> names = new HashMap<>();
		for (Indicator indicator : standard.indicators()) {
			Set<String> inputs = (indicator.source() instanceof ValueSource.Formula formula) ? formula.inputs()
					: (indicator.source() instanceof ValueSource.Fact fact) ? Set.of(fact.figure()) : Set.of();
			inputs.forEach((name) -> names.put(name, input(standard, figures, name)));
		}
		return names;
	}

	private static Message input(Standard standard, Map<String, FigureDefinition> figures, String name) {
		Aggregate aggregate = standard.aggregates().get(name);
		if (aggregate != null) {
			return Message.of("standard.formula.input", aggregate.label(), aggregate.unit());
		}
		FigureDefinition figure = figures.get(name);
		if (figure == null) {
			return Message.of("standard.formula.name", name);
		}
		LocalizedText label = new LocalizedText(figure.nameZh(), figure.nameEn());
		return (figure.unit() == Unit.YES_NO) ? Message.of("standard.formula.name", label)
				: Message.of("standard.formula.input", label, figure.unit());
	}

	/** Every version offered, read: what a page's standard selector lists. */
	@Transactional(readOnly = true)
	public List<Standard> offeredStandards() {
		return offered().stream().map((s) -> get(s.code(), s.version())).toList();
	}

	/** The versions of one kind offered for new evaluations. */
	@Transactional(readOnly = true)
	public List<StandardSummary> offered(StandardKind kind) {
		return offered().stream().filter((s) -> get(s.code(), s.version()).kind() == kind).toList();
	}

	/**
	 * A standard that must be a threshold one (a verdict, targets, the accreditation
	 * path): a scoring standard named there is refused with a message saying where it is
	 * evaluated.
	 */
	public Standard resolveThreshold(String reference) {
		Standard standard = resolve(reference);
		if (standard.kind() != StandardKind.THRESHOLD) {
			throw new InputRefused(Message.of("standard.error.notThreshold", standard.reference()), "standard", "kind");
		}
		return standard;
	}

	/**
	 * "CODE@VERSION" (any version, retired ones too) or "CODE" (the latest offered); null
	 * or blank gives the first threshold standard offered.
	 */
	public Standard resolve(String reference) {
		if (reference == null || reference.isBlank()) {
			List<StandardSummary> offered = offered(StandardKind.THRESHOLD);
			if (offered.isEmpty()) {
				throw new NotFoundException("No standard is loaded");
			}
			return get(offered.get(0).code(), null);
		}
		int at = reference.indexOf('@');
		return (at < 0) ? get(reference, null) : get(reference.substring(0, at), reference.substring(at + 1));
	}

	/**
	 * Retires a version (administrators only), audited: it stays readable for history and
	 * for the evaluations that name it, and is no longer offered or the default.
	 * @return false when it was retired already
	 */
	@Transactional
	public boolean retire(String code, String version, DataScope scope) {
		if (scope.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an administrator retires standards");
		}
		StandardSummary summary = summary(code, version)
			.orElseThrow(() -> new NotFoundException("No standard " + code + "@" + version));
		int changed = this.jdbc.sql("""
				UPDATE standard_version SET retired_at = :at, retired_by = :by
				WHERE code = :code AND version = :version AND retired_at IS NULL""")
			.param("at", OffsetDateTime.now(this.clock))
			.param("by", this.audit.actor())
			.param("code", code)
			.param("version", version)
			.update();
		if (changed == 0) {
			return false;
		}
		this.audit.updated("standard", summary.reference(), Map.of("retired", false), Map.of("retired", true));
		return true;
	}

	private String latestVersion(String code) {
		return this.jdbc.sql("""
				SELECT version FROM standard_version WHERE code = :code AND retired_at IS NULL
				ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
			.param("code", code)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No standard " + code));
	}

	private Optional<StandardSummary> summary(String code, String version) {
		return list().stream().filter((s) -> s.code().equals(code) && s.version().equals(version)).findFirst();
	}

	private Vocabulary vocabulary() {
		Set<String> numbers = new HashSet<>();
		Set<String> flags = new HashSet<>();
		for (FigureDefinition definition : this.figures.definitions()) {
			(definition.valueType() == ValueType.BOOLEAN ? flags : numbers).add(definition.code());
		}
		this.figures.derivedDefinitions().forEach((definition) -> numbers.add(definition.code()));
		return new Vocabulary(numbers, flags);
	}

}

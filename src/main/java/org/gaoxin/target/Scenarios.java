package org.gaoxin.target;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.Certificates;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.Scenario;
import org.gaoxin.evaluation.Scenario.Mode;
import org.gaoxin.filing.ReportField;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.qualification.Candidate;
import org.gaoxin.qualification.CultivationPool;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.ConflictException;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.Unit;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ZoneFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What-if scenarios of a zone: evaluated beside the stored data without touching it;
 * saved, named and shared by the zone's staff (administrators, headquarters,
 * departments), every save audited.
 */
@Service
public class Scenarios {

	/**
	 * A plan turned into a scenario names each of its candidates: room for a large pool.
	 */
	public static final int MAX_CHANGES = 300;

	private static final int MAX_COUNT = 10_000;

	private static final int MAX_NAME = 100;

	private static final int MAX_DESCRIPTION = 500;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Regions regions;

	private final Evaluator evaluator;

	private final CultivationPool pool;

	private final Enterprises enterprises;

	private final ZoneFigures figures;

	private final Clock clock;

	private final Certificates certificates;

	Scenarios(JdbcClient jdbc, AuditLog audit, Regions regions, Evaluator evaluator, CultivationPool pool,
			Enterprises enterprises, ZoneFigures figures, Clock clock, Certificates certificates) {
		this.certificates = certificates;
		this.jdbc = jdbc;
		this.audit = audit;
		this.regions = regions;
		this.evaluator = evaluator;
		this.pool = pool;
		this.enterprises = enterprises;
		this.figures = figures;
		this.clock = clock;
	}

	/** The zone's staff save scenarios; whoever reads the zone may run them. */
	public static boolean canSave(DataScope scope, String zoneCode) {
		return scope.canEditFigures(zoneCode);
	}

	/**
	 * The scenario's evaluation beside the stored data's, for its year. Running one needs
	 * no name: only saving does.
	 */
	@Transactional(readOnly = true)
	public ScenarioOutcome evaluate(String zoneCode, ScenarioDraft draft, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		check(zoneCode, draft, scope);
		List<Message> applied = new ArrayList<>();
		Scenario scenario = resolve(zoneCode, draft, scope, applied);
		Evaluation actual = this.evaluator.evaluate(zoneCode, draft.year(), draft.standard(), Scenario.NONE, scope);
		Evaluation changed = this.evaluator.evaluate(zoneCode, draft.year(), draft.standard(), scenario, scope);
		List<IndicatorComparison> indicators = new ArrayList<>();
		for (IndicatorResult result : actual.indicators()) {
			changed.indicator(result.code())
				.ifPresent((other) -> indicators.add(new IndicatorComparison(result, other)));
		}
		return new ScenarioOutcome(draft, actual, changed, indicators, applied);
	}

	/**
	 * A saved scenario evaluated as far as the caller may see it: a change about an
	 * enterprise outside the caller's data scope (a chain leader opening the zone's
	 * scenario) is left out, and the outcome says so first, never as the caller's error.
	 */
	@Transactional(readOnly = true)
	public ScenarioOutcome evaluateSaved(String zoneCode, long id, DataScope scope) {
		ScenarioDraft draft = get(zoneCode, id, scope).draft();
		ScenarioDraft readable = readable(draft, scope);
		ScenarioOutcome outcome = evaluate(zoneCode, readable, scope);
		int leftOut = draft.changes().size() - readable.changes().size();
		if (leftOut == 0) {
			return outcome;
		}
		List<Message> applied = new ArrayList<>();
		applied.add(Message.of("target.scenario.outOfScope", leftOut));
		applied.addAll(outcome.applied());
		return new ScenarioOutcome(outcome.draft(), outcome.actual(), outcome.scenario(), outcome.indicators(),
				applied);
	}

	/**
	 * The draft without the changes about enterprises the caller may not see (all of it
	 * for the zone's staff).
	 */
	@Transactional(readOnly = true)
	public ScenarioDraft readable(ScenarioDraft draft, DataScope scope) {
		List<ScenarioChange> changes = draft.changes()
			.stream()
			.filter((c) -> c.enterpriseId() == null || this.enterprises.find(c.enterpriseId(), scope).isPresent())
			.toList();
		return (changes.size() == draft.changes().size()) ? draft
				: new ScenarioDraft(draft.name(), draft.description(), draft.year(), draft.standard(), changes);
	}

	@Transactional(readOnly = true)
	public List<SavedScenario> list(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		List<SavedScenario> headers = this.jdbc
			.sql("SELECT * FROM what_if_scenario WHERE zone_code = :zone ORDER BY updated_at DESC, id DESC")
			.param("zone", zoneCode)
			.query((rs, row) -> scenario(rs, List.of()))
			.list();
		Map<Long, List<ScenarioChange>> changes = changes(zoneCode);
		return headers.stream().map((s) -> withChanges(s, changes.getOrDefault(s.id(), List.of()))).toList();
	}

	@Transactional(readOnly = true)
	public SavedScenario get(String zoneCode, long id, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		return find(zoneCode, id).orElseThrow(() -> new NotFoundException("No scenario " + id + " in " + zoneCode));
	}

	@Transactional
	public SavedScenario create(String zoneCode, ScenarioDraft draft, DataScope scope) {
		requireStaff(zoneCode, scope);
		checkName(draft);
		check(zoneCode, draft, scope);
		requireUniqueName(zoneCode, draft.name(), null);
		OffsetDateTime now = now();
		String actor = this.audit.actor();
		this.jdbc
			.sql("""
					INSERT INTO what_if_scenario (zone_code, name, description, base_year, standard, created_by, created_at, updated_by, updated_at)
					VALUES (:zone, :name, :description, :year, :standard, :by, :at, :by, :at)""")
			.param("zone", zoneCode)
			.param("name", draft.name().strip())
			.param("description", blankToNull(draft.description()))
			.param("year", draft.year())
			.param("standard", standardOf(draft))
			.param("by", actor)
			.param("at", now)
			.update();
		long id = this.jdbc.sql("SELECT id FROM what_if_scenario WHERE zone_code = :zone AND name = :name")
			.param("zone", zoneCode)
			.param("name", draft.name().strip())
			.query(Long.class)
			.single();
		writeChanges(id, draft.changes());
		this.audit.created("what_if_scenario", zoneCode + "/" + id, describe(draft));
		return find(zoneCode, id).orElseThrow();
	}

	@Transactional
	public SavedScenario update(String zoneCode, long id, ScenarioDraft draft, DataScope scope) {
		return update(zoneCode, id, draft, null, scope);
	}

	/**
	 * Changes a saved scenario read at its version {@code basedOn}: if someone has saved
	 * it since, nothing is written and the conflict names who and when (null: whatever
	 * was saved last is replaced, for a caller that does not say which version it read).
	 */
	@Transactional
	public SavedScenario update(String zoneCode, long id, ScenarioDraft draft, Integer basedOn, DataScope scope) {
		requireStaff(zoneCode, scope);
		SavedScenario before = find(zoneCode, id)
			.orElseThrow(() -> new NotFoundException("No scenario " + id + " in " + zoneCode));
		if (basedOn != null && basedOn != before.version()) {
			throw conflict(before);
		}
		checkName(draft);
		check(zoneCode, draft, scope);
		requireUniqueName(zoneCode, draft.name(), id);
		int changed = this.jdbc
			.sql("""
					UPDATE what_if_scenario SET name = :name, description = :description, base_year = :year, standard = :standard,
					  updated_by = :by, updated_at = :at, version = version + 1 WHERE id = :id AND version = :before""")
			.param("name", draft.name().strip())
			.param("description", blankToNull(draft.description()))
			.param("year", draft.year())
			.param("standard", standardOf(draft))
			.param("by", this.audit.actor())
			.param("at", now())
			.param("id", id)
			.param("before", before.version())
			.update();
		if (changed == 0) {
			// saved by someone else between the read and this write
			throw conflict(find(zoneCode, id).orElse(before));
		}
		this.jdbc.sql("DELETE FROM what_if_change WHERE scenario_id = :id").param("id", id).update();
		writeChanges(id, draft.changes());
		this.audit.updated("what_if_scenario", zoneCode + "/" + id, describe(before.draft()), describe(draft));
		return find(zoneCode, id).orElseThrow();
	}

	/** Who saved the scenario since, and when (in the offices' time). */
	private EditConflict conflict(SavedScenario now) {
		String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(now.updatedAt().atZone(this.clock.getZone()));
		return new EditConflict(Message.of("target.scenario.error.conflict", now.draft().name(), now.updatedBy(), at),
				now.version());
	}

	@Transactional
	public void delete(String zoneCode, long id, DataScope scope) {
		delete(zoneCode, id, null, scope);
	}

	/**
	 * Deletes a saved scenario read at its version {@code basedOn}: one saved by someone
	 * since is not deleted, the conflict says who saved it (null: whatever was saved
	 * last).
	 */
	@Transactional
	public void delete(String zoneCode, long id, Integer basedOn, DataScope scope) {
		requireStaff(zoneCode, scope);
		SavedScenario before = find(zoneCode, id)
			.orElseThrow(() -> new NotFoundException("No scenario " + id + " in " + zoneCode));
		if (basedOn != null && basedOn != before.version()) {
			throw conflict(before);
		}
		this.jdbc.sql("DELETE FROM what_if_change WHERE scenario_id = :id").param("id", id).update();
		int deleted = this.jdbc.sql("DELETE FROM what_if_scenario WHERE id = :id AND version = :version")
			.param("id", id)
			.param("version", before.version())
			.update();
		if (deleted == 0) {
			throw conflict(find(zoneCode, id).orElse(before));
		}
		this.audit.deleted("what_if_scenario", zoneCode + "/" + id, describe(before.draft()));
	}

	/**
	 * The scenario the evaluation understands; {@code applied} receives what each change
	 * came to.
	 */
	private Scenario resolve(String zoneCode, ScenarioDraft draft, DataScope scope, List<Message> applied) {
		Map<String, FigureDefinition> definitions = new HashMap<>();
		this.figures.definitions().forEach((d) -> definitions.put(d.code(), d));
		List<Scenario.FigureChange> figureChanges = new ArrayList<>();
		Set<Long> highTech = new LinkedHashSet<>();
		Set<Long> techSme = new LinkedHashSet<>();
		List<Scenario.NewEnterprises> newEnterprises = new ArrayList<>();
		List<Scenario.NewPlatforms> platforms = new ArrayList<>();
		List<Scenario.ReportChange> reports = new ArrayList<>();
		int highTechCount = 0;
		for (ScenarioChange change : draft.changes()) {
			switch (change.kind()) {
				case FIGURE -> {
					FigureDefinition definition = definitions.get(change.reference());
					figureChanges.add(new Scenario.FigureChange(change.reference(), change.mode(), change.amount()));
					applied.add(Message.of("target.scenario.applied.figure", name(definition),
							how(change.mode(), change.amount(), (definition != null) ? definition.unit() : null)));
				}
				case HIGH_TECH -> {
					if (change.enterpriseId() != null) {
						highTech.add(change.enterpriseId());
					}
					else {
						highTechCount += change.count();
					}
				}
				case TECH_SME -> {
					if (change.enterpriseId() != null) {
						techSme.add(change.enterpriseId());
						applied.add(Message.of("target.scenario.applied.techSmeFor", enterpriseName(change, scope)));
					}
					else {
						newEnterprises.add(new Scenario.NewEnterprises(change.count(), false, true));
						applied.add(Message.of("target.scenario.applied.techSme", change.count()));
					}
				}
				case PLATFORM -> {
					PlatformKind kind = PlatformKind.valueOf(change.reference());
					platforms.add(new Scenario.NewPlatforms(kind, change.level(), change.count()));
					applied.add(Message.of("target.scenario.applied.platform", change.count(), kind, change.level()));
				}
				case REPORT -> {
					ReportField field = ReportField.byColumn(change.reference()).orElseThrow();
					reports
						.add(new Scenario.ReportChange(change.enterpriseId(), field, change.mode(), change.amount()));
					applied.add(Message.of("target.scenario.applied.report", enterpriseName(change, scope),
							field.label(), how(change.mode(), change.amount(), field.unit())));
				}
			}
		}
		if (!highTech.isEmpty()) {
			// an enterprise that already holds a valid certificate adds nothing: said so
			Set<Long> held = this.certificates.highTechIn(zoneCode, draft.year());
			List<String> added = highTech.stream()
				.filter((id) -> !held.contains(id))
				.map((id) -> this.enterprises.find(id, scope).map(Enterprise::name).orElse("#" + id))
				.toList();
			List<String> already = highTech.stream()
				.filter(held::contains)
				.map((id) -> this.enterprises.find(id, scope).map(Enterprise::name).orElse("#" + id))
				.toList();
			if (!added.isEmpty()) {
				applied.add(Message.of("target.scenario.applied.highTechFor", added.size(), added));
			}
			if (!already.isEmpty()) {
				applied.add(Message.of("target.scenario.applied.highTechHeld", already.size(), already, draft.year()));
			}
		}
		if (highTechCount > 0) {
			List<Candidate> nearest = this.pool.pool(zoneCode, draft.year(), scope)
				.candidates()
				.stream()
				.filter((c) -> !highTech.contains(c.enterpriseId()))
				.limit(highTechCount)
				.toList();
			nearest.forEach((c) -> highTech.add(c.enterpriseId()));
			applied.add(Message.of("target.scenario.applied.highTech", nearest.size(),
					nearest.stream().map(Candidate::name).toList()));
			int beyond = highTechCount - nearest.size();
			if (beyond > 0) {
				newEnterprises.add(new Scenario.NewEnterprises(beyond, true, false));
				applied.add(Message.of("target.scenario.applied.highTechNew", beyond));
			}
		}
		return new Scenario(figureChanges, highTech, techSme, newEnterprises, platforms, reports);
	}

	/** A saved scenario has a name (at most 100 characters) and a short description. */
	private static void checkName(ScenarioDraft draft) {
		if (draft.name() == null || draft.name().isBlank()) {
			throw new InputRefused("name", "required");
		}
		if (draft.name().strip().length() > MAX_NAME) {
			throw new InputRefused("name", "tooLong", MAX_NAME);
		}
		if (draft.description() != null && draft.description().length() > MAX_DESCRIPTION) {
			throw new InputRefused("description", "tooLong", MAX_DESCRIPTION);
		}
	}

	/**
	 * Every change names something that exists in the zone, within the limits; its amount
	 * fits the column (TargetNumbers), a value set is one the figure or report field can
	 * hold, a percentage lies within TargetNumbers' range.
	 */
	private void check(String zoneCode, ScenarioDraft draft, DataScope scope) {
		if (draft.changes().size() > MAX_CHANGES) {
			throw new MessageException(Message.of("target.scenario.error.tooMany", MAX_CHANGES));
		}
		Map<String, FigureDefinition> definitions = new HashMap<>();
		this.figures.definitions().forEach((d) -> definitions.put(d.code(), d));
		int row = 0;
		for (ScenarioChange change : draft.changes()) {
			row++;
			checkAmount(row, () -> TargetNumbers.check("amount", change.amount()));
			switch (change.kind()) {
				case FIGURE -> {
					FigureDefinition definition = definitions.get(change.reference());
					if (definition == null) {
						throw problem(row, Message.of("target.scenario.error.figure", change.reference()));
					}
					if (change.mode() == Mode.SET) {
						checkAmount(row, () -> definition.check("amount", change.amount()));
					}
					else if (change.mode() == Mode.PERCENT) {
						checkAmount(row, () -> TargetNumbers.percent("amount", change.amount()));
					}
					else {
						requireHeld(zoneCode, draft.year(), definition, change, row);
					}
				}
				case REPORT -> {
					requireEnterprise(zoneCode, change, row, scope);
					Optional<ReportField> field = ReportField.byColumn(String.valueOf(change.reference()));
					if (field.isEmpty()) {
						throw problem(row, Message.of("target.scenario.error.field", change.reference()));
					}
					if (change.mode() == Mode.SET && field.get().nonNegative()) {
						checkAmount(row, () -> TargetNumbers.nonNegative("amount", change.amount()));
					}
					else if (change.mode() == Mode.PERCENT) {
						checkAmount(row, () -> TargetNumbers.percent("amount", change.amount()));
					}
				}
				case PLATFORM -> {
					requireAdd(change, row);
					if (change.level() == null || java.util.Arrays.stream(PlatformKind.values())
						.noneMatch((k) -> k.name().equals(change.reference()))) {
						throw problem(row, Message.of("target.scenario.error.platform"));
					}
					requireCount(change, row);
				}
				case HIGH_TECH, TECH_SME -> {
					requireAdd(change, row);
					if (change.enterpriseId() != null) {
						requireEnterprise(zoneCode, change, row, scope);
					}
					else {
						requireCount(change, row);
					}
				}
			}
		}
	}

	private void requireEnterprise(String zoneCode, ScenarioChange change, int row, DataScope scope) {
		Optional<Enterprise> enterprise = (change.enterpriseId() != null)
				? this.enterprises.find(change.enterpriseId(), scope) : Optional.empty();
		if (enterprise.isEmpty() || !zoneCode.equals(enterprise.get().zoneCode())) {
			throw problem(row, Message.of("target.scenario.error.enterprise"));
		}
	}

	/**
	 * Certificates, registrations and platforms are counted: a change adds so many, and
	 * setting a total or a percentage is refused rather than read as a count.
	 */
	private static void requireAdd(ScenarioChange change, int row) {
		if (change.mode() != Mode.ADD) {
			throw problem(row, Message.of("target.scenario.error.mode", change.kind(), change.mode()));
		}
	}

	private static void requireCount(ScenarioChange change, int row) {
		BigDecimal amount = change.amount();
		if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0
				|| amount.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
			throw new InputRefused(
					Message.of("target.scenario.error.row", row, Message.of("target.scenario.error.count", MAX_COUNT)),
					ScenarioChange.path(row, "amount"), "range");
		}
	}

	/**
	 * An amount added leaves a value the figure can hold: taking 5,000 from a figure of
	 * 4,280 would make it negative.
	 */
	private void requireHeld(String zoneCode, int year, FigureDefinition definition, ScenarioChange change, int row) {
		BigDecimal current = this.figures.find(zoneCode, year, definition.code())
			.map(org.gaoxin.statistics.ZoneFigure::number)
			.orElse(null);
		if (current == null) {
			return;
		}
		BigDecimal result = change.mode().apply(current, change.amount());
		if (!definition.accepts(result)) {
			throw new InputRefused(
					Message.of("target.scenario.error.row", row,
							Message.of("target.scenario.error.result", name(definition), plain(result))),
					ScenarioChange.path(row, "amount"), "min");
		}
	}

	/** A change's amount refused by a rule: told by the change's number. */
	private static void checkAmount(int row, Runnable check) {
		try {
			check.run();
		}
		catch (InputRefused ex) {
			throw ScenarioChange.refused(row, "amount", ex);
		}
	}

	/** A change that does not read, told by its number and named by its path. */
	private static InputRefused problem(int row, Message problem) {
		return new InputRefused(Message.of("target.scenario.error.row", row, problem), ScenarioChange.path(row, null),
				"invalid");
	}

	private void requireStaff(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		if (!canSave(scope, zoneCode)) {
			throw new AccessDeniedException("Only the zone's staff save scenarios");
		}
	}

	private void requireUniqueName(String zoneCode, String name, Long except) {
		Integer same = this.jdbc.sql("""
				SELECT COUNT(*) FROM what_if_scenario WHERE zone_code = :zone AND name = :name AND id <> :except""")
			.param("zone", zoneCode)
			.param("name", name.strip())
			.param("except", (except != null) ? except : -1L)
			.query(Integer.class)
			.single();
		if (same > 0) {
			throw new ConflictException(Message.of("target.scenario.error.duplicate", name.strip()));
		}
	}

	private void writeChanges(long scenarioId, List<ScenarioChange> changes) {
		int position = 0;
		for (ScenarioChange change : changes) {
			this.jdbc
				.sql("""
						INSERT INTO what_if_change (scenario_id, position, kind, reference, enterprise_id, mode, amount, platform_level)
						VALUES (:scenario, :position, :kind, :reference, :enterprise, :mode, :amount, :level)""")
				.param("scenario", scenarioId)
				.param("position", position++)
				.param("kind", change.kind().name())
				.param("reference", change.reference())
				.param("enterprise", change.enterpriseId())
				.param("mode", change.mode().name())
				.param("amount", change.amount())
				.param("level", (change.level() != null) ? change.level().name() : null)
				.update();
		}
	}

	private Optional<SavedScenario> find(String zoneCode, long id) {
		return this.jdbc.sql("SELECT * FROM what_if_scenario WHERE zone_code = :zone AND id = :id")
			.param("zone", zoneCode)
			.param("id", id)
			.query((rs, row) -> scenario(rs, List.of()))
			.optional()
			.map((s) -> withChanges(s, changes(zoneCode).getOrDefault(s.id(), List.of())));
	}

	private Map<Long, List<ScenarioChange>> changes(String zoneCode) {
		Map<Long, List<ScenarioChange>> changes = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT c.* FROM what_if_change c JOIN what_if_scenario s ON s.id = c.scenario_id
				WHERE s.zone_code = :zone ORDER BY c.scenario_id, c.position""")
			.param("zone", zoneCode)
			.query((rs, row) -> {
				Long enterprise = rs.getObject("enterprise_id", Long.class);
				String level = rs.getString("platform_level");
				changes.computeIfAbsent(rs.getLong("scenario_id"), (id) -> new ArrayList<>())
					.add(new ScenarioChange(ScenarioChangeKind.valueOf(rs.getString("kind")), rs.getString("reference"),
							enterprise, Mode.valueOf(rs.getString("mode")), Targets.plain(rs.getBigDecimal("amount")),
							(level != null) ? PlatformLevel.valueOf(level) : null));
				return null;
			})
			.list();
		return changes;
	}

	private static SavedScenario scenario(java.sql.ResultSet rs, List<ScenarioChange> changes)
			throws java.sql.SQLException {
		ScenarioDraft draft = new ScenarioDraft(rs.getString("name"), rs.getString("description"),
				rs.getInt("base_year"), rs.getString("standard"), changes);
		return new SavedScenario(rs.getLong("id"), rs.getString("zone_code"), draft, rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
	}

	private static SavedScenario withChanges(SavedScenario s, List<ScenarioChange> changes) {
		ScenarioDraft d = s.draft();
		return new SavedScenario(s.id(), s.zoneCode(),
				new ScenarioDraft(d.name(), d.description(), d.year(), d.standard(), changes), s.createdBy(),
				s.createdAt(), s.updatedBy(), s.updatedAt(), s.version());
	}

	private String enterpriseName(ScenarioChange change, DataScope scope) {
		return this.enterprises.find(change.enterpriseId(), scope)
			.map(Enterprise::name)
			.orElse("#" + change.enterpriseId());
	}

	private static Object name(FigureDefinition definition) {
		return new LocalizedText(definition.nameZh(), definition.nameEn());
	}

	private String standardOf(ScenarioDraft draft) {
		return (draft.standard() != null && !draft.standard().isBlank()) ? draft.standard().strip() : "";
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String blankToNull(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

	/**
	 * "set to 600 thousand yuan", "plus 52 persons", "up 20 %"
	 * ({@code target.scenario.mode.*}): an amount set or added is in the unit of what it
	 * changes.
	 */
	static Message how(Mode mode, BigDecimal amount, Unit unit) {
		if (mode == Mode.PERCENT || unit == null || unit == Unit.YES_NO) {
			return Message.of("target.scenario.mode." + mode.name(), plain(amount));
		}
		return Message.of("target.scenario.mode." + mode.name(),
				Message.of("target.scenario.amountIn", plain(amount), unit));
	}

	private static String plain(BigDecimal value) {
		return Targets.plain(value).toPlainString();
	}

	private static Map<String, Object> describe(ScenarioDraft draft) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", draft.name());
		if (blankToNull(draft.description()) != null) {
			values.put("description", blankToNull(draft.description()));
		}
		values.put("year", draft.year());
		// no standard is stored as "" and drafted as null: the same, and not a change
		if (blankToNull(draft.standard()) != null) {
			values.put("standard", draft.standard().strip());
		}
		values.put("changes",
				draft.changes()
					.stream()
					.map((c) -> c.kind() + ":" + ((c.reference() != null) ? c.reference() : "")
							+ ((c.enterpriseId() != null) ? "#" + c.enterpriseId() : "") + ":" + c.mode() + ":"
							+ plain(c.amount()) + ((c.level() != null) ? ":" + c.level() : ""))
					.toList());
		return values;
	}

}

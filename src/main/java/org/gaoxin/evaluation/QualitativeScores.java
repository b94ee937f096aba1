package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.region.Regions;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.EditConflict;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.LocalTimes;
import org.gaoxin.shared.Message;
import org.gaoxin.standard.Indicator;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;
import org.gaoxin.standard.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The qualitative scores of scoring standards: entered by the people who may change the
 * zone's figures, audited (who, when, old → new), versioned like every editable record.
 */
@Service
public class QualitativeScores {

	static final BigDecimal MAX = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final Standards standards;

	private final Regions regions;

	private final AuditLog audit;

	private final Clock clock;

	private final LocalTimes times;

	private final ZoneDataVersions versions;

	QualitativeScores(JdbcClient jdbc, Standards standards, Regions regions, AuditLog audit, Clock clock,
			LocalTimes times, ZoneDataVersions versions) {
		this.versions = versions;
		this.times = times;
		this.jdbc = jdbc;
		this.standards = standards;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	/** The zone-year's scores on the standard, by indicator code. */
	@Transactional(readOnly = true)
	public Map<String, QualitativeScore> of(String standardCode, String zoneCode, int year) {
		Map<String, QualitativeScore> scores = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT * FROM qualitative_score
				WHERE standard_code = :standard AND zone_code = :zone AND score_year = :year ORDER BY indicator_code""")
			.param("standard", standardCode)
			.param("zone", zoneCode)
			.param("year", year)
			.query(QualitativeScores::row)
			.list()
			.forEach((score) -> scores.put(score.indicatorCode(), score));
		return scores;
	}

	/** The same for a caller who may read the zone. */
	@Transactional(readOnly = true)
	public Map<String, QualitativeScore> of(String standardCode, String zoneCode, int year, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		return of(standardCode, zoneCode, year);
	}

	/**
	 * The caller may enter the zone's qualitative scores: the people who may change its
	 * figures. An unknown zone is not found, another zone's is forbidden.
	 */
	@Transactional(readOnly = true)
	public void requireEditor(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		if (!scope.canEditFigures(zoneCode)) {
			throw new AccessDeniedException("Only the zone's editors enter qualitative scores");
		}
	}

	/**
	 * Enters or changes a score. {@code version}: the version the form read (0 for none
	 * yet); a save since is a conflict naming who and when, and nothing is written.
	 */
	@Transactional
	public QualitativeScore enter(String standardReference, String indicatorCode, String zoneCode, int year,
			BigDecimal score, String note, int version, DataScope scope) {
		requireEditor(zoneCode, scope);
		Standard standard = this.standards.resolve(standardReference);
		Indicator indicator = standard.indicator(indicatorCode)
			.filter((i) -> i.source() instanceof ValueSource.Entered)
			.orElseThrow(() -> new InputRefused(
					Message.of("evaluation.qualitative.notQualitative", indicatorCode, standard.reference()),
					"indicator", "qualitative"));
		if (score == null) {
			throw new InputRefused("score", "required");
		}
		if (score.signum() < 0 || score.compareTo(MAX) > 0 || score.stripTrailingZeros().scale() > 2) {
			throw new InputRefused(Message.of("evaluation.qualitative.range"), "score", "range");
		}
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 500) {
			throw new InputRefused("note", "tooLong", 500);
		}
		Optional<QualitativeScore> before = Optional
			.ofNullable(of(standard.code(), zoneCode, year).get(indicator.code()));
		int stored = before.map(QualitativeScore::version).orElse(0);
		if (stored != version) {
			QualitativeScore current = before.orElseThrow();
			throw new EditConflict(Message.of("evaluation.qualitative.conflict", current.enteredBy(),
					this.times.minutes(current.enteredAt()), current.score().toPlainString()), stored);
		}
		String key = standard.code() + "/" + indicator.code() + "/" + zoneCode + "/" + year;
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		// written below in this transaction, or nothing is (a conflict rolls it back)
		this.versions.changed(zoneCode);
		String actor = this.audit.actor();
		if (before.isEmpty()) {
			this.jdbc.sql("""
					INSERT INTO qualitative_score (standard_code, indicator_code, zone_code, score_year, score, note,
					                               entered_by, entered_at, version)
					VALUES (:standard, :indicator, :zone, :year, :score, :note, :by, :at, 1)""")
				.param("standard", standard.code())
				.param("indicator", indicator.code())
				.param("zone", zoneCode)
				.param("year", year)
				.param("score", score)
				.param("note", cleanNote)
				.param("by", actor)
				.param("at", now)
				.update();
			this.audit.created("qualitative_score", key, describe(score, cleanNote));
		}
		else {
			int changed = this.jdbc.sql("""
					UPDATE qualitative_score SET score = :score, note = :note, entered_by = :by, entered_at = :at,
					       version = version + 1
					WHERE standard_code = :standard AND indicator_code = :indicator AND zone_code = :zone
					  AND score_year = :year AND version = :version""")
				.param("score", score)
				.param("note", cleanNote)
				.param("by", actor)
				.param("at", now)
				.param("standard", standard.code())
				.param("indicator", indicator.code())
				.param("zone", zoneCode)
				.param("year", year)
				.param("version", version)
				.update();
			if (changed == 0) {
				throw new EditConflict(
						Message.of("evaluation.qualitative.conflict", before.get().enteredBy(),
								this.times.minutes(before.get().enteredAt()), before.get().score().toPlainString()),
						stored);
			}
			this.audit.updated("qualitative_score", key, describe(before.get().score(), before.get().note()),
					describe(score, cleanNote));
		}
		return of(standard.code(), zoneCode, year).get(indicator.code());
	}

	private static Map<String, Object> describe(BigDecimal score, String note) {
		Map<String, Object> values = new HashMap<>();
		values.put("score", score.stripTrailingZeros().toPlainString());
		values.put("note", (note != null) ? note : "");
		return values;
	}

	private static QualitativeScore row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new QualitativeScore(rs.getString("standard_code"), rs.getString("indicator_code"),
				rs.getString("zone_code"), rs.getInt("score_year"), rs.getBigDecimal("score"), rs.getString("note"),
				rs.getString("entered_by"), rs.getObject("entered_at", OffsetDateTime.class).toInstant(),
				rs.getInt("version"));
	}

}

package org.gaoxin.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.filing.ReportField;
import org.gaoxin.quality.FindingKey;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.FindingReview;
import org.gaoxin.quality.FindingStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The finding_review table: statuses under the key of their finding. The service checks
 * rights and audits before it writes here.
 */
@Repository
public class FindingReviewRows {

	/**
	 * How the key stores "no single field", so that the key is unique on every engine.
	 */
	private static final String NO_FIELD = "";

	private final JdbcClient jdbc;

	FindingReviewRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every status recorded for the zone's year, found or not found any more. */
	public Map<FindingKey, FindingReview> inZoneYear(String zoneCode, int year) {
		Map<FindingKey, FindingReview> reviews = new HashMap<>();
		this.jdbc.sql("SELECT * FROM finding_review WHERE zone_code = :zone AND finding_year = :year")
			.param("zone", zoneCode)
			.param("year", year)
			.query((rs, row) -> reviews.put(key(rs), review(rs)))
			.list();
		return reviews;
	}

	public Optional<FindingReview> find(FindingKey key) {
		return this.jdbc.sql("""
				SELECT * FROM finding_review WHERE zone_code = :zone AND finding_year = :year AND kind = :kind
				  AND enterprise_id = :enterprise AND field_code = :field""")
			.params(params(key))
			.query((rs, row) -> review(rs))
			.optional();
	}

	public void save(FindingKey key, FindingReview review) {
		Map<String, Object> params = params(key);
		params.put("status", review.status().name());
		params.put("comment", review.comment());
		params.put("by", review.recordedBy());
		params.put("at", OffsetDateTime.ofInstant(review.recordedAt(), ZoneOffset.UTC));
		int updated = this.jdbc.sql("""
				UPDATE finding_review SET status = :status, comment = :comment, recorded_by = :by, recorded_at = :at
				WHERE zone_code = :zone AND finding_year = :year AND kind = :kind AND enterprise_id = :enterprise
				  AND field_code = :field""").params(params).update();
		if (updated == 0) {
			this.jdbc
				.sql("""
						INSERT INTO finding_review (zone_code, finding_year, kind, enterprise_id, field_code, status, comment,
						                            recorded_by, recorded_at)
						VALUES (:zone, :year, :kind, :enterprise, :field, :status, :comment, :by, :at)""")
				.params(params)
				.update();
		}
	}

	private static Map<String, Object> params(FindingKey key) {
		Map<String, Object> params = new HashMap<>();
		params.put("zone", key.zoneCode());
		params.put("year", key.year());
		params.put("kind", key.kind().name());
		params.put("enterprise", key.enterpriseId());
		params.put("field", (key.field() != null) ? key.field().name() : NO_FIELD);
		return params;
	}

	private static FindingKey key(ResultSet rs) throws SQLException {
		String field = rs.getString("field_code");
		return new FindingKey(rs.getString("zone_code"), rs.getInt("finding_year"),
				FindingKind.valueOf(rs.getString("kind")), rs.getLong("enterprise_id"),
				(field == null || field.isBlank()) ? null : ReportField.valueOf(field));
	}

	private static FindingReview review(ResultSet rs) throws SQLException {
		OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
		return new FindingReview(FindingStatus.valueOf(rs.getString("status")), rs.getString("comment"),
				rs.getString("recorded_by"), (at != null) ? at.toInstant() : Instant.EPOCH);
	}

}

package org.gaoxin.enterprise;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.enterprise.internal.CertificateSql;
import org.gaoxin.enterprise.internal.EnterpriseRows;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise registry. Every read takes the caller's data scope and narrows the SQL
 * with it.
 */
@Service
public class Enterprises {

	/** Shared with the bulk interface, so that one statement writes the registry. */
	public static final String UPDATE = """
			UPDATE enterprise SET name = :name, zone_code = :zone, industry = :industry, tech_field = :techField,
			  registration_date = :registered, above_designated_size = :aboveSize, strategic_emerging = :strategic,
			  chain_code = :chain, chain_link_code = :link
			WHERE id = :id""";

	public static final String INSERT = """
			INSERT INTO enterprise (credit_code, name, zone_code, industry, tech_field, registration_date,
			                        above_designated_size, strategic_emerging, chain_code, chain_link_code)
			VALUES (:creditCode, :name, :zone, :industry, :techField, :registered, :aboveSize, :strategic, :chain, :link)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final AuditLog audit;

	private final ZoneDataVersions versions;

	Enterprises(JdbcClient jdbc, NamedParameterJdbcTemplate named, AuditLog audit, ZoneDataVersions versions) {
		this.jdbc = jdbc;
		this.named = named;
		this.audit = audit;
		this.versions = versions;
	}

	@Transactional
	public long register(NewEnterprise enterprise) {
		try {
			this.named.update(INSERT, params(enterprise));
		}
		catch (DuplicateKeyException ex) {
			throw new MessageException(Message.of("enterprise.error.duplicate", enterprise.creditCode().value()), ex);
		}
		long id = idOf(enterprise.creditCode().value());
		this.versions.changed(enterprise.zoneCode());
		this.audit.created("enterprise", enterprise.creditCode().value(), describe(enterprise));
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<Enterprise> find(long id, DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		String where = EnterpriseScopeSql.conditions(scope, params);
		return this.jdbc.sql("SELECT e.* FROM enterprise e WHERE e.id = :id" + where)
			.params(params)
			.query(EnterpriseRows::enterprise)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Enterprise> findByCreditCode(String creditCode, DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("code", creditCode);
		String where = EnterpriseScopeSql.conditions(scope, params);
		return this.jdbc.sql("SELECT e.* FROM enterprise e WHERE e.credit_code = :code" + where)
			.params(params)
			.query(EnterpriseRows::enterprise)
			.optional();
	}

	/**
	 * Changes a registered enterprise's registry data; every changed field is audited old
	 * → new.
	 */
	@Transactional
	public void update(long id, NewEnterprise changed) {
		Enterprise before = this.jdbc.sql("SELECT e.* FROM enterprise e WHERE e.id = :id")
			.param("id", id)
			.query(EnterpriseRows::enterprise)
			.single();
		this.named.update(UPDATE, params(changed).addValue("id", id));
		this.versions.changed(java.util.List.of(before.zoneCode(), changed.zoneCode()));
		this.audit.updated("enterprise", before.creditCode(), describe(before), describe(changed));
	}

	/** The zone's enterprises the caller may see. */
	@Transactional(readOnly = true)
	public List<Enterprise> inZone(String zoneCode, DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("zone", zoneCode);
		String where = EnterpriseScopeSql.conditions(scope, params);
		return this.jdbc.sql("SELECT e.* FROM enterprise e WHERE e.zone_code = :zone" + where + " ORDER BY e.id")
			.params(params)
			.query(EnterpriseRows::enterprise)
			.list();
	}

	/**
	 * The zone's enterprises registered by the end of the year (zone-level: the input of
	 * aggregates; callers check the zone is in the user's scope).
	 */
	@Transactional(readOnly = true)
	public List<Enterprise> registeredBy(String zoneCode, int year) {
		return this.jdbc
			.sql("SELECT e.* FROM enterprise e WHERE e.zone_code = :zone AND e.registration_date < :next"
					+ " ORDER BY e.id")
			.param("zone", zoneCode)
			.param("next", java.time.LocalDate.of(year + 1, 1, 1))
			.query(EnterpriseRows::enterprise)
			.list();
	}

	@Transactional(readOnly = true)
	public Page<EnterpriseSummary> search(EnterpriseSearch search, DataScope scope, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" WHERE 1 = 1").append(EnterpriseScopeSql.conditions(scope, params));
		if (search.text() != null) {
			where.append(" AND (LOWER(e.name) LIKE :text ESCAPE '\\' OR LOWER(e.credit_code) LIKE :text ESCAPE '\\')");
			params.put("text", EnterpriseScopeSql.containsPattern(search.text()));
		}
		if (search.zoneCode() != null) {
			where.append(" AND e.zone_code = :zone");
			params.put("zone", search.zoneCode());
		}
		if (search.aboveDesignatedSize() != null) {
			where.append(" AND e.above_designated_size = :aboveSize");
			params.put("aboveSize", search.aboveDesignatedSize());
		}
		if (search.industry() != null) {
			where.append(" AND e.industry = :industry");
			params.put("industry", search.industry());
		}
		if (search.chainCode() != null) {
			where.append(" AND e.chain_code = :chain");
			params.put("chain", search.chainCode());
		}
		if (search.chainLinkCode() != null) {
			where.append(" AND e.chain_link_code = :link");
			params.put("link", search.chainLinkCode());
		}
		String highTech = CertificateSql.highTechIn("e.id", search.year(), params);
		String techSme = CertificateSql.techSmeIn("e.id", search.year(), params);
		if (search.highTech() != null) {
			where.append(search.highTech() ? " AND " : " AND NOT ").append(highTech);
		}
		if (search.qualification() != null) {
			where.append(switch (search.qualification()) {
				case HIGH_TECH -> " AND " + highTech;
				case TECH_SME -> " AND " + techSme;
				case NEITHER -> " AND NOT " + highTech + " AND NOT " + techSme;
			});
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM enterprise e" + where)
			.params(params)
			.query(Long.class)
			.single();
		String order = " ORDER BY " + search.sort().column() + (search.descending() ? " DESC" : " ASC") + ", e.id";
		params.put("offset", page.offset());
		params.put("size", page.size());
		List<EnterpriseSummary> rows = this.jdbc
			.sql("SELECT e.*, CASE WHEN " + highTech + " THEN TRUE ELSE FALSE END AS high_tech_in_year, CASE WHEN "
					+ techSme + " THEN TRUE ELSE FALSE END AS tech_sme_in_year FROM enterprise e" + where + order
					+ " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(params)
			.query((rs, row) -> {
				Enterprise e = EnterpriseRows.enterprise(rs, row);
				return new EnterpriseSummary(e.id(), e.creditCode(), e.name(), e.zoneCode(), e.industry(),
						e.techField(), e.registrationDate(), e.aboveDesignatedSize(), e.strategicEmerging(),
						e.chainCode(), e.chainLinkCode(), rs.getBoolean("high_tech_in_year"),
						rs.getBoolean("tech_sme_in_year"));
			})
			.list();
		return new Page<>(rows, page.page(), page.size(), total);
	}

	/** The industries of the enterprises the caller may see, for the list's filter. */
	@Transactional(readOnly = true)
	public List<String> industries(DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		String where = EnterpriseScopeSql.conditions(scope, params);
		return this.jdbc
			.sql("SELECT DISTINCT e.industry FROM enterprise e WHERE 1 = 1" + where + " ORDER BY e.industry")
			.params(params)
			.query(String.class)
			.list();
	}

	/** Maps a row of the enterprise table. */
	public static Enterprise row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return EnterpriseRows.enterprise(rs, row);
	}

	private long idOf(String creditCode) {
		return this.jdbc.sql("SELECT id FROM enterprise WHERE credit_code = :code")
			.param("code", creditCode)
			.query(Long.class)
			.single();
	}

	public static MapSqlParameterSource params(NewEnterprise enterprise) {
		return new MapSqlParameterSource().addValue("creditCode", enterprise.creditCode().value())
			.addValue("name", enterprise.name())
			.addValue("zone", enterprise.zoneCode())
			.addValue("industry", enterprise.industry())
			.addValue("techField", (enterprise.techField() != null) ? enterprise.techField().name() : null)
			.addValue("registered", enterprise.registrationDate())
			.addValue("aboveSize", enterprise.aboveDesignatedSize())
			.addValue("strategic", enterprise.strategicEmerging())
			.addValue("chain", enterprise.chainCode())
			.addValue("link", enterprise.chainLinkCode());
	}

	public static Map<String, Object> describe(Enterprise enterprise) {
		return describe(new NewEnterprise(CreditCode.of(enterprise.creditCode()), enterprise.name(),
				enterprise.zoneCode(), enterprise.industry(), enterprise.techField(), enterprise.registrationDate(),
				enterprise.aboveDesignatedSize(), enterprise.strategicEmerging(), enterprise.chainCode(),
				enterprise.chainLinkCode()));
	}

	public static Map<String, Object> describe(NewEnterprise enterprise) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", enterprise.name());
		values.put("zone", enterprise.zoneCode());
		values.put("industry", enterprise.industry());
		values.put("techField", enterprise.techField());
		values.put("registrationDate", enterprise.registrationDate());
		values.put("aboveDesignatedSize", enterprise.aboveDesignatedSize());
		values.put("strategicEmerging", enterprise.strategicEmerging());
		values.put("chain", enterprise.chainCode());
		values.put("chainLink", enterprise.chainLinkCode());
		return values;
	}

}

package org.gaoxin.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.enterprise.EnterpriseScopeSql;
import org.gaoxin.region.Regions;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.NotFoundException;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The innovation service chain (研发 → 转化 → 孵化 → 产业集聚): which enterprises the incubators
 * and maker spaces incubate and graduate, the technology-transfer contracts, and the path
 * from an institution to an enterprise on an industrial chain.
 */
@Service
public class InnovationChain {

	private final NamedParameterJdbcTemplate jdbc;

	private final Regions regions;

	private final AuditLog audit;

	private final ZoneDataVersions versions;

	InnovationChain(NamedParameterJdbcTemplate jdbc, Regions regions, AuditLog audit, ZoneDataVersions versions) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.audit = audit;
		this.versions = versions;
	}

	/**
	 * Records that a platform of the zone incubates an enterprise of the same zone; the
	 * zone's staff only. Audited.
	 */
	@Transactional
	public void incubate(long platformId, long enterpriseId, int enteredYear, Integer graduatedYear, DataScope scope) {
		String zone = platformZone(platformId);
		if (!scope.canEditFigures(zone)) {
			throw new org.springframework.security.access.AccessDeniedException("Not the zone's staff");
		}
		Integer enterprises = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM enterprise WHERE id = :id AND zone_code = :zone",
				Map.of("id", enterpriseId, "zone", zone), Integer.class);
		if (enterprises == null || enterprises == 0) {
			throw new InputRefused("enterpriseId", "invalid");
		}
		if (graduatedYear != null && graduatedYear < enteredYear) {
			throw new InputRefused("graduatedYear", "min", enteredYear);
		}
		Map<String, Object> params = new HashMap<>();
		params.put("platform", platformId);
		params.put("enterprise", enterpriseId);
		params.put("entered", enteredYear);
		params.put("graduated", graduatedYear);
		this.jdbc.update("""
				INSERT INTO platform_incubation (platform_id, enterprise_id, entered_year, graduated_year)
				VALUES (:platform, :enterprise, :entered, :graduated)""", params);
		this.versions.changed(zone);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("platform", platformId);
		values.put("enterprise", enterpriseId);
		values.put("entered", enteredYear);
		values.put("graduated", graduatedYear);
		this.audit.created("incubation", platformId + "/" + enterpriseId, values);
	}

	/**
	 * Records an incubation as typed on the innovation page: an incubator or maker space
	 * of the zone, an enterprise of the zone by its credit code, the year it entered and
	 * the year it graduated (if it has). The zone's staff only; refused with the field
	 * named when anything does not fit; audited.
	 */
	@Transactional
	public void incubate(String zoneCode, Long platformId, String creditCode, Integer enteredYear,
			Integer graduatedYear, DataScope scope) {
		if (!scope.canEditFigures(zoneCode)) {
			throw new org.springframework.security.access.AccessDeniedException("Not the zone's staff");
		}
		if (platformId == null) {
			throw refused("platform", "required");
		}
		List<String> kinds = this.jdbc.queryForList(
				"SELECT kind FROM innovation_platform WHERE id = :id AND zone_code = :zone",
				Map.of("id", platformId, "zone", zoneCode), String.class);
		if (kinds.isEmpty() || !(PlatformKind.INCUBATOR.name().equals(kinds.get(0))
				|| PlatformKind.MAKER_SPACE.name().equals(kinds.get(0)))) {
			throw refused("platform", "invalid");
		}
		if (creditCode == null || creditCode.isBlank()) {
			throw refused("creditCode", "required");
		}
		List<Long> enterprises = this.jdbc.queryForList(
				"SELECT id FROM enterprise WHERE credit_code = :code AND zone_code = :zone",
				Map.of("code", creditCode.strip(), "zone", zoneCode), Long.class);
		if (enterprises.isEmpty()) {
			throw refused("creditCode", "invalid");
		}
		if (enteredYear == null) {
			throw refused("enteredYear", "required");
		}
		year("enteredYear", enteredYear);
		if (graduatedYear != null) {
			year("graduatedYear", graduatedYear);
			if (graduatedYear < enteredYear) {
				throw refused("graduatedYear", "min", enteredYear);
			}
		}
		Integer already = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM platform_incubation WHERE platform_id = :platform AND enterprise_id = :enterprise",
				Map.of("platform", platformId, "enterprise", enterprises.get(0)), Integer.class);
		if (already != null && already > 0) {
			throw refused("creditCode", "incubationExists");
		}
		incubate(platformId, enterprises.get(0), enteredYear, graduatedYear, scope);
	}

	/** Registers a technology-transfer contract; the zone's staff only. Audited. */
	@Transactional
	public long registerContract(TechContract contract, DataScope scope) {
		if (!scope.canEditFigures(contract.zoneCode())) {
			throw new org.springframework.security.access.AccessDeniedException("Not the zone's staff");
		}
		year("year", contract.year());
		text("title", contract.title(), 200);
		text("seller", contract.seller(), 200);
		text("buyer", contract.buyer(), 200);
		if (contract.field() == null || contract.field().isBlank()) {
			throw refused("field", "required");
		}
		if (java.util.Arrays.stream(org.gaoxin.shared.HighTechField.values())
			.noneMatch((f) -> f.name().equals(contract.field()))) {
			throw refused("field", "invalid");
		}
		if (contract.turnover() == null) {
			throw refused("turnover", "required");
		}
		if (contract.turnover().signum() < 0) {
			throw refused("turnover", "negative");
		}
		if (!org.gaoxin.shared.Decimals.fits(contract.turnover(), 16, 2)) {
			throw refused("turnover", "digits", 16, 2);
		}
		if (contract.platformId() != null && !contract.zoneCode().equals(platformZone(contract.platformId()))) {
			throw refused("platform", "invalid");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("zone", contract.zoneCode());
		values.put("year", contract.year());
		values.put("title", contract.title());
		values.put("seller", contract.seller());
		values.put("buyer", contract.buyer());
		values.put("field", contract.field());
		values.put("turnover", contract.turnover());
		values.put("platform", contract.platformId());
		this.jdbc.update(
				"""
						INSERT INTO tech_transfer_contract (zone_code, contract_year, title, seller, buyer, field, turnover, platform_id)
						VALUES (:zone, :year, :title, :seller, :buyer, :field, :turnover, :platform)""",
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(values), keys,
				new String[] { "id" });
		long id = keys.getKey().longValue();
		this.versions.changed(contract.zoneCode());
		this.audit.created("techContract", id, values);
		return id;
	}

	/**
	 * The incubations of the zone's platforms, as the caller may see the enterprises (a
	 * chain leader's: those on their chain), platform by platform.
	 */
	@Transactional(readOnly = true)
	public List<Incubation> incubations(String zoneCode, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		Map<String, Object> params = new HashMap<>();
		params.put("zone", zoneCode);
		return this.jdbc.query("""
				SELECT p.id AS platform_id, p.name AS platform_name, p.kind, p.level, e.id AS enterprise_id,
				       e.name AS enterprise_name, i.entered_year, i.graduated_year, e.chain_code, e.chain_link_code
				FROM platform_incubation i JOIN innovation_platform p ON p.id = i.platform_id
				JOIN enterprise e ON e.id = i.enterprise_id
				WHERE p.zone_code = :zone"""
				+ EnterpriseScopeSql.conditions(scope, params) + " ORDER BY p.kind, p.name, i.entered_year, e.name",
				params,
				(rs, row) -> new Incubation(rs.getLong("platform_id"), rs.getString("platform_name"),
						PlatformKind.valueOf(rs.getString("kind")), PlatformLevel.valueOf(rs.getString("level")),
						rs.getLong("enterprise_id"), rs.getString("enterprise_name"), rs.getInt("entered_year"),
						rs.getObject("graduated_year", Integer.class), rs.getString("chain_code"),
						rs.getString("chain_link_code")));
	}

	/** The zone's technology-transfer contracts of a year, largest first. */
	@Transactional(readOnly = true)
	public List<TechContract> contracts(String zoneCode, int year, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		return this.jdbc.query("""
				SELECT * FROM tech_transfer_contract WHERE zone_code = :zone AND contract_year = :year
				ORDER BY turnover DESC, id""", Map.of("zone", zoneCode, "year", year),
				(rs, row) -> new TechContract(rs.getLong("id"), rs.getString("zone_code"), rs.getInt("contract_year"),
						rs.getString("title"), rs.getString("seller"), rs.getString("buyer"), rs.getString("field"),
						rs.getBigDecimal("turnover"), rs.getObject("platform_id", Long.class)));
	}

	/**
	 * The year's registered contract turnover in 亿元; empty when the zone has no contract
	 * registered at all.
	 */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> contractTurnoverYi(String zoneCode, int year) {
		Integer any = this.jdbc.queryForObject("SELECT COUNT(*) FROM tech_transfer_contract WHERE zone_code = :zone",
				Map.of("zone", zoneCode), Integer.class);
		if (any == null || any == 0) {
			return Optional.empty();
		}
		BigDecimal sum = this.jdbc.queryForObject("""
				SELECT COALESCE(SUM(turnover), 0) FROM tech_transfer_contract
				WHERE zone_code = :zone AND contract_year = :year""", Map.of("zone", zoneCode, "year", year),
				BigDecimal.class);
		return Optional.of(sum.divide(BigDecimal.valueOf(10000), 4, RoundingMode.HALF_UP));
	}

	/**
	 * How many enterprises the zone's incubators and maker spaces held in the year
	 * (entered by it, not graduated before it); empty when none was ever recorded.
	 */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> incubatedIn(String zoneCode, int year) {
		Map<String, Object> params = Map.of("zone", zoneCode, "year", year);
		Integer any = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM platform_incubation i JOIN innovation_platform p ON p.id = i.platform_id
				WHERE p.zone_code = :zone""", params, Integer.class);
		if (any == null || any == 0) {
			return Optional.empty();
		}
		Integer count = this.jdbc.queryForObject("""
				SELECT COUNT(DISTINCT i.enterprise_id) FROM platform_incubation i
				JOIN innovation_platform p ON p.id = i.platform_id
				WHERE p.zone_code = :zone AND i.entered_year <= :year
				  AND (i.graduated_year IS NULL OR i.graduated_year >= :year)""", params, Integer.class);
		return Optional.of(BigDecimal.valueOf((count != null) ? count : 0));
	}

	private static void year(String field, int year) {
		if (year < 1990 || year > 2100) {
			throw refused(field, "year", 1990, 2100);
		}
	}

	private static void text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw refused(field, "required");
		}
		if (value.length() > max) {
			throw refused(field, "tooLong", max);
		}
	}

	/**
	 * A refusal naming the field as the innovation page shows it
	 * ({@code innovation.field.*}).
	 */
	private static InputRefused refused(String field, String rule, Object... args) {
		Object[] all = new Object[args.length + 1];
		all[0] = org.gaoxin.shared.Message.of("innovation.field." + field);
		System.arraycopy(args, 0, all, 1, args.length);
		return new InputRefused(org.gaoxin.shared.Message.of("validation." + rule, all), field, rule);
	}

	private String platformZone(long platformId) {
		List<String> zones = this.jdbc.queryForList("SELECT zone_code FROM innovation_platform WHERE id = :id",
				Map.of("id", platformId), String.class);
		if (zones.isEmpty()) {
			throw new NotFoundException("No platform " + platformId);
		}
		return zones.get(0);
	}

}

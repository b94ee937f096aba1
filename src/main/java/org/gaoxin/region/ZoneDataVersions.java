package org.gaoxin.region;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The version of each zone's evaluation inputs. Every write to an input of a zone's
 * results (annual reports and their review states, the registry, certificates and
 * registrations, zone figures, platforms, incubations and contracts, chains and their
 * members and projects, declarations, experts' and qualitative scores) calls
 * {@link #changed} inside its own transaction; a result cached under (zone, version) was
 * therefore computed from exactly the data that version names, and a change commits
 * together with the new version. A change that rolls back leaves the version as it was,
 * which is why results are cached only from read-only transactions (a writing one may see
 * its own uncommitted rows).
 */
@Service
public class ZoneDataVersions {

	private final JdbcClient jdbc;

	ZoneDataVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The zone's present version (0 for a zone that never had one). */
	@Transactional(readOnly = true)
	public long current(String zoneCode) {
		return this.jdbc.sql("SELECT version FROM zone_data_version WHERE zone_code = :zone")
			.param("zone", zoneCode)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/**
	 * The versions of every zone of the zone's region, in code order, and the region's
	 * districts: what a result comparing the zone with its region depends on.
	 */
	@Transactional(readOnly = true)
	public List<Object> ofRegion(String zoneCode) {
		List<Object> versions = new java.util.ArrayList<>(this.jdbc.sql("""
				SELECT z.code || ':' || COALESCE(v.version, 0) FROM zone z
				JOIN district d ON d.code = z.district_code
				LEFT JOIN zone_data_version v ON v.zone_code = z.code
				WHERE d.region_code = (SELECT d0.region_code FROM zone z0 JOIN district d0 ON d0.code = z0.district_code
				                       WHERE z0.code = :zone)
				ORDER BY z.code""").param("zone", zoneCode).query(String.class).list());
		versions.addAll(this.jdbc.sql("""
				SELECT d.code FROM district d WHERE d.region_code = (SELECT d0.region_code FROM zone z0
				    JOIN district d0 ON d0.code = z0.district_code WHERE z0.code = :zone)
				ORDER BY d.code""").param("zone", zoneCode).query(String.class).list());
		return versions;
	}

	/** The zone's inputs changed in this transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(String zoneCode) {
		if (zoneCode != null) {
			changed(List.of(zoneCode));
		}
	}

	/**
	 * These zones' inputs changed in this transaction (in code order, so two writers of
	 * the same zones lock their version rows in the same order).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(Collection<String> zoneCodes) {
		TreeSet<String> zones = new TreeSet<>();
		zoneCodes.stream().filter(java.util.Objects::nonNull).forEach(zones::add);
		for (String zone : zones) {
			int updated = this.jdbc.sql("UPDATE zone_data_version SET version = version + 1 WHERE zone_code = :zone")
				.param("zone", zone)
				.update();
			if (updated == 0 && this.jdbc.sql("SELECT COUNT(*) FROM zone WHERE code = :zone")
				.param("zone", zone)
				.query(Long.class)
				.single() > 0) {
				// a zone written without Regions (raw SQL): its first version
				this.jdbc.sql("INSERT INTO zone_data_version (zone_code, version) VALUES (:zone, 1)")
					.param("zone", zone)
					.update();
			}
		}
	}

	/** Every zone's inputs changed (a restored backup, a changed standard). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changedEverywhere() {
		this.jdbc.sql("UPDATE zone_data_version SET version = version + 1").update();
		this.jdbc.sql("""
				INSERT INTO zone_data_version (zone_code, version)
				SELECT code, 1 FROM zone WHERE code NOT IN (SELECT zone_code FROM zone_data_version)""").update();
	}

}

package org.gaoxin.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.gaoxin.region.ZoneDataVersions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks the zones of enterprises whose data changed (their registry entry, reports,
 * certificates, registrations, declarations, scores, chain links) as changed: see
 * {@link ZoneDataVersions}.
 */
@Service
public class EnterpriseDataVersions {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final ZoneDataVersions versions;

	EnterpriseDataVersions(JdbcClient jdbc, ZoneDataVersions versions) {
		this.jdbc = jdbc;
		this.versions = versions;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(long enterpriseId) {
		changed(List.of(enterpriseId));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(Collection<Long> enterpriseIds) {
		List<Long> ids = List.copyOf(Set.copyOf(enterpriseIds));
		Set<String> zones = new TreeSet<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			zones.addAll(this.jdbc.sql("SELECT DISTINCT zone_code FROM enterprise WHERE id IN (:ids)")
				.param("ids", ids.subList(from, Math.min(from + CHUNK, ids.size())))
				.query(String.class)
				.list());
		}
		this.versions.changed(zones);
	}

}

package org.gaoxin.account;

public record UserSummary(long id, String username, String displayName, Role role, String zoneCode, Long enterpriseId,
		String departmentCode, String chainCode, boolean enabled, String homeZoneCode) {
}

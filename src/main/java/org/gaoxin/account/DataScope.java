package org.gaoxin.account;

import java.io.Serial;
import java.io.Serializable;

/**
 * Where a user's rights apply. Every query that returns zone or enterprise data takes a
 * scope and narrows its SQL with it; the UI only mirrors what the server already
 * enforces.
 *
 * @param zoneCode the only zone the user sees, or {@code null} for every zone
 * @param enterpriseId for an enterprise user, the one enterprise they see
 * @param chainCode for a chain leader, the chain whose enterprises they see
 */
public record DataScope(Role role, String zoneCode, Long enterpriseId, String chainCode,
		String departmentCode) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static DataScope everything(Role role) {
		return new DataScope(role, null, null, null, null);
	}

	public boolean allZones() {
		return this.zoneCode == null;
	}

	/**
	 * Zone-level figures and aggregates: everyone but an enterprise user, within their
	 * zone.
	 */
	public boolean canReadZone(String zone) {
		return this.role != Role.ENTERPRISE && (allZones() || this.zoneCode.equals(zone));
	}

	public boolean canReadEnterprise(long id, String zone, String chain) {
		return switch (this.role) {
			case ENTERPRISE -> this.enterpriseId != null && this.enterpriseId == id;
			case CHAIN_LEADER -> this.chainCode != null && this.chainCode.equals(chain) && zoneMatches(zone);
			default -> zoneMatches(zone);
		};
	}

	public boolean canEditFigures(String zone) {
		return (this.role == Role.ADMIN || this.role == Role.HEADQUARTERS || this.role == Role.DEPARTMENT)
				&& zoneMatches(zone);
	}

	/**
	 * Drafting and submitting an annual report: only the enterprise's own user, so that
	 * whoever reviews a report never filed it.
	 */
	public boolean canFileReportFor(long enterpriseId) {
		return this.role == Role.ENTERPRISE && this.enterpriseId != null && this.enterpriseId == enterpriseId;
	}

	/**
	 * Approving, returning and reopening the annual reports of a zone's enterprises: the
	 * same people who may change the zone's figures.
	 */
	public boolean canReviewReports(String zone) {
		return canEditFigures(zone);
	}

	/**
	 * The whole change log spans every zone: administrators, and headquarters without a
	 * zone.
	 */
	public boolean canReadAudit() {
		return this.role == Role.ADMIN || (this.role == Role.HEADQUARTERS && allZones());
	}

	/** The change history of one record of the zone. */
	public boolean canReadHistory(String zone) {
		return (this.role == Role.ADMIN || this.role == Role.HEADQUARTERS || this.role == Role.DEPARTMENT)
				&& zoneMatches(zone);
	}

	public boolean isEnterpriseUser() {
		return this.role == Role.ENTERPRISE;
	}

	private boolean zoneMatches(String zone) {
		return allZones() || this.zoneCode.equals(zone);
	}

}

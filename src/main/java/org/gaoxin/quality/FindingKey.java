package org.gaoxin.quality;

import org.gaoxin.filing.ReportField;

/**
 * What identifies a finding from one check to the next: its zone, year, kind, enterprise
 * and field ({@code null} when it concerns no single field). A status is kept under it.
 */
public record FindingKey(String zoneCode, int year, FindingKind kind, long enterpriseId, ReportField field) {

	public FindingKey {
		if (zoneCode == null || kind == null) {
			throw new IllegalArgumentException("A finding is identified by its zone and kind");
		}
	}

	/** How the audit log names the finding. */
	public String auditKey() {
		return this.zoneCode + "/" + this.year + "/" + this.kind + "/" + this.enterpriseId
				+ ((this.field != null) ? "/" + this.field : "");
	}

}

package org.gaoxin.standard;

import java.time.Instant;

/**
 * A loaded standard version, for lists. A retired one ({@code retiredAt} set) is kept for
 * history and the evaluations that name it, and no longer offered.
 */
public record StandardSummary(String code, String version, String nameZh, String source, String checksum,
		Instant loadedAt, Instant retiredAt, String retiredBy) {

	public String reference() {
		return this.code + "@" + this.version;
	}

	public boolean retired() {
		return this.retiredAt != null;
	}

}

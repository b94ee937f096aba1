package org.gaoxin.standard;

import java.time.Instant;

/** A loaded standard version, for lists. */
public record StandardSummary(String code, String version, String nameZh, String source, String checksum,
		Instant loadedAt) {

	public String reference() {
		return this.code + "@" + this.version;
	}

}

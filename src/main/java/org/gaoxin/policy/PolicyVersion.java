package org.gaoxin.policy;

import java.time.Instant;

/** A loaded version of a policy file: where it came from, its hash, whether retired. */
public record PolicyVersion(String code, String version, String nameZh, String source, String checksum,
		Instant loadedAt, Instant retiredAt, String retiredBy) {

	public boolean retired() {
		return this.retiredAt != null;
	}

	public String reference() {
		return this.code + "@" + this.version;
	}

}

package org.gaoxin.platform;

/** Accreditation level, highest first. */
public enum PlatformLevel {

	NATIONAL, MUNICIPAL, DISTRICT;

	public boolean atLeast(PlatformLevel other) {
		return ordinal() <= other.ordinal();
	}

}

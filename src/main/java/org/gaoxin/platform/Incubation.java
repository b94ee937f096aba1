package org.gaoxin.platform;

/**
 * A step of the innovation service chain: an enterprise an incubator or maker space
 * incubates (from {@code enteredYear}, graduated in {@code graduatedYear} if it has), and
 * the chain and link the enterprise sits on, if any.
 */
public record Incubation(long platformId, String platformName, PlatformKind kind, PlatformLevel level,
		long enterpriseId, String enterpriseName, int enteredYear, Integer graduatedYear, String chainCode,
		String chainLinkCode) {

	public boolean graduatedBy(int year) {
		return this.graduatedYear != null && this.graduatedYear <= year;
	}

}

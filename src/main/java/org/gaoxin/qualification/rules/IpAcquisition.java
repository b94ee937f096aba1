package org.gaoxin.qualification.rules;

/**
 * How an enterprise came to own its IP, which the 获得方式 part of the IP score rates.
 * Labels: {@code enum.IpAcquisition.*} in the bundles.
 */
public enum IpAcquisition {

	OWN_RESEARCH(Points.between(1, 6)), TRANSFER_GIFT_OR_MERGER_ONLY(Points.between(1, 3));

	private final Points points;

	IpAcquisition(Points points) {
		this.points = points;
	}

	public Points points() {
		return this.points;
	}

}

package org.gaoxin.qualification.rules;

/**
 * How an enterprise came to own its IP, which the 获得方式 part of the IP score rates, and
 * the range that part is scored in. Labels: {@code enum.IpAcquisition.*} in the bundles.
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

	/** The range when it is not known how the IP was obtained: any way's points. */
	public static Points anyWay() {
		Points any = null;
		for (IpAcquisition way : values()) {
			any = (any == null) ? way.points
					: Points.between(Math.min(any.min(), way.points.min()), Math.max(any.max(), way.points.max()));
		}
		return any;
	}

	/** The range of the 获得方式 points, for a known way or, when null, any way. */
	public static Points pointsOf(IpAcquisition way) {
		return (way != null) ? way.points : anyWay();
	}

}

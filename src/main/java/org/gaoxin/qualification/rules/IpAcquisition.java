package org.gaoxin.qualification.rules;

/** How an enterprise came to own its IP, which the 获得方式 part of the IP score rates. */
public enum IpAcquisition {

	OWN_RESEARCH("自主研发", "own R&D", Points.between(1, 6)),
	TRANSFER_GIFT_OR_MERGER_ONLY("仅受让、受赠或并购", "only transfer, gift or merger", Points.between(1, 3));

	private final String nameZh;

	private final String nameEn;

	private final Points points;

	IpAcquisition(String nameZh, String nameEn, Points points) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.points = points;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

	public Points points() {
		return this.points;
	}

}

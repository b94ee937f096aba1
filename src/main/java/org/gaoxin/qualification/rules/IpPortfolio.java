package org.gaoxin.qualification.rules;

/**
 * IP owned that supports the main products or services.
 *
 * @param acquisition how it was obtained; null when not known (stored reports do not say)
 */
public record IpPortfolio(int classOne, int classTwo, IpAcquisition acquisition) {

	public IpPortfolio {
		if (classOne < 0 || classTwo < 0) {
			throw new IllegalArgumentException("IP counts must not be negative");
		}
	}

	public boolean any() {
		return this.classOne + this.classTwo > 0;
	}

	String counts() {
		return "I类" + this.classOne + "件,II类" + this.classTwo + "件 / class I " + this.classOne + ", class II "
				+ this.classTwo;
	}

}

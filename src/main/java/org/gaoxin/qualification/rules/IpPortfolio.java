package org.gaoxin.qualification.rules;

import org.gaoxin.shared.Message;

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

	Message counts() {
		return counts(this.classOne, this.classTwo);
	}

	/** "I类1件,II类6件" (class I 1, class II 6). */
	static Message counts(int classOne, int classTwo) {
		return Message.of("qualification.ip.counts", classOne, classTwo);
	}

}

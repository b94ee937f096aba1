package org.gaoxin.shared;

/** A page of a list: zero-based page number and a bounded size. */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 200;

	/**
	 * Pages beyond this are empty for every list the platform has; a larger number (a
	 * page 2147483647 typed by hand) would overflow the offset.
	 */
	public static final int MAX_PAGE = 1_000_000;

	public PageRequest {
		if (page < 0) {
			page = 0;
		}
		if (page > MAX_PAGE) {
			page = MAX_PAGE;
		}
		if (size < 1) {
			size = 20;
		}
		if (size > MAX_SIZE) {
			size = MAX_SIZE;
		}
	}

	public int offset() {
		return this.page * this.size;
	}

}

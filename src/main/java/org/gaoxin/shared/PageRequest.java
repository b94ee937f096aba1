package org.gaoxin.shared;

/** A page of a list: zero-based page number and a bounded size. */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 200;

	public PageRequest {
		if (page < 0) {
			page = 0;
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

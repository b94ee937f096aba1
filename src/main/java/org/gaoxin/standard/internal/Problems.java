package org.gaoxin.standard.internal;

import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.Message;

/**
 * The problems found in a standard file, each a message whose first two arguments are the
 * place: the path of the key ({@code indicators[3] (C04).formula}) and its line.
 */
final class Problems {

	private final List<Message> found = new ArrayList<>();

	void add(String code, String path, int line, Object... more) {
		Object[] args = new Object[more.length + 2];
		args[0] = path;
		args[1] = line;
		System.arraycopy(more, 0, args, 2, more.length);
		this.found.add(Message.of("standard.problem." + code, args));
	}

	void addUnplaced(String code, Object... args) {
		this.found.add(Message.of("standard.problem." + code, args));
	}

	boolean isEmpty() {
		return this.found.isEmpty();
	}

	List<Message> list() {
		return List.copyOf(this.found);
	}

}

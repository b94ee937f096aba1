package org.gaoxin.shared.yaml;

import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.Message;

/**
 * The problems found in a data file (a standard, a policy), each a message whose first
 * two arguments are the place: the path of the key ({@code indicators[3] (C04).formula})
 * and its line. A code without a dot is one of the standard file's
 * ({@code standard.problem.*}, worded for any such file); a code with dots is a message
 * code of its own.
 */
public final class Problems {

	private final List<Message> found = new ArrayList<>();

	public void add(String code, String path, int line, Object... more) {
		Object[] args = new Object[more.length + 2];
		args[0] = path;
		args[1] = line;
		System.arraycopy(more, 0, args, 2, more.length);
		this.found.add(Message.of(code(code), args));
	}

	public void addUnplaced(String code, Object... args) {
		this.found.add(Message.of(code(code), args));
	}

	private static String code(String code) {
		return code.contains(".") ? code : "standard.problem." + code;
	}

	public boolean isEmpty() {
		return this.found.isEmpty();
	}

	public List<Message> list() {
		return List.copyOf(this.found);
	}

}

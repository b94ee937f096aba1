package org.gaoxin.standard;

import java.util.List;

/**
 * A standard file that cannot be loaded; {@link #problems()} lists every problem with its
 * place in the file.
 */
public class StandardFormatException extends IllegalArgumentException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final String file;

	private final List<String> problems;

	public StandardFormatException(String file, List<String> problems) {
		super("标准文件有误 / invalid standard file " + file + ": " + String.join("; ", problems));
		this.file = file;
		this.problems = List.copyOf(problems);
	}

	public String file() {
		return this.file;
	}

	public List<String> problems() {
		return this.problems;
	}

}

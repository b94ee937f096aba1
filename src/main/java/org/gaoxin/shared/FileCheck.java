package org.gaoxin.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an uploaded file before it is stored: a name with an accepted extension, not
 * empty, within a size limit, and its first bytes those of its type (text without NUL
 * bytes), so a program renamed {@code .pdf} is refused. Each module names the extensions
 * it accepts and its limit; the refusals are the same everywhere.
 */
public final class FileCheck {

	/**
	 * Extension → the type the file is served as, and the first bytes it must start with.
	 */
	private static final Map<String, Kind> KINDS = Map.ofEntries(
			Map.entry("pdf", new Kind("application/pdf", bytes("%PDF"))),
			Map.entry("png", new Kind("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' })),
			Map.entry("jpg", new Kind("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })),
			Map.entry("jpeg", new Kind("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })),
			Map.entry("docx",
					new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip())),
			Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip())),
			Map.entry("pptx",
					new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", zip())),
			// OFD (GB/T 33190), the national layout format: a zip container
			Map.entry("ofd", new Kind("application/ofd", zip())),
			Map.entry("doc", new Kind("application/msword", ole())),
			Map.entry("xls", new Kind("application/vnd.ms-excel", ole())),
			Map.entry("txt", new Kind("text/plain; charset=UTF-8", null)),
			Map.entry("csv", new Kind("text/csv; charset=UTF-8", null)));

	private static final int MAX_NAME = 200;

	private final Set<String> accepted;

	private final long maxBytes;

	private FileCheck(Collection<String> accepted, long maxBytes) {
		for (String extension : accepted) {
			if (!KINDS.containsKey(extension)) {
				throw new IllegalArgumentException("No known kind of file ." + extension);
			}
		}
		this.accepted = new TreeSet<>(accepted);
		this.maxBytes = maxBytes;
	}

	/** A check accepting these extensions (lower case, without the dot) up to a limit. */
	public static FileCheck of(Collection<String> extensions, long maxBytes) {
		return new FileCheck(extensions, maxBytes);
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	/** The extensions accepted, sorted, for the form's hint. */
	public List<String> extensions() {
		return List.copyOf(this.accepted);
	}

	/**
	 * The file as uploaded, checked; refused (on the field {@code file}) when its name,
	 * extension, size or first bytes are not right.
	 */
	public Checked check(String fileName, byte[] content) {
		if (fileName == null || fileName.isBlank()) {
			throw new InputRefused("file", "required");
		}
		// the browser may send a path; only the last part is the name
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch((c) -> c < 0x20 || c == 0x7F)) {
			throw new InputRefused("file", "taskFileName");
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (!this.accepted.contains(extension)) {
			throw new InputRefused("file", "taskFileType", String.join(", ", extensions()));
		}
		Kind kind = KINDS.get(extension);
		if (content == null || content.length == 0) {
			throw new InputRefused("file", "taskFileEmpty");
		}
		if (content.length > this.maxBytes) {
			throw new InputRefused("file", "taskFileSize", this.maxBytes / (1024 * 1024));
		}
		if (!kind.matches(content)) {
			throw new InputRefused("file", "taskFileContent", extension);
		}
		return new Checked(name, kind.contentType(), content);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] zip() {
		return new byte[] { 'P', 'K', 3, 4 };
	}

	private static byte[] ole() {
		return new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
	}

	/** A file checked: its name without any path, the type it is served as, its bytes. */
	public record Checked(String fileName, String contentType, byte[] content) {
	}

	private record Kind(String contentType, byte[] magic) {

		boolean matches(byte[] content) {
			if (this.magic == null) {
				// text: no NUL byte anywhere
				for (byte b : content) {
					if (b == 0) {
						return false;
					}
				}
				return true;
			}
			return content.length >= this.magic.length
					&& Arrays.equals(Arrays.copyOf(content, this.magic.length), this.magic);
		}

	}

}

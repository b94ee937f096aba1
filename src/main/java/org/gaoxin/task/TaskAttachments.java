package org.gaoxin.task;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.shared.InputRefused;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files attached to items, stored in the database (so a backup holds them): documents,
 * spreadsheets, images and PDFs up to a size limit, each checked to be what its name says
 * by its first bytes. Reading them is {@link Tasks}'s business, after the scope check.
 */
@Component
public class TaskAttachments {

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
			Map.entry("doc", new Kind("application/msword", ole())),
			Map.entry("xls", new Kind("application/vnd.ms-excel", ole())),
			Map.entry("txt", new Kind("text/plain; charset=UTF-8", null)),
			Map.entry("csv", new Kind("text/csv; charset=UTF-8", null)));

	private static final int MAX_NAME = 200;

	private final JdbcClient jdbc;

	private final long maxBytes;

	TaskAttachments(JdbcClient jdbc, @Value("${gaoxin.tasks.max-attachment-bytes:10485760}") long maxBytes) {
		this.jdbc = jdbc;
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	/** The extensions accepted, for the form's hint. */
	public static List<String> extensions() {
		return KINDS.keySet().stream().sorted().toList();
	}

	/**
	 * A file as uploaded, checked: a name with an accepted extension, not empty, within
	 * the limit, its first bytes those of its type (text without NUL bytes).
	 */
	public Upload upload(String fileName, byte[] content) {
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
		Kind kind = KINDS.get(extension);
		if (kind == null) {
			throw new InputRefused("file", "taskFileType", String.join(", ", extensions()));
		}
		if (content == null || content.length == 0) {
			throw new InputRefused("file", "taskFileEmpty");
		}
		if (content.length > this.maxBytes) {
			throw new InputRefused("file", "taskFileSize", this.maxBytes / (1024 * 1024));
		}
		if (!kind.matches(content)) {
			throw new InputRefused("file", "taskFileContent", extension);
		}
		return new Upload(name, kind.contentType(), content);
	}

	long store(long taskId, Long eventId, Upload upload, String by, OffsetDateTime at) {
		return Keys.id(this.jdbc
			.sql("""
					INSERT INTO task_attachment (task_id, event_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
					VALUES (:task, :event, :name, :type, :size, :content, :by, :at)""")
			.param("task", taskId)
			.param("event", eventId)
			.param("name", upload.fileName())
			.param("type", upload.contentType())
			.param("size", upload.content().length)
			.param("content", upload.content())
			.param("by", by)
			.param("at", at));
	}

	List<org.gaoxin.task.Attachment> of(long taskId) {
		return this.jdbc.sql("""
				SELECT id, task_id, event_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
				FROM task_attachment WHERE task_id = :task ORDER BY id""").param("task", taskId).query((rs, row) -> {
			long event = rs.getLong("event_id");
			Long eventId = rs.wasNull() ? null : event;
			return new org.gaoxin.task.Attachment(rs.getLong("id"), rs.getLong("task_id"), eventId,
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
		}).list();
	}

	Optional<Download> read(long taskId, long attachmentId) {
		return this.jdbc
			.sql("SELECT file_name, content_type, content FROM task_attachment WHERE id = :id AND task_id = :task")
			.param("id", attachmentId)
			.param("task", taskId)
			.query((rs, row) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
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

	/** A file checked and ready to store. */
	public record Upload(String fileName, String contentType, byte[] content) {
	}

	/** A stored file to send. */
	public record Download(String fileName, String contentType, byte[] content) {
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

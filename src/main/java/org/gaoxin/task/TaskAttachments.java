package org.gaoxin.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.gaoxin.shared.FileCheck;

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

	private static final List<String> EXTENSIONS = List.of("pdf", "png", "jpg", "jpeg", "docx", "xlsx", "pptx", "doc",
			"xls", "txt", "csv");

	private final JdbcClient jdbc;

	private final FileCheck check;

	TaskAttachments(JdbcClient jdbc, @Value("${gaoxin.tasks.max-attachment-bytes:10485760}") long maxBytes) {
		this.jdbc = jdbc;
		this.check = FileCheck.of(EXTENSIONS, maxBytes);
	}

	public long maxBytes() {
		return this.check.maxBytes();
	}

	/** The extensions accepted, for the form's hint. */
	public static List<String> extensions() {
		return EXTENSIONS.stream().sorted().toList();
	}

	/**
	 * A file as uploaded, checked: a name with an accepted extension, not empty, within
	 * the limit, its first bytes those of its type (text without NUL bytes).
	 */
	public Upload upload(String fileName, byte[] content) {
		FileCheck.Checked checked = this.check.check(fileName, content);
		return new Upload(checked.fileName(), checked.contentType(), checked.content());
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

	/** A file checked and ready to store. */
	public record Upload(String fileName, String contentType, byte[] content) {
	}

	/** A stored file to send. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

}

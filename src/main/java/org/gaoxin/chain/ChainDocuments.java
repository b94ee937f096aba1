package org.gaoxin.chain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.FileCheck;
import org.gaoxin.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a chain's policy (一链一策), stored in the database. Whoever reads the
 * chain lists and downloads them; its leader and the zone's staff upload and delete. A
 * document is found only through its own chain, so another chain's leader does not find
 * it by id. Uploads are checked by {@link FileCheck}; every upload and deletion audited.
 */
@Service
public class ChainDocuments {

	private static final List<String> EXTENSIONS = List.of("pdf", "doc", "docx", "xls", "xlsx", "ofd", "jpg", "png");

	private static final String COLUMNS = "SELECT id, chain_code, file_name, content_type, size_bytes, "
			+ "uploaded_by, uploaded_at FROM chain_document ";

	private final JdbcClient jdbc;

	private final Chains chains;

	private final AuditLog audit;

	private final Clock clock;

	private final FileCheck check;

	ChainDocuments(JdbcClient jdbc, Chains chains, AuditLog audit, Clock clock,
			@Value("${gaoxin.chains.max-document-bytes:10485760}") long maxBytes) {
		this.jdbc = jdbc;
		this.chains = chains;
		this.audit = audit;
		this.clock = clock;
		this.check = FileCheck.of(EXTENSIONS, maxBytes);
	}

	/** The extensions accepted, for the form's hint. */
	public List<String> extensions() {
		return this.check.extensions();
	}

	public long maxMegabytes() {
		return this.check.maxBytes() / (1024 * 1024);
	}

	@Transactional(readOnly = true)
	public List<ChainDocument> of(String chainCode, DataScope scope) {
		this.chains.readable(chainCode, scope);
		return this.jdbc.sql(COLUMNS + "WHERE chain_code = :chain ORDER BY uploaded_at DESC, id DESC")
			.param("chain", chainCode)
			.query(ChainDocuments::document)
			.list();
	}

	/** Stores a document of the chain's policy after checking it; audited. */
	@Transactional
	public long upload(String chainCode, String fileName, byte[] content, String by, DataScope scope) {
		this.chains.editable(chainCode, scope);
		FileCheck.Checked file = this.check.check(fileName, content);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO chain_document (chain_code, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
					VALUES (:chain, :name, :type, :size, :content, :by, :at)""")
			.param("chain", chainCode)
			.param("name", file.fileName())
			.param("type", file.contentType())
			.param("size", file.content().length)
			.param("content", file.content())
			.param("by", by)
			.param("at", OffsetDateTime.now(this.clock))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.audit.created("chainDocument", id, values(chainCode, file.fileName(), file.content().length));
		return id;
	}

	/** The stored file, if it belongs to this chain and the caller reads the chain. */
	@Transactional(readOnly = true)
	public FileCheck.Checked download(String chainCode, long id, DataScope scope) {
		this.chains.readable(chainCode, scope);
		return this.jdbc
			.sql("SELECT file_name, content_type, content FROM chain_document WHERE id = :id AND chain_code = :chain")
			.param("id", id)
			.param("chain", chainCode)
			.query((rs, row) -> new FileCheck.Checked(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("No document " + id + " of chain " + chainCode));
	}

	/** Deletes a document of the chain's policy; audited with what it was. */
	@Transactional
	public void delete(String chainCode, long id, DataScope scope) {
		this.chains.editable(chainCode, scope);
		ChainDocument document = this.jdbc.sql(COLUMNS + "WHERE id = :id AND chain_code = :chain")
			.param("id", id)
			.param("chain", chainCode)
			.query(ChainDocuments::document)
			.optional()
			.orElseThrow(() -> new NotFoundException("No document " + id + " of chain " + chainCode));
		this.jdbc.sql("DELETE FROM chain_document WHERE id = :id").param("id", id).update();
		this.audit.deleted("chainDocument", id, values(chainCode, document.fileName(), document.sizeBytes()));
	}

	private static ChainDocument document(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ChainDocument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				rs.getString(6), rs.getObject(7, OffsetDateTime.class));
	}

	private static Map<String, Object> values(String chainCode, String fileName, long size) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("chain", chainCode);
		values.put("fileName", fileName);
		values.put("sizeBytes", size);
		return values;
	}

}

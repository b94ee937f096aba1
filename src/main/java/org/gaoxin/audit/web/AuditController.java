package org.gaoxin.audit.web;

import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gaoxin.audit.AuditEntry;
import org.gaoxin.audit.AuditLines;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.audit.AuditSearch;
import org.gaoxin.shared.Page;
import org.gaoxin.shared.PageRequest;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.PageLinks;
import org.gaoxin.shared.web.Texts;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The change log for those who see every zone: searched by person, record and dates,
 * paged, in the reader's language and time zone; the export is the same search.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	/** What one export holds at most: a search narrows a longer log first. */
	static final int MAX_EXPORT = 10_000;

	private static final String READERS = "hasAnyRole('ADMIN', 'HEADQUARTERS') and principal.scope().canReadAudit()";

	private final AuditLog audit;

	private final AuditLines rows;

	private final Texts texts;

	AuditController(AuditLog audit, AuditLines rows, Texts texts) {
		this.audit = audit;
		this.rows = rows;
		this.texts = texts;
	}

	@GetMapping("/audit")
	@PreAuthorize(READERS)
	String search(AuditSearch search, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Page<AuditEntry> result = this.audit.search(search, new PageRequest(page, PAGE_SIZE));
		Map<String, Object> parameters = parameters(search);
		Map<String, String> entities = new LinkedHashMap<>();
		this.audit.entities().forEach((entity) -> entities.put(entity, this.rows.entity(entity, locale)));
		model.addAttribute("search", search);
		model.addAttribute("entities", entities);
		model.addAttribute("result", result);
		model.addAttribute("entries", this.rows.lines(result.items(), locale));
		model.addAttribute("pages", PageLinks.of(result, "/audit", parameters));
		model.addAttribute("exportXlsx", PageLinks.href("/audit/export.xlsx", parameters));
		model.addAttribute("exportCsv", PageLinks.href("/audit/export.csv", parameters));
		model.addAttribute("timeZone", this.audit.zone().getDisplayName(TextStyle.FULL, locale));
		return "audit/log";
	}

	@GetMapping("/audit/export.{format}")
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> export(@PathVariable String format, AuditSearch search, Locale locale) {
		List<String> headers = List
			.of("audit.time", "audit.actor", "audit.action", "audit.entity", "audit.key", "audit.field", "audit.old",
					"audit.new")
			.stream()
			.map((key) -> this.texts.get(key, locale))
			.toList();
		List<List<Object>> lines = this.rows.lines(this.audit.list(search, MAX_EXPORT), locale).stream().map((row) -> {
			return Arrays.<Object>asList(row.time(), row.actor(), row.action(), row.entity(), row.key(), row.field(),
					String.join("; ", row.oldValue()), String.join("; ", row.newValue()));
		}).toList();
		return "csv".equals(format)
				? TableExport.download("audit.csv", TableExport.CSV, TableExport.csv(headers, lines))
				: TableExport.download("audit.xlsx", TableExport.XLSX,
						TableExport.xlsx(this.texts.get("audit.title", locale), headers, lines));
	}

	private static Map<String, Object> parameters(AuditSearch search) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("actor", search.actor());
		parameters.put("entity", search.entity());
		parameters.put("key", search.key());
		parameters.put("from", search.from());
		parameters.put("to", search.to());
		return parameters;
	}

}

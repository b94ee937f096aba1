package org.gaoxin.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.Texts;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AuditController {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditLog audit;

	private final Texts texts;

	AuditController(AuditLog audit, Texts texts) {
		this.audit = audit;
		this.texts = texts;
	}

	@GetMapping("/audit/export.{format}")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEADQUARTERS') and principal.scope().canReadAudit()")
	ResponseEntity<byte[]> export(@PathVariable String format, Locale locale) {
		List<String> headers = List
			.of("audit.time", "audit.actor", "audit.action", "audit.entity", "audit.key", "audit.field", "audit.old",
					"audit.new")
			.stream()
			.map((key) -> this.texts.get(key, locale))
			.toList();
		List<List<Object>> rows = this.audit.recent(500)
			.stream()
			.map((e) -> Arrays.<Object>asList(LOCAL.format(e.occurredAt().atZone(ZoneId.systemDefault())), e.actor(),
					this.texts.label(e.action(), locale), e.entity(), e.entityKey(), e.field(), e.oldValue(),
					e.newValue()))
			.toList();
		return "csv".equals(format) ? TableExport.download("audit.csv", TableExport.CSV, TableExport.csv(headers, rows))
				: TableExport.download("audit.xlsx", TableExport.XLSX,
						TableExport.xlsx(this.texts.get("audit.title", locale), headers, rows));
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEADQUARTERS') and principal.scope().canReadAudit()")
	String recent(Model model) {
		model.addAttribute("entries", this.audit.recent(300));
		return "audit/log";
	}

}

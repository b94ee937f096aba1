package org.gaoxin.audit.web;

import org.gaoxin.audit.AuditLog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit/export.{format}")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEADQUARTERS') and principal.scope().canReadAudit()")
	org.springframework.http.ResponseEntity<byte[]> export(
			@org.springframework.web.bind.annotation.PathVariable String format) {
		java.util.List<String> headers = java.util.List.of("时间", "操作人", "操作", "对象", "记录", "字段", "原值", "新值");
		java.util.List<java.util.List<Object>> rows = this.audit.recent(500)
			.stream()
			.map((e) -> java.util.Arrays.<Object>asList(e.occurredAt().toString(), e.actor(), e.action().name(),
					e.entity(), e.entityKey(), e.field(), e.oldValue(), e.newValue()))
			.toList();
		return "csv".equals(format)
				? org.gaoxin.shared.export.TableExport.download("audit.csv", org.gaoxin.shared.export.TableExport.CSV,
						org.gaoxin.shared.export.TableExport.csv(headers, rows))
				: org.gaoxin.shared.export.TableExport.download("audit.xlsx", org.gaoxin.shared.export.TableExport.XLSX,
						org.gaoxin.shared.export.TableExport.xlsx("审计日志", headers, rows));
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEADQUARTERS') and principal.scope().canReadAudit()")
	String recent(Model model) {
		model.addAttribute("entries", this.audit.recent(300));
		return "audit/log";
	}

}

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

	@GetMapping("/audit")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEADQUARTERS') and principal.scope().canReadAudit()")
	String recent(Model model) {
		model.addAttribute("entries", this.audit.recent(300));
		return "audit/log";
	}

}

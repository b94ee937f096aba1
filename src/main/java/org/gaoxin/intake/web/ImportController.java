package org.gaoxin.intake.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.intake.FileProblem;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.intake.Imports;
import org.gaoxin.intake.Templates;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.export.TableExport;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 数据导入: upload, follow each phase's progress, choose the sheet when several qualify, see
 * every error or the changes to confirm.
 */
@Controller
class ImportController {

	private final Imports imports;

	private final Templates templates;

	ImportController(Imports imports, Templates templates) {
		this.imports = imports;
		this.templates = templates;
	}

	@GetMapping("/imports")
	String page(@AuthenticationPrincipal GaoxinPrincipal me, Model model) {
		if (me.role() == Role.VIEWER || me.role() == Role.CHAIN_LEADER) {
			throw new AccessDeniedException("Viewers and chain leaders do not import");
		}
		model.addAttribute("kinds",
				me.scope().isEnterpriseUser() ? new ImportKind[] { ImportKind.ANNUAL_REPORTS } : ImportKind.values());
		model.addAttribute("recent", this.imports.recent(me));
		return "intake/imports";
	}

	@PostMapping("/imports")
	String upload(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String kind,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		ImportKind chosen = ImportKind.bySlug(kind).orElseThrow(() -> new NotFoundException("No import kind " + kind));
		// who may import is decided before what was sent is looked at, as on the page
		if (me.role() == Role.VIEWER || me.role() == Role.CHAIN_LEADER) {
			throw new AccessDeniedException("Viewers and chain leaders do not import");
		}
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", org.gaoxin.shared.Message.of("intake.problem.noFile"));
			return "redirect:/imports";
		}
		try {
			UUID id = this.imports.start(chosen, file.getOriginalFilename(), file.getInputStream(), me);
			return "redirect:/imports/" + id;
		}
		catch (FileProblem ex) {
			redirect.addFlashAttribute("problem", ex.text());
			return "redirect:/imports";
		}
	}

	@GetMapping("/imports/{id}")
	String job(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable UUID id, Model model) {
		model.addAttribute("job", this.imports.status(id, me));
		return "intake/job";
	}

	@GetMapping("/imports/{id}/progress")
	String progress(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable UUID id, Model model) {
		model.addAttribute("job", this.imports.status(id, me));
		return "intake/job :: progress";
	}

	@PostMapping("/imports/{id}/confirm")
	String confirm(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable UUID id) {
		this.imports.confirmInBackground(id, me);
		return "redirect:/imports/" + id;
	}

	/** Discards an import waiting for its uploader; its page then says so. */
	@PostMapping("/imports/{id}/cancel")
	String cancel(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable UUID id) {
		this.imports.cancel(id, me);
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/sheet")
	String chooseSheet(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable UUID id, @RequestParam String sheet) {
		this.imports.chooseSheetInBackground(id, sheet, me);
		return "redirect:/imports/" + id;
	}

	@GetMapping("/imports/{id}/errors.xlsx")
	ResponseEntity<byte[]> errors(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable UUID id, Locale locale) {
		return TableExport.download("import-errors-" + id + ".xlsx", TableExport.XLSX,
				this.imports.errorWorkbook(id, me, locale));
	}

	@GetMapping("/imports/templates/{kind}.xlsx")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String kind,
			Locale locale) {
		ImportKind chosen = ImportKind.bySlug(kind).orElseThrow(() -> new NotFoundException("No import kind " + kind));
		return TableExport.download("template-" + chosen.slug() + ".xlsx", TableExport.XLSX,
				this.templates.workbook(chosen, locale, me.scope()));
	}

}

package org.gaoxin.standard.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.StandardSummary;
import org.gaoxin.standard.StandardFormatException;
import org.gaoxin.standard.Standards;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class StandardController {

	private final Standards standards;

	private final Texts texts;

	StandardController(Standards standards, Texts texts) {
		this.standards = standards;
		this.texts = texts;
	}

	@GetMapping("/standards")
	String list(@AuthenticationPrincipal GaoxinPrincipal me, Model model) {
		List<StandardSummary> loaded = this.standards.list();
		Map<String, LocalizedText> names = new HashMap<>();
		Map<String, String> documents = new HashMap<>();
		loaded.forEach((s) -> {
			Standard standard = this.standards.get(s.code(), s.version());
			names.put(s.reference(), standard.name());
			documents.put(s.reference(), standard.document());
		});
		model.addAttribute("standards", loaded);
		model.addAttribute("names", names);
		model.addAttribute("documents", documents);
		model.addAttribute("canUpload", me.role() == Role.ADMIN);
		return "standard/list";
	}

	@GetMapping("/standards/{code}/{version}")
	String show(@PathVariable String code, @PathVariable String version, Model model) {
		Standard standard = this.standards.get(code, version);
		model.addAttribute("standard", standard);
		model.addAttribute("formulas", this.standards.formulas(standard));
		return "standard/show";
	}

	@PostMapping("/standards")
	String upload(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			Standard standard = this.standards.upload(file.getOriginalFilename(), file.getBytes(), me.scope());
			redirect.addFlashAttribute("loaded", standard.reference());
		}
		catch (StandardFormatException ex) {
			// rendered now, in the uploader's language: the flash outlives this request
			redirect.addFlashAttribute("uploadFile", ex.file());
			redirect.addFlashAttribute("problems", this.texts.renderAll(ex.problems()));
		}
		return "redirect:/standards";
	}

	@PostMapping("/standards/{code}/{version}/retire")
	String retire(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String code, @PathVariable String version,
			RedirectAttributes redirect) {
		this.standards.retire(code, version, me.scope());
		redirect.addFlashAttribute("retired", code + "@" + version);
		return "redirect:/standards";
	}

}

package org.gaoxin.standard.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.StandardSummary;
import org.gaoxin.standard.Standards;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/standards")
@Tag(name = "Standards", description = "Accreditation standards as data (docs/STANDARDS.md)")
class StandardApi {

	private final Standards standards;

	StandardApi(Standards standards) {
		this.standards = standards;
	}

	@GetMapping
	@Operation(summary = "Every loaded standard version, retired ones marked (retiredAt)")
	List<StandardSummary> list() {
		return this.standards.list();
	}

	@GetMapping("/{code}/{version}")
	@Operation(summary = "One standard version as the platform read it")
	Standard get(@PathVariable String code, @PathVariable String version) {
		return this.standards.get(code, version);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a standard from a YAML or JSON file (administrators)",
			description = "A file with problems is refused with every problem and its place in the file.")
	StandardSummary upload(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam("file") MultipartFile file)
			throws IOException {
		Standard standard = this.standards.upload(file.getOriginalFilename(), file.getBytes(), me.scope());
		return this.standards.list()
			.stream()
			.filter((s) -> s.code().equals(standard.code()) && s.version().equals(standard.version()))
			.findFirst()
			.orElseThrow();
	}

	@PostMapping("/{code}/{version}/retire")
	@Operation(summary = "Retire a standard version (administrators)",
			description = "Kept for history and for the evaluations that name it; no longer offered or the default.")
	StandardSummary retire(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String code,
			@PathVariable String version) {
		this.standards.retire(code, version, me.scope());
		return this.standards.list()
			.stream()
			.filter((s) -> s.code().equals(code) && s.version().equals(version))
			.findFirst()
			.orElseThrow();
	}

}

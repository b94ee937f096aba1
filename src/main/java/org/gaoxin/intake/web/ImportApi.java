package org.gaoxin.intake.web;

import java.io.IOException;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.intake.FileProblem;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.intake.ImportStatus;
import org.gaoxin.intake.Imports;
import org.gaoxin.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Imports", description = "Spreadsheet and CSV imports: all or nothing, every error located")
class ImportApi {

	private final Imports imports;

	ImportApi(Imports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a file and wait for the outcome",
			description = "kind: enterprises, annual-reports, certificates, tech-sme-registrations, zone-figures, platforms. "
					+ "FAILED lists every error (nothing written); AWAITING_CONFIRMATION lists the stored values it would replace.")
	ImportStatus importFile(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String kind,
			@RequestParam("file") MultipartFile file) throws IOException {
		ImportKind chosen = ImportKind.bySlug(kind).orElseThrow(() -> new NotFoundException("No import kind " + kind));
		return this.imports.run(chosen, file.getOriginalFilename(), file.getInputStream(), me);
	}

	@GetMapping("/api/v1/imports/{id}")
	ImportStatus status(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable UUID id) {
		return this.imports.status(id, me);
	}

	@PostMapping("/api/v1/imports/{id}/confirm")
	@Operation(summary = "Write an import that replaces stored figures, after reviewing its changes")
	ImportStatus confirm(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable UUID id) {
		return this.imports.confirm(id, me);
	}

	@ExceptionHandler(FileProblem.class)
	ProblemDetail refused(FileProblem ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}

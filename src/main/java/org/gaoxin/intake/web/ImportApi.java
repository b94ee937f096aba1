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
import org.gaoxin.shared.web.Texts;

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

	private final Texts texts;

	ImportApi(Imports imports, Texts texts) {
		this.imports = imports;
		this.texts = texts;
	}

	@PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a file and wait for the outcome",
			description = "kind: enterprises, annual-reports, certificates, tech-sme-registrations, zone-figures, platforms. "
					+ "FAILED lists every error (nothing written); AWAITING_CONFIRMATION lists the stored values it would replace; "
					+ "CHOOSING_SHEET lists the sheets to choose from (or name one with sheet=).")
	ImportStatus importFile(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam String kind,
			@RequestParam("file") MultipartFile file, @RequestParam(required = false) String sheet) throws IOException {
		ImportKind chosen = ImportKind.bySlug(kind).orElseThrow(() -> new NotFoundException("No import kind " + kind));
		return this.imports.run(chosen, file.getOriginalFilename(), file.getInputStream(), me, sheet);
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

	@PostMapping("/api/v1/imports/{id}/cancel")
	@Operation(summary = "Discard an import awaiting confirmation or a choice of sheet: nothing is written, "
			+ "its upload and staged rows are deleted")
	ImportStatus cancel(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable UUID id) {
		return this.imports.cancel(id, me);
	}

	@PostMapping("/api/v1/imports/{id}/sheet")
	@Operation(summary = "Continue an import with the sheet chosen from several with a recognised header")
	ImportStatus chooseSheet(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable UUID id,
			@RequestParam String sheet) {
		return this.imports.chooseSheet(id, sheet, me);
	}

	@ExceptionHandler(FileProblem.class)
	ProblemDetail refused(FileProblem ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.texts.render(ex.text()));
		problem.setProperty("code", ex.text().code());
		return problem;
	}

}

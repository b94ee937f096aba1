package org.gaoxin.intake;

import org.gaoxin.intake.internal.TemplateWorkbook;

import org.springframework.stereotype.Service;

/** Downloadable import templates, one per kind. */
@Service
public class Templates {

	private final Imports imports;

	Templates(Imports imports) {
		this.imports = imports;
	}

	public byte[] workbook(ImportKind kind) {
		return TemplateWorkbook.write(kind, this.imports.columns(kind));
	}

}

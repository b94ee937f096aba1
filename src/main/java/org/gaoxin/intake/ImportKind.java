package org.gaoxin.intake;

import java.util.Arrays;
import java.util.Optional;

/** What a file imports; labels from the bundles ({@code enum.ImportKind.*}). */
public enum ImportKind {

	ENTERPRISES("enterprises"), ANNUAL_REPORTS("annual-reports"), CERTIFICATES("certificates"),
	TECH_SME_REGISTRATIONS("tech-sme-registrations"), ZONE_FIGURES("zone-figures"), PLATFORMS("platforms");

	private final String slug;

	ImportKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return this.slug;
	}

	public static Optional<ImportKind> bySlug(String slug) {
		return Arrays.stream(values())
			.filter((k) -> k.slug.equals(slug) || k.name().equalsIgnoreCase(slug))
			.findFirst();
	}

}

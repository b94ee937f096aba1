package org.gaoxin.intake;

import java.util.Arrays;
import java.util.Optional;

/** What a file imports. */
public enum ImportKind {

	ENTERPRISES("enterprises", "企业名录", "Enterprise registry"),
	ANNUAL_REPORTS("annual-reports", "企业年报(火炬统计)", "Enterprise annual reports (Torch survey)"),
	CERTIFICATES("certificates", "高新技术企业证书", "High-tech enterprise certificates"),
	TECH_SME_REGISTRATIONS("tech-sme-registrations", "科技型中小企业入库登记", "Technology-based SME registrations"),
	ZONE_FIGURES("zone-figures", "园区年度指标", "Zone annual figures"),
	PLATFORMS("platforms", "创新平台", "Innovation platforms");

	private final String slug;

	private final String nameZh;

	private final String nameEn;

	ImportKind(String slug, String nameZh, String nameEn) {
		this.slug = slug;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String slug() {
		return this.slug;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

	public static Optional<ImportKind> bySlug(String slug) {
		return Arrays.stream(values())
			.filter((k) -> k.slug.equals(slug) || k.name().equalsIgnoreCase(slug))
			.findFirst();
	}

}

package org.gaoxin.report;

/** The files a report is written as. */
public enum ReportFormat {

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf"),
	/** Every table of the report, a sheet each. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String mediaType;

	ReportFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}

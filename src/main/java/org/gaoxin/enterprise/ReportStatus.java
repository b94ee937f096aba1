package org.gaoxin.enterprise;

/** Where an annual report stands in the submission workflow. */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED

}

package org.gaoxin.report;

/** Where a report's generation is. */
public enum ReportState {

	RUNNING, DONE, FAILED

}

package org.gaoxin.report;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.gaoxin.shared.Message;

/**
 * A report being generated, or generated: what was asked, how far it is, and once done
 * the three files.
 *
 * @param owner the user who asked; only they see the job
 * @param percent 0–100
 * @param problem why it failed, when it did
 */
public record ReportJob(String id, String owner, ReportKind kind, String zoneCode, int year, String standard,
		String language, ReportState state, int percent, Message problem, Instant started, Long millis,
		Map<ReportFormat, byte[]> files, String fileName) {

	public ReportJob {
		files = Map.copyOf(files);
	}

	public boolean finished() {
		return this.state != ReportState.RUNNING;
	}

	public Set<ReportFormat> formats() {
		return this.files.keySet();
	}

}

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

	/** The same job further on ({@code percent} never goes back). */
	ReportJob at(int reached) {
		return new ReportJob(this.id, this.owner, this.kind, this.zoneCode, this.year, this.standard, this.language,
				this.state, Math.max(this.percent, reached), this.problem, this.started, this.millis, this.files,
				this.fileName);
	}

	ReportJob done(Map<ReportFormat, byte[]> written, long took) {
		return new ReportJob(this.id, this.owner, this.kind, this.zoneCode, this.year, this.standard, this.language,
				ReportState.DONE, 100, null, this.started, took, written, this.fileName);
	}

	ReportJob failed(Message why) {
		return new ReportJob(this.id, this.owner, this.kind, this.zoneCode, this.year, this.standard, this.language,
				ReportState.FAILED, this.percent, why, this.started, null, Map.of(), this.fileName);
	}

	public boolean finished() {
		return this.state != ReportState.RUNNING;
	}

	public Set<ReportFormat> formats() {
		return this.files.keySet();
	}

}

package org.gaoxin.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.intake.internal.ErrorWorkbook;
import org.gaoxin.intake.internal.ImportJob;
import org.gaoxin.intake.internal.ImportJobs;
import org.gaoxin.intake.internal.ImportRunner;
import org.gaoxin.intake.internal.KindHandler;
import org.gaoxin.quality.DataQuality;
import org.gaoxin.quality.Finding;
import org.gaoxin.quality.Severity;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports of spreadsheets and CSV files: read, checked and written in phases, each with
 * its own progress, then the data-quality check of what was written. An import started
 * from a page runs in the background as its uploader; the API waits for the outcome.
 */
@Service
public class Imports {

	private final Map<ImportKind, KindHandler<?>> handlers;

	private final ImportJobs jobs;

	private final ImportRunner runner;

	private final Executor executor;

	private final DataQuality quality;

	private final ImportProperties properties;

	private final ErrorWorkbook errorWorkbook;

	private final Regions regions;

	Imports(List<KindHandler<?>> handlers, ImportJobs jobs, ImportRunner runner,
			@Qualifier("importExecutor") Executor executor, DataQuality quality, ImportProperties properties,
			ErrorWorkbook errorWorkbook, Regions regions) {
		this.handlers = handlers.stream().collect(Collectors.toMap(KindHandler::kind, Function.identity()));
		this.jobs = jobs;
		this.runner = runner;
		this.executor = executor;
		this.quality = quality;
		this.properties = properties;
		this.errorWorkbook = errorWorkbook;
		this.regions = regions;
	}

	public List<Column> columns(ImportKind kind) {
		return this.handlers.get(kind).columns();
	}

	/**
	 * Stores the upload and starts checking it in the background; returns its id at once.
	 */
	public UUID start(ImportKind kind, String fileName, InputStream content, GaoxinPrincipal user) {
		ImportJob job = prepare(kind, fileName, content, user);
		this.executor.execute(() -> process(job));
		return job.id();
	}

	/**
	 * The same, waiting for the outcome (checked, and written if nothing needs
	 * confirming).
	 */
	public ImportStatus run(ImportKind kind, String fileName, InputStream content, GaoxinPrincipal user) {
		return run(kind, fileName, content, user, null);
	}

	/**
	 * The same with the sheet to read named (for a workbook with several data sheets).
	 */
	public ImportStatus run(ImportKind kind, String fileName, InputStream content, GaoxinPrincipal user, String sheet) {
		ImportJob job = prepare(kind, fileName, content, user);
		if (sheet != null && !sheet.isBlank()) {
			job.sheetChosen(sheet);
		}
		process(job);
		return job.status();
	}

	/** Continues an import with the sheet its uploader chose, waiting for the outcome. */
	public ImportStatus chooseSheet(UUID id, String sheet, GaoxinPrincipal user) {
		ImportJob job = choose(id, sheet, user);
		process(job);
		return job.status();
	}

	/** The same in the background. */
	public void chooseSheetInBackground(UUID id, String sheet, GaoxinPrincipal user) {
		ImportJob job = choose(id, sheet, user);
		this.executor.execute(() -> process(job));
	}

	/**
	 * Writes an import that replaces stored figures, once its uploader has seen the
	 * changes.
	 */
	public ImportStatus confirm(UUID id, GaoxinPrincipal user) {
		ImportJob job = confirmed(id, user);
		finish(job);
		return job.status();
	}

	/** The same in the background. */
	public void confirmInBackground(UUID id, GaoxinPrincipal user) {
		ImportJob job = confirmed(id, user);
		this.executor.execute(() -> finish(job));
	}

	/**
	 * Discards an import waiting for its uploader (to confirm the changes it shows, or to
	 * choose a sheet): nothing is written, and its upload and staged rows are deleted at
	 * once.
	 * @throws IllegalStateException when it is not waiting (written, or being written)
	 */
	public ImportStatus cancel(UUID id, GaoxinPrincipal user) {
		ImportJob job = job(id, user);
		job.cancelled();
		release(job);
		return job.status();
	}

	public ImportStatus status(UUID id, GaoxinPrincipal user) {
		return job(id, user).status();
	}

	/**
	 * The uploaded rows with every faulty cell marked, and the list of errors, in the
	 * reader's language.
	 */
	public byte[] errorWorkbook(UUID id, GaoxinPrincipal user, Locale locale) {
		return this.errorWorkbook.write(job(id, user), locale);
	}

	public List<ImportStatus> recent(GaoxinPrincipal user) {
		return this.jobs.all()
			.stream()
			.filter((job) -> job.owner().equals(user.getUsername()) || user.role() == Role.ADMIN)
			.limit(20)
			.map(ImportJob::status)
			.toList();
	}

	private void process(ImportJob job) {
		try {
			this.runner.check(job, this.handlers.get(job.kind()));
			if (job.status().state() == ImportState.CHECKING) {
				finish(job);
				return;
			}
		}
		finally {
			release(job);
		}
	}

	private void finish(ImportJob job) {
		try {
			this.runner.write(job, this.handlers.get(job.kind()), source(job));
			if (job.status().state() == ImportState.CHECKING_QUALITY) {
				this.runner.checkQuality(job, this::checkQuality);
			}
		}
		finally {
			release(job);
		}
	}

	private void release(ImportJob job) {
		ImportState state = job.status().state();
		boolean keepStaged = state == ImportState.FAILED || state == ImportState.AWAITING_CONFIRMATION;
		boolean keepFile = state == ImportState.CHOOSING_SHEET || state.running();
		this.jobs.release(job, keepStaged, keepFile);
	}

	/**
	 * The data-quality check of a zone-year an import wrote: what the import's page
	 * reports.
	 */
	private QualityCheck checkQuality(String zone, int year, org.gaoxin.account.DataScope scope) {
		List<Finding> findings = this.quality.check(zone, year, scope);
		int errors = (int) findings.stream().filter((f) -> f.severity() == Severity.ERROR).count();
		LocalizedText name = this.regions.findZone(zone)
			.map((z) -> new LocalizedText(z.nameZh(), z.nameEn()))
			.orElseGet(() -> new LocalizedText(zone, zone));
		return new QualityCheck(zone, year, findings.size(), errors,
				Message.of("intake.quality", name, year, findings.size(), errors));
	}

	private ImportJob prepare(ImportKind kind, String fileName, InputStream content, GaoxinPrincipal user) {
		requireImporter(kind, user);
		try {
			Path file = Files.createTempFile(this.jobs.uploads(), "import-", ".upload");
			boolean tooLarge = false;
			try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[65536];
				long size = 0;
				for (int n = in.read(buffer); n >= 0 && !tooLarge; n = in.read(buffer)) {
					size += n;
					tooLarge = size > this.properties.maxFileBytes();
					if (!tooLarge) {
						out.write(buffer, 0, n);
					}
				}
			}
			if (tooLarge) {
				Files.deleteIfExists(file);
				throw new FileProblem(
						Message.of("intake.problem.tooLarge", this.properties.maxFileBytes() / 1024 / 1024));
			}
			return this.jobs.create(kind, fileName, user.getUsername(), user.scope(), file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ImportJob choose(UUID id, String sheet, GaoxinPrincipal user) {
		ImportJob job = job(id, user);
		if (job.status().state() != ImportState.CHOOSING_SHEET || !job.status().sheets().contains(sheet)) {
			throw new IllegalStateException("Import " + id + " is not choosing a sheet named " + sheet);
		}
		job.sheetChosen(sheet);
		return job;
	}

	/**
	 * The import, confirmed: from now on it is writing (a cancel comes too late, a second
	 * confirmation is refused).
	 */
	private ImportJob confirmed(UUID id, GaoxinPrincipal user) {
		ImportJob job = job(id, user);
		if (job.status().state() != ImportState.AWAITING_CONFIRMATION) {
			throw new IllegalStateException("Import " + id + " is not awaiting confirmation");
		}
		job.confirming();
		return job;
	}

	/**
	 * The import as the audit log names it: file (shortened) and job, in the log's own
	 * form, which it reads in the reader's language.
	 */
	static String source(ImportJob job) {
		return AuditLog.importSource(job.fileName(), job.id());
	}

	private static void requireImporter(ImportKind kind, GaoxinPrincipal user) {
		Role role = user.role();
		boolean staff = role == Role.ADMIN || role == Role.HEADQUARTERS || role == Role.DEPARTMENT;
		boolean ownReports = role == Role.ENTERPRISE && kind == ImportKind.ANNUAL_REPORTS;
		if (!staff && !ownReports) {
			throw new AccessDeniedException("Not allowed to import " + kind);
		}
	}

	private ImportJob job(UUID id, GaoxinPrincipal user) {
		return this.jobs.find(id)
			.filter((job) -> job.owner().equals(user.getUsername()) || user.role() == Role.ADMIN)
			.orElseThrow(() -> new NotFoundException("No import " + id));
	}

}

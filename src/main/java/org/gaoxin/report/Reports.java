package org.gaoxin.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.region.Regions;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.report.internal.DocxWriter;
import org.gaoxin.report.internal.PdfWriter;
import org.gaoxin.report.internal.ReportAssembler;
import org.gaoxin.report.internal.ReportDocument;
import org.gaoxin.report.internal.XlsxWriter;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Generates the reports in the background, one job a request, and keeps the files for
 * their owner to download for an hour (in memory: a report is a few megabytes and is
 * generated again in seconds). Who may generate: the administrator, headquarters, a
 * department and a viewer, for a zone they read as a whole; a chain leader and an
 * enterprise read only part of a zone and get no zone report (docs/decisions/0018).
 */
@Service
public class Reports {

	static final Duration KEPT = Duration.ofHours(1);

	static final int MAX_JOBS = 50;

	private static final Logger log = LoggerFactory.getLogger(Reports.class);

	private final ReportAssembler assembler;

	private final DocxWriter docx;

	private final PdfWriter pdf;

	private final XlsxWriter xlsx;

	private final Regions regions;

	private final ZoneChoices choices;

	private final Clock clock;

	private static final int THREADS = 2;

	private final boolean warmUp;

	private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, (task) -> {
		Thread thread = new Thread(task, "report-writer");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ReportJob> jobs = new LinkedHashMap<>();

	Reports(ReportAssembler assembler, DocxWriter docx, PdfWriter pdf, XlsxWriter xlsx, Regions regions,
			ZoneChoices choices, Clock clock, @Value("${gaoxin.report.warm-up:true}") boolean warmUp) {
		this.warmUp = warmUp;
		this.assembler = assembler;
		this.choices = choices;
		this.docx = docx;
		this.pdf = pdf;
		this.xlsx = xlsx;
		this.regions = regions;
		this.clock = clock;
	}

	/** Whether the scope may generate reports of the zone. */
	public static boolean canGenerate(DataScope scope, String zoneCode) {
		boolean role = scope.role() == Role.ADMIN || scope.role() == Role.HEADQUARTERS
				|| scope.role() == Role.DEPARTMENT || scope.role() == Role.VIEWER;
		return role && (zoneCode == null || scope.canReadZone(zoneCode));
	}

	/** Starts a report; the job's id is returned at once. */
	public ReportJob start(ReportKind kind, String zoneCode, int year, String standard, Locale locale, String owner,
			DataScope scope) {
		this.regions.zone(zoneCode);
		if (!canGenerate(scope, zoneCode)) {
			throw new AccessDeniedException("No report of zone " + zoneCode + " for this account");
		}
		if (!this.choices.offered(zoneCode).contains(year)) {
			throw new NotFoundException("No year " + year + " of zone " + zoneCode + " to report on");
		}
		String id = UUID.randomUUID().toString();
		String name = fileName(kind, zoneCode, year);
		ReportJob job = new ReportJob(id, owner, kind, zoneCode, year, standard, locale.toLanguageTag(),
				ReportState.RUNNING, 0, null, this.clock.instant(), null, Map.of(), name);
		put(job);
		this.executor.execute(() -> run(job, locale, scope));
		return job;
	}

	/** The caller's job; another user's is not found, like one that never was. */
	public ReportJob job(String id, String owner) {
		synchronized (this.jobs) {
			ReportJob job = this.jobs.get(id);
			if (job == null || !job.owner().equals(owner)) {
				throw new NotFoundException("report job " + id);
			}
			return job;
		}
	}

	/** The caller's jobs, newest first. */
	public List<ReportJob> jobs(String owner) {
		synchronized (this.jobs) {
			List<ReportJob> mine = new ArrayList<>(
					this.jobs.values().stream().filter((j) -> j.owner().equals(owner)).toList());
			java.util.Collections.reverse(mine);
			return mine;
		}
	}

	/**
	 * Generates the three files now, in the caller's thread (the benchmark, the tests).
	 */
	public Map<ReportFormat, byte[]> generate(ReportKind kind, String zoneCode, int year, String standard,
			Locale locale, DataScope scope) {
		if (!canGenerate(scope, zoneCode)) {
			throw new AccessDeniedException("No report of zone " + zoneCode + " for this account");
		}
		return write(this.assembler.assemble(kind, zoneCode, year, standard, scope, locale, (p) -> {
		}), (p) -> {
		});
	}

	private void run(ReportJob job, Locale locale, DataScope scope) {
		Instant started = this.clock.instant();
		try {
			ReportDocument document = this.assembler.assemble(job.kind(), job.zoneCode(), job.year(), job.standard(),
					scope, locale, (p) -> progress(job.id(), p * 6 / 10));
			Map<ReportFormat, byte[]> files = write(document, (p) -> progress(job.id(), p));
			long millis = Duration.between(started, this.clock.instant()).toMillis();
			replace(job.id(), (j) -> j.done(files, millis));
			log.info("Wrote the {} report of {} {} in {} ms", job.kind(), job.zoneCode(), job.year(), millis);
		}
		catch (MessageException ex) {
			fail(job, ex.text());
		}
		catch (NotFoundException ex) {
			fail(job, Message.of("report.failed.notFound"));
		}
		catch (RuntimeException ex) {
			log.error("The {} report of {} {} failed", job.kind(), job.zoneCode(), job.year(), ex);
			fail(job, Message.of("report.failed.unexpected"));
		}
	}

	private Map<ReportFormat, byte[]> write(ReportDocument document, java.util.function.IntConsumer progress) {
		Map<ReportFormat, byte[]> files = new EnumMap<>(ReportFormat.class);
		files.put(ReportFormat.DOCX, this.docx.write(document));
		progress.accept(70);
		files.put(ReportFormat.PDF, this.pdf.write(document));
		progress.accept(90);
		files.put(ReportFormat.XLSX, this.xlsx.write(document));
		return files;
	}

	private void fail(ReportJob job, Message problem) {
		replace(job.id(), (j) -> j.failed(problem));
	}

	private void progress(String id, int percent) {
		replace(id, (j) -> j.at(percent));
	}

	private void replace(String id, java.util.function.UnaryOperator<ReportJob> change) {
		synchronized (this.jobs) {
			this.jobs.computeIfPresent(id, (k, j) -> change.apply(j));
		}
	}

	private void put(ReportJob job) {
		synchronized (this.jobs) {
			Instant oldest = this.clock.instant().minus(KEPT);
			this.jobs.values().removeIf((j) -> j.finished() && j.started().isBefore(oldest));
			while (this.jobs.size() >= MAX_JOBS) {
				Optional<String> first = this.jobs.keySet().stream().findFirst();
				first.ifPresent(this.jobs::remove);
			}
			this.jobs.put(job.id(), job);
		}
	}

	private static String fileName(ReportKind kind, String zone, int year) {
		return ((kind == ReportKind.SELF_ASSESSMENT) ? "self-assessment-" : "monitoring-") + zone + "-" + year;
	}

	/**
	 * Once the application is up, each writer thread writes a small sample report (no
	 * zone's data) so that the first real one does not wait for the libraries to load and
	 * the fonts to be parsed (seconds on a busy machine). Off with
	 * {@code gaoxin.report.warm-up=false}.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		if (!this.warmUp) {
			return;
		}
		for (int i = 0; i < THREADS; i++) {
			this.executor.execute(() -> {
				try {
					write(ReportDocument.sample(this.assembler.sampleChart()), (p) -> {
					});
				}
				catch (RuntimeException ex) {
					log.warn("Warming up the report writers failed; the first report will take longer", ex);
				}
			});
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}

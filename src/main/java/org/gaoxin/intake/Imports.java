package org.gaoxin.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.intake.internal.ImportJob;
import org.gaoxin.intake.internal.ImportRunner;
import org.gaoxin.intake.internal.KindHandler;
import org.gaoxin.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of spreadsheets and CSV files. An import runs in the background with its
 * uploader's identity (so the audit log names them); its status can be followed while it
 * runs.
 */
@Service
public class Imports {

	private final Map<ImportKind, KindHandler<?>> handlers;

	private final TransactionTemplate transaction;

	private final Path uploads;

	private final long maxBytes;

	private final org.gaoxin.quality.DataQuality quality;

	private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

	private final ExecutorService workers = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "import");
		thread.setDaemon(true);
		return thread;
	});

	Imports(List<KindHandler<?>> handlers, TransactionTemplate transaction, org.gaoxin.quality.DataQuality quality,
			@Value("${gaoxin.data-dir}") Path dataDir,
			@Value("${gaoxin.intake.max-file-bytes:52428800}") long maxBytes) {
		this.handlers = handlers.stream().collect(Collectors.toMap(KindHandler::kind, Function.identity()));
		this.transaction = transaction;
		this.quality = quality;
		this.uploads = dataDir.resolve("uploads");
		this.maxBytes = maxBytes;
	}

	public List<Column> columns(ImportKind kind) {
		return this.handlers.get(kind).columns();
	}

	/** Stores the upload and starts checking it; returns at once with the import's id. */
	public UUID start(ImportKind kind, String fileName, InputStream content, GaoxinPrincipal user) {
		ImportJob job = prepare(kind, fileName, content, user);
		this.workers.submit(() -> asUploader(user, () -> run(job)));
		return job.id();
	}

	/**
	 * The same, waiting until the import has finished checking (and writing, if nothing
	 * needs confirmation).
	 */
	public ImportStatus run(ImportKind kind, String fileName, InputStream content, GaoxinPrincipal user) {
		ImportJob job = prepare(kind, fileName, content, user);
		asUploader(user, () -> run(job));
		return job.status();
	}

	/**
	 * Writes an import that replaces stored figures, once its uploader has seen the
	 * changes.
	 */
	public ImportStatus confirm(UUID id, GaoxinPrincipal user) {
		ImportJob job = job(id, user);
		synchronized (job) {
			if (job.status().state() != ImportState.AWAITING_CONFIRMATION) {
				throw new IllegalStateException("Import " + id + " is not awaiting confirmation");
			}
			asUploader(user, () -> ImportRunner.write(job, this.handlers.get(job.status().kind()), this.transaction));
		}
		checkQuality(job);
		job.release();
		deleteFile(job);
		return job.status();
	}

	public ImportStatus status(UUID id, GaoxinPrincipal user) {
		return job(id, user).status();
	}

	/** The uploaded rows with every faulty cell marked, and the list of errors. */
	public byte[] errorWorkbook(UUID id, GaoxinPrincipal user) {
		ImportJob job = job(id, user);
		return org.gaoxin.intake.internal.ErrorWorkbook.write(job);
	}

	public List<ImportStatus> recent(GaoxinPrincipal user) {
		return this.jobs.values()
			.stream()
			.filter((job) -> job.owner().equals(user.getUsername()) || user.role() == Role.ADMIN)
			.map(ImportJob::status)
			.sorted((a, b) -> b.started().compareTo(a.started()))
			.limit(20)
			.toList();
	}

	/**
	 * An import runs as its uploader on whatever thread runs it, so the audit log names
	 * them.
	 */
	private static void asUploader(GaoxinPrincipal user, Runnable work) {
		org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
		org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void run(ImportJob job) {
		KindHandler<?> handler = this.handlers.get(job.status().kind());
		ImportRunner.check(job, handler);
		if (job.status().state() == ImportState.WRITING) {
			ImportRunner.write(job, handler, this.transaction);
			checkQuality(job);
		}
		if (job.status().state() != ImportState.AWAITING_CONFIRMATION) {
			// a finished job keeps its counts and what its page shows, not its 100,000
			// records
			job.release();
		}
		if (job.status().state() != ImportState.AWAITING_CONFIRMATION && job.status().state() != ImportState.FAILED) {
			deleteFile(job);
		}
	}

	private ImportJob prepare(ImportKind kind, String fileName, InputStream content, GaoxinPrincipal user) {
		requireImporter(kind, user);
		evictOld();
		try {
			Files.createDirectories(this.uploads);
			Path file = Files.createTempFile(this.uploads, "import-", ".upload");
			boolean tooLarge = false;
			try (InputStream in = content; var out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[65536];
				long size = 0;
				for (int n = in.read(buffer); n >= 0 && !tooLarge; n = in.read(buffer)) {
					size += n;
					tooLarge = size > this.maxBytes;
					if (!tooLarge) {
						out.write(buffer, 0, n);
					}
				}
			}
			if (tooLarge) {
				Files.deleteIfExists(file);
				throw new FileProblem("文件超过" + (this.maxBytes / 1024 / 1024) + " MB 上限 / the file is larger than "
						+ (this.maxBytes / 1024 / 1024) + " MB");
			}
			ImportJob job = new ImportJob(kind, fileName, user.getUsername(), user.scope(), file);
			this.jobs.put(job.id(), job);
			return job;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Jobs are kept two hours (long enough to read the errors or confirm), then forgotten
	 * with their files.
	 */
	private void evictOld() {
		java.time.Instant limit = java.time.Instant.now().minus(java.time.Duration.ofHours(2));
		this.jobs.values().removeIf((job) -> {
			if (!job.running() && job.started().isBefore(limit)) {
				job.release();
				deleteFile(job);
				return true;
			}
			return false;
		});
	}

	/**
	 * After a written import, the data-quality check of every zone-year it touched; staff
	 * only, since findings span the zone.
	 */
	private void checkQuality(ImportJob job) {
		if (job.status().state() != ImportState.DONE || this.quality == null || job.touched().isEmpty()
				|| job.scope().isEnterpriseUser()) {
			return;
		}
		List<QualityCheck> checks = new java.util.ArrayList<>();
		for (String zoneYear : job.touched()) {
			String zone = zoneYear.substring(0, zoneYear.indexOf('/'));
			int year = Integer.parseInt(zoneYear.substring(zoneYear.indexOf('/') + 1));
			if (job.scope().canReadZone(zone)) {
				var findings = this.quality.check(zone, year, job.scope());
				checks.add(new QualityCheck(zone, year, findings.size(),
						(int) findings.stream()
							.filter((f) -> f.severity() == org.gaoxin.quality.Severity.ERROR)
							.count()));
			}
		}
		job.quality(checks);
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
		ImportJob job = this.jobs.get(id);
		if (job == null || !(job.owner().equals(user.getUsername()) || user.role() == Role.ADMIN)) {
			throw new NotFoundException("No import " + id);
		}
		return job;
	}

	private static void deleteFile(ImportJob job) {
		try {
			Files.deleteIfExists(job.file());
		}
		catch (IOException ex) {
			// a leftover upload in the data folder does no harm; the next start cleans
			// nothing up
		}
	}

}

package org.gaoxin.intake.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.gaoxin.account.DataScope;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.intake.ImportProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The imports of this run, each forgotten with its staged rows and upload a while after
 * it finished. At start nothing runs: uploads and staged rows left by a stopped or killed
 * process are removed.
 */
@Component
public class ImportJobs implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

	private final Staging staging;

	private final Clock clock;

	private final ImportProperties properties;

	private final Path uploads;

	private final boolean commandLine;

	ImportJobs(Staging staging, Clock clock, ImportProperties properties, @Value("${gaoxin.data-dir}") Path dataDir,
			@Value("${gaoxin.cli.command:}") String command) {
		this.staging = staging;
		this.clock = clock;
		this.properties = properties;
		this.uploads = dataDir.resolve("uploads");
		this.commandLine = !command.isBlank();
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (this.commandLine) {
			// a command runs beside no import of its own; on a shared database
			// (PostgreSQL)
			// the running application's imports are not its to clean
			return;
		}
		int rows = this.staging.deleteAll();
		int files = 0;
		if (Files.isDirectory(this.uploads)) {
			try (Stream<Path> leftovers = Files.list(this.uploads)) {
				for (Path file : leftovers.toList()) {
					files += Files.deleteIfExists(file) ? 1 : 0;
				}
			}
		}
		if (rows + files > 0) {
			log.info("Removed what interrupted imports left: {} staged rows, {} uploaded files", rows, files);
		}
	}

	/** The folder uploads are kept in while their import runs. */
	public Path uploads() throws IOException {
		Files.createDirectories(this.uploads);
		return this.uploads;
	}

	public ImportJob create(ImportKind kind, String fileName, String owner, DataScope scope, Path file) {
		evictFinished();
		ImportJob job = new ImportJob(kind, fileName, owner, scope, file, this.clock, this.properties.maxErrors());
		this.jobs.put(job.id(), job);
		return job;
	}

	public Optional<ImportJob> find(UUID id) {
		return Optional.ofNullable(this.jobs.get(id));
	}

	public List<ImportJob> all() {
		return this.jobs.values()
			.stream()
			.sorted(Comparator.comparing((ImportJob j) -> j.status().started()).reversed())
			.toList();
	}

	/**
	 * What a job no longer needs: its staged rows (kept while it may still be shown or
	 * confirmed) and its upload.
	 */
	public void release(ImportJob job, boolean keepStaged, boolean keepFile) {
		if (!keepStaged) {
			this.staging.delete(job.id());
		}
		if (!keepFile) {
			deleteFile(job);
		}
	}

	private void evictFinished() {
		var limit = this.clock.instant().minus(this.properties.keepFinished());
		this.jobs.values().removeIf((job) -> {
			if (job.finishedBefore(limit)) {
				this.staging.delete(job.id());
				deleteFile(job);
				return true;
			}
			return false;
		});
	}

	private static void deleteFile(ImportJob job) {
		try {
			Files.deleteIfExists(job.file());
		}
		catch (IOException ex) {
			// removed at the next start at the latest
			log.debug("Could not delete {}", job.file(), ex);
		}
	}

}

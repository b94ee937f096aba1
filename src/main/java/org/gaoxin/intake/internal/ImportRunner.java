package org.gaoxin.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.intake.FileProblem;
import org.gaoxin.intake.ImportError;
import org.gaoxin.intake.ImportPhase;
import org.gaoxin.intake.ImportProperties;
import org.gaoxin.intake.ImportState;
import org.gaoxin.intake.QualityCheck;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.web.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import's phases: read every row of the chosen sheet into the staging table,
 * checking each; check the rows against each other and the stored data, a batch at a
 * time; write in one transaction only when no row has an error, and only after
 * confirmation when stored figures would be replaced. Memory holds one batch of rows.
 */
@Component
public class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	static final int BATCH = 500;

	/** What one row may hold, all cells together. */
	static final int MAX_ROW_CHARACTERS = 900_000;

	/** A row whose first cell starts so is a template's example and is not imported. */
	static final List<String> EXAMPLE_MARKS = List.of("【示例】", "[示例]", "[Example]", "[example]");

	private final Staging staging;

	private final TransactionTemplate transaction;

	private final Texts texts;

	private final ImportProperties properties;

	ImportRunner(Staging staging, TransactionTemplate transaction, Texts texts, ImportProperties properties) {
		this.staging = staging;
		this.transaction = transaction;
		this.texts = texts;
		this.properties = properties;
	}

	/**
	 * Reads and checks the file. Afterwards the import is FAILED, REFUSED,
	 * CHOOSING_SHEET, AWAITING_CONFIRMATION, or CHECKING with nothing to confirm (ready
	 * to write).
	 */
	public <T> void check(ImportJob job, KindHandler<T> handler) {
		try {
			long started = System.nanoTime();
			boolean read = read(job, handler);
			log.info("Import {} read {} rows in {} ms", job.id(), job.status().rowsRead(), millis(started));
			if (read && job.state() == ImportState.READING) {
				job.checking();
				long planning = System.nanoTime();
				plan(job, handler);
				log.info("Import {} checked against the stored data in {} ms", job.id(), millis(planning));
				if (job.hasErrors()) {
					job.failed();
					// the error workbook shows the rows as read; what was planned is of
					// no use
					this.staging.deletePlanned(job.id());
				}
				else if (job.status().replaced() > 0) {
					job.awaitConfirmation();
				}
			}
		}
		catch (FileProblem ex) {
			job.refused(ex.text());
		}
		catch (RuntimeException ex) {
			log.warn("Import {} of {} failed", job.id(), job.fileName(), ex);
			job.refused(Message.of("intake.problem.failed"));
		}
	}

	/**
	 * Writes a checked import in one transaction, planning every batch again inside it:
	 * if what it would change is no longer what was shown, nothing is written.
	 */
	public <T> void write(ImportJob job, KindHandler<T> handler, String source) {
		if (job.state() != ImportState.WRITING) {
			// written at once, nothing to confirm (a confirmed import is writing already)
			job.writing();
		}
		int total = job.status().created() + job.status().replaced();
		long started = System.nanoTime();
		try {
			this.transaction.executeWithoutResult((status) -> {
				int after = 0;
				int written = 0;
				// a kind that writes its creations set-based goes through the staged rows
				// only for its replacements, if any: finding none would read every row
				boolean rowByRow = !(handler instanceof StagedCreations<?>) || job.status().replaced() > 0;
				for (List<Staging.Row> chunk = rowByRow ? this.staging.toWrite(job.id(), after, BATCH)
						: List.<Staging.Row>of(); !chunk
							.isEmpty(); chunk = this.staging.toWrite(job.id(), after, BATCH)) {
					List<ImportError> problems = new ArrayList<>();
					List<Located<T>> rows = reparse(job, handler, chunk, problems::add);
					List<Decision<T>> decisions = handler.plan(rows, job.scope());
					Map<Integer, Decision<T>> byRow = new HashMap<>();
					decisions.forEach((d) -> byRow.put(d.row().row().row(), d));
					for (Staging.Row staged : chunk) {
						Decision<T> now = byRow.get(staged.row());
						if (!problems.isEmpty() || now == null || now.action() != staged.action()
								|| !now.hash().equals(staged.hash())) {
							throw new StaleImportException(staged.row());
						}
						job.touches(handler.touched(now.value()));
					}
					handler.write(decisions, job.scope(), source);
					written += chunk.size();
					after = chunk.get(chunk.size() - 1).row();
					job.progress(ImportPhase.WRITE, written, total);
				}
				if (handler instanceof StagedCreations<?> staged) {
					// the new records as planned, in one statement with their audit
					// lines:
					// it fails if one is no longer new or no longer the caller's to write
					job.touches(staged.touchedStaged(job.id()));
					int created = job.status().created();
					staged.writeStaged(job.id(), created, job.scope(), source);
					job.progress(ImportPhase.WRITE, written + created, total);
				}
			});
			// the staged rows are deleted once the import is done (Imports#release): the
			// uploader does not wait for that
			log.info("Import {} wrote {} rows in {} ms", job.id(), total, millis(started));
			job.checkingQuality();
		}
		catch (StaleImportException | OptimisticLockingFailureException | DuplicateKeyException ex) {
			log.info("Import {} of {} is stale: {}", job.id(), job.fileName(), ex.getMessage());
			job.refused(Message.of("intake.problem.stale"));
		}
		catch (RuntimeException ex) {
			log.warn("Import {} of {} could not be written", job.id(), job.fileName(), ex);
			job.refused(Message.of("intake.problem.writeFailed"));
		}
	}

	/** Checks one zone-year's data quality for a caller. */
	@FunctionalInterface
	public interface QualityProbe {

		QualityCheck check(String zone, int year, DataScope scope);

	}

	/**
	 * After a written import, the data-quality check of every zone-year it touched; staff
	 * only, since findings span the zone. The import is done when this has run.
	 */
	public void checkQuality(ImportJob job, QualityProbe probe) {
		DataScope scope = job.scope();
		Set<String> touched = scope.isEnterpriseUser() ? Set.of() : job.touched();
		int done = 0;
		long started = System.nanoTime();
		try {
			for (String zoneYear : touched) {
				String zone = zoneYear.substring(0, zoneYear.indexOf('/'));
				int year = Integer.parseInt(zoneYear.substring(zoneYear.indexOf('/') + 1));
				if (scope.canReadZone(zone)) {
					job.qualityChecked(probe.check(zone, year, scope));
				}
				job.progress(ImportPhase.QUALITY, ++done, touched.size());
			}
		}
		catch (RuntimeException ex) {
			// the figures are written; a check that cannot run is reported, not fatal
			log.warn("Quality check after import {} failed", job.id(), ex);
			job.note(Message.of("intake.note.qualityFailed"));
		}
		log.info("Import {} checked the data quality of {} zone-years in {} ms", job.id(), touched.size(),
				millis(started));
		job.done();
	}

	/**
	 * Reads the chosen sheet into the staging table; false when the import stops here.
	 */
	private <T> boolean read(ImportJob job, KindHandler<T> handler) {
		try (TableSource source = TableSource.open(job.file(), job.fileName())) {
			HeaderDetector detector = new HeaderDetector(handler.columns(), this.texts);
			List<Message> notes = new ArrayList<>();
			String sheet = job.sheet();
			HeaderMatch match;
			if (sheet == null) {
				List<String> names = source.sheets();
				Map<String, HeaderMatch> matches = new LinkedHashMap<>();
				for (String name : names) {
					matches.put(name, detector.detect(name, top(source, name)));
				}
				List<String> usable = matches.keySet().stream().filter((name) -> matches.get(name).usable()).toList();
				if (usable.size() > 1) {
					job.chooseSheet(usable);
					return false;
				}
				sheet = usable.isEmpty() ? best(matches) : usable.get(0);
				match = matches.get(sheet);
				if (names.size() > 1) {
					notes.add(Message.of("intake.note.sheet", sheet, names.size()));
				}
			}
			else {
				match = detector.detect(sheet, top(source, sheet));
			}
			if (match.recognised() > 0 && (match.firstRow() > 1 || match.lastRow() > match.firstRow())) {
				notes.add((match.lastRow() > match.firstRow())
						? Message.of("intake.note.headerRows", match.firstRow(), match.lastRow())
						: Message.of("intake.note.headerRow", match.firstRow()));
			}
			job.headerFound(sheet, match, notes);
			if (job.hasErrors()) {
				job.failed();
				return false;
			}
			readRows(job, handler, source, sheet, match);
			job.phaseDone(ImportPhase.READ);
		}
		if (job.status().rowsRead() == 0) {
			throw new FileProblem(Message.of("intake.problem.noRows"));
		}
		for (Staging.Duplicate duplicate : this.staging.duplicates(job.id(), this.properties.maxErrors())) {
			job.addError(new ImportError(job.sheet(), duplicate.row(), -1, handler.keyColumn().name().zh(),
					duplicate.key(), Message.of("intake.error.duplicateRow", duplicate.first())));
		}
		if (job.hasErrors()) {
			job.failed();
			return false;
		}
		return true;
	}

	private <T> void readRows(ImportJob job, KindHandler<T> handler, TableSource source, String sheet,
			HeaderMatch match) {
		long total = source.size(sheet);
		List<Staging.Row> buffer = new ArrayList<>();
		int[] blankRun = { 0 };
		source.read(sheet, (row, cells) -> {
			if (row <= match.lastRow()) {
				return true;
			}
			if (blank(cells)) {
				if (++blankRun[0] >= this.properties.blankRowsToStop()) {
					job.note(Message.of("intake.note.blankRows", blankRun[0], row));
					return false;
				}
				return true;
			}
			blankRun[0] = 0;
			if (example(cells)) {
				return true;
			}
			if (cells.stream().mapToInt((c) -> (c != null) ? c.length() : 0).sum() > MAX_ROW_CHARACTERS) {
				throw new FileProblem(Message.of("intake.problem.rowTooLong", row));
			}
			job.rowRead();
			ParsedRow parsed = new ParsedRow(sheet, row, cells, match, job::addError);
			T value = handler.parse(parsed);
			buffer.add(new Staging.Row(row, (value != null) ? handler.key(value) : null, cells, null, null));
			if (buffer.size() >= BATCH) {
				this.staging.insert(job.id(), buffer);
				buffer.clear();
			}
			return true;
		}, (bytes) -> job.progress(ImportPhase.READ, bytes, total));
		this.staging.insert(job.id(), buffer);
		job.progress(ImportPhase.READ, total, total);
	}

	private <T> void plan(ImportJob job, KindHandler<T> handler) {
		@SuppressWarnings("unchecked")
		StagedCreations<T> staged = (handler instanceof StagedCreations<?>) ? (StagedCreations<T>) handler : null;
		int total = job.status().rowsRead();
		int after = 0;
		int done = 0;
		for (List<Staging.Row> chunk = this.staging.keyed(job.id(), after, BATCH); !chunk
			.isEmpty(); chunk = this.staging.keyed(job.id(), after, BATCH)) {
			List<Decision<T>> decisions = handler.plan(reparse(job, handler, chunk, job::addError), job.scope());
			List<Staging.Row> decided = new ArrayList<>();
			List<Decision<T>> created = new ArrayList<>();
			for (Decision<T> decision : decisions) {
				if (staged != null && decision.action() == Action.CREATE) {
					created.add(decision);
				}
				else {
					decided.add(new Staging.Row(decision.row().row().row(), null, List.of(), decision.action(),
							decision.hash()));
				}
				job.planned(decision.action(), decision.changes());
			}
			if (staged != null && !job.hasErrors()) {
				// nothing is written once a row has an error: no use staging more
				staged.stage(job.id(), created);
			}
			this.staging.decide(job.id(), decided);
			done += chunk.size();
			after = chunk.get(chunk.size() - 1).row();
			job.progress(ImportPhase.CHECK, done, total);
		}
	}

	private <T> List<Located<T>> reparse(ImportJob job, KindHandler<T> handler, List<Staging.Row> chunk,
			ParsedRow.ErrorSink errors) {
		List<Located<T>> rows = new ArrayList<>();
		for (Staging.Row staged : chunk) {
			ParsedRow row = new ParsedRow(job.sheet(), staged.row(), staged.cells(), job.header(), errors);
			T value = handler.parse(row);
			if (value != null) {
				rows.add(new Located<>(row, value));
			}
		}
		return rows;
	}

	/**
	 * The first rows of a sheet that have anything in them, as many as the header is
	 * searched in.
	 */
	private List<HeaderDetector.Line> top(TableSource source, String sheet) {
		List<HeaderDetector.Line> lines = new ArrayList<>();
		source.read(sheet, (row, cells) -> {
			if (!blank(cells)) {
				lines.add(new HeaderDetector.Line(row, List.copyOf(cells)));
			}
			return lines.size() < this.properties.headerRows() && row < 200;
		}, (bytes) -> {
		});
		return lines;
	}

	private static String best(Map<String, HeaderMatch> matches) {
		String best = matches.keySet().iterator().next();
		for (Map.Entry<String, HeaderMatch> entry : matches.entrySet()) {
			if (entry.getValue().recognised() > matches.get(best).recognised()) {
				best = entry.getKey();
			}
		}
		return best;
	}

	private static long millis(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	static boolean blank(List<String> cells) {
		return cells.stream().allMatch((c) -> c == null || c.isBlank());
	}

	static boolean example(List<String> cells) {
		String first = cells.stream().filter((c) -> c != null && !c.isBlank()).findFirst().orElse("").strip();
		return EXAMPLE_MARKS.stream().anyMatch(first::startsWith);
	}

}

package org.gaoxin.intake.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.gaoxin.account.DataScope;
import org.gaoxin.intake.Change;
import org.gaoxin.intake.ImportError;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.intake.ImportState;
import org.gaoxin.intake.ImportStatus;

/** One import's state, updated by its worker and read by the progress page. */
public final class ImportJob {

	static final int SHOWN = 500;

	final UUID id = UUID.randomUUID();

	final ImportKind kind;

	final String fileName;

	final String owner;

	final DataScope scope;

	final Path file;

	final Instant started = Instant.now();

	final AtomicInteger read = new AtomicInteger();

	final AtomicInteger checked = new AtomicInteger();

	final AtomicInteger written = new AtomicInteger();

	final List<ImportError> errors = java.util.Collections.synchronizedList(new ArrayList<>());

	volatile ImportState state = ImportState.READING;

	volatile Plan<?> plan;

	/** The checked rows, kept until written so a confirmation can be checked again. */
	volatile List<?> rows;

	volatile String problem;

	volatile List<org.gaoxin.intake.QualityCheck> quality = List.of();

	/**
	 * The zone-years the import wrote, for the quality check (set by the runner once
	 * written).
	 */
	volatile java.util.Set<String> touched = java.util.Set.of();

	public java.util.Set<String> touched() {
		return this.touched;
	}

	public void quality(List<org.gaoxin.intake.QualityCheck> checks) {
		this.quality = List.copyOf(checks);
	}

	public ImportJob(ImportKind kind, String fileName, String owner, DataScope scope, Path file) {
		this.kind = kind;
		this.fileName = fileName;
		this.owner = owner;
		this.scope = scope;
		this.file = file;
	}

	public UUID id() {
		return this.id;
	}

	public String owner() {
		return this.owner;
	}

	public Path file() {
		return this.file;
	}

	public DataScope scope() {
		return this.scope;
	}

	public Instant started() {
		return this.started;
	}

	public boolean running() {
		return this.state == ImportState.READING || this.state == ImportState.CHECKING
				|| this.state == ImportState.WRITING;
	}

	private volatile int[] counts = { 0, 0, 0 };

	private volatile List<Change> shownChanges = List.of();

	private volatile int changeCount;

	/** Lets go of what a finished job holds in memory, keeping what its page shows. */
	public void release() {
		Plan<?> p = this.plan;
		if (p != null) {
			this.counts = new int[] { p.created().size(), p.replaced().size(), p.unchanged() };
			this.changeCount = p.changes().size();
			this.shownChanges = List.copyOf(p.changes().subList(0, Math.min(SHOWN, p.changes().size())));
		}
		this.plan = null;
		this.rows = null;
	}

	public List<ImportError> errors() {
		synchronized (this.errors) {
			return List.copyOf(this.errors);
		}
	}

	public ImportStatus status() {
		Plan<?> p = this.plan;
		List<Change> changes = (p != null) ? p.changes().subList(0, Math.min(SHOWN, p.changes().size()))
				: this.shownChanges;
		int[] c = (p != null) ? new int[] { p.created().size(), p.replaced().size(), p.unchanged() } : this.counts;
		List<ImportError> all = errors();
		return new ImportStatus(this.id, this.kind, this.fileName, this.owner, this.started, this.state,
				this.read.get(), this.checked.get(), this.written.get(), c[0], c[1], c[2], all.size(),
				all.subList(0, Math.min(SHOWN, all.size())), (p != null) ? p.changes().size() : this.changeCount,
				List.copyOf(changes), this.problem, this.quality);
	}

}

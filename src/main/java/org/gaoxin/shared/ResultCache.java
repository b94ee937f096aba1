package org.gaoxin.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Results computed from a zone's data, kept under a key that names everything they were
 * computed from: the zone, year, standard (code, version, checksum) and the zone's data
 * version ({@code org.gaoxin.region.ZoneDataVersions}). A change to an input makes a new
 * version and so a new key; nothing is ever invalidated by hand, and stale entries age
 * out of a bounded cache (Caffeine, weighed by an estimate of each result's size:
 * {@code gaoxin.cache.max-weight} units of about a kilobyte, decision 0020).
 * <p>
 * Results are zone-level: callers check the caller's data scope before asking and narrow
 * what they return after, so one user's narrowed view is never kept for another. Only a
 * read-only transaction (or none) reads or fills the cache: a writing transaction may see
 * its own uncommitted rows under a version that would be reused if it rolled back.
 */
@Component
public class ResultCache {

	private final Cache<Key, Entry> cache;

	private final Map<String, LongAdder> computations = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	ResultCache(@Value("${gaoxin.cache.max-weight:65536}") long maxWeight) {
		this.cache = Caffeine.newBuilder()
			.maximumWeight(maxWeight)
			.weigher((Key key, Entry entry) -> entry.weight())
			.build();
	}

	/**
	 * The result kept under {@code kind} and {@code key}, or {@code compute}'s, kept.
	 * @param weight the result's approximate size in kilobytes (at least 1)
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String kind, List<?> key, java.util.function.ToIntFunction<T> weight, Supplier<T> compute) {
		if (!cacheable()) {
			return computed(kind, compute);
		}
		Key full = new Key(kind, this.generation.get(), key);
		Entry kept = this.cache.getIfPresent(full);
		if (kept != null) {
			return (T) kept.value();
		}
		T value = computed(kind, compute);
		this.cache.put(full, new Entry(value, Math.max(1, weight.applyAsInt(value))));
		return value;
	}

	/**
	 * Forgets everything, including results being computed now (a restored database may
	 * reuse version numbers with other data).
	 */
	public void clear() {
		this.generation.incrementAndGet();
		this.cache.invalidateAll();
	}

	/** How many times a kind of result was computed rather than found: for tests. */
	public long computations(String kind) {
		LongAdder count = this.computations.get(kind);
		return (count != null) ? count.sum() : 0;
	}

	/** The results kept now and their total weight: for tests and benchmarks. */
	public long size() {
		this.cache.cleanUp();
		return this.cache.estimatedSize();
	}

	private <T> T computed(String kind, Supplier<T> compute) {
		this.computations.computeIfAbsent(kind, (k) -> new LongAdder()).increment();
		return compute.get();
	}

	private static boolean cacheable() {
		return !TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	private record Key(String kind, long generation, List<?> parts) {
	}

	private record Entry(Object value, int weight) {
	}

}

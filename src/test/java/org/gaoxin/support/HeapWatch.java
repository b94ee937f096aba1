package org.gaoxin.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every 20 ms and keeps the highest; and the heap still in use
 * after each collection (the live data, which is what must fit).
 */
public final class HeapWatch {

	private final AtomicLong peak = new AtomicLong();

	private final AtomicLong peakLive = new AtomicLong();

	private final Thread thread;

	private volatile boolean running = true;

	public HeapWatch() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		this.thread = new Thread(() -> {
			while (this.running) {
				this.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				long live = 0;
				for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
					if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
						live += pool.getCollectionUsage().getUsed();
					}
				}
				this.peakLive.accumulateAndGet(live, Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		this.thread.setDaemon(true);
		this.thread.start();
	}

	public void stop() throws InterruptedException {
		this.running = false;
		this.thread.join();
	}

	public long peakMb() {
		return this.peak.get() / 1024 / 1024;
	}

	public long peakLiveMb() {
		return this.peakLive.get() / 1024 / 1024;
	}

}

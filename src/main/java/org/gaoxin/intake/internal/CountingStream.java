package org.gaoxin.intake.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells how many bytes have been read, at most every 64 KB. */
final class CountingStream extends FilterInputStream {

	private final LongConsumer progress;

	private long count;

	private long reported;

	CountingStream(InputStream in, LongConsumer progress) {
		super(in);
		this.progress = progress;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			advance(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			advance(n);
		}
		return n;
	}

	private void advance(long n) {
		this.count += n;
		if (this.count - this.reported >= 65_536) {
			this.reported = this.count;
			this.progress.accept(this.count);
		}
	}

}

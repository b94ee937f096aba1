package org.gaoxin.benchmark;

/**
 * What a benchmark compares: the region's zones, or its districts (their zones summed).
 */
public enum BenchmarkLevel {

	ZONES, DISTRICTS

}

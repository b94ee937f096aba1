package org.gaoxin.qualification;

/**
 * What the pool counts for next year's high-tech enterprises, the input of the outlook on
 * the zone's targets.
 *
 * @param year the data year; the counts are for the year after
 * @param secure certificates still valid next year
 * @param ready renewals and candidates with no failing condition
 * @param near renewals and candidates one condition short
 */
public record PoolCounts(String zoneCode, int year, int secure, int ready, int near) {
}

package org.gaoxin.evaluation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

import org.gaoxin.filing.ReportCoverage;

/**
 * Which of a zone's years are complete enough to evaluate (默认年份, docs/GLOSSARY.md): a
 * year is complete when the enterprises that had an approved report for the zone's
 * previous reported year have approved reports for it too, at least
 * {@link #SHARE_PERCENT} % of them, and when it has at least that share of the previous
 * year's zone figures. A year with one early report, or with reports but no zone figures
 * yet, is not complete. A zone's first year of reports (or of figures) has nothing to
 * compare with and counts as complete; a zone that keeps no zone figures (or has no
 * reports) is judged on the other half alone.
 */
final class CompleteYears {

	/** The share of last year's data a year needs: 80 %. */
	static final int SHARE_PERCENT = 80;

	private final List<ReportCoverage> reports;

	private final SortedMap<Integer, Integer> figures;

	/**
	 * @param reports the zone's years with approved reports
	 * @param figures how many zone figures each year has
	 */
	CompleteYears(List<ReportCoverage> reports, SortedMap<Integer, Integer> figures) {
		this.reports = reports;
		this.figures = figures;
	}

	/** The latest complete year, if any year is. */
	Optional<Integer> latest() {
		return candidates().descendingSet().stream().filter(this::complete).findFirst();
	}

	/** The latest year with any approved report or zone figure, complete or not. */
	Optional<Integer> latestWithData() {
		TreeSet<Integer> years = candidates();
		return years.isEmpty() ? Optional.empty() : Optional.of(years.last());
	}

	boolean complete(int year) {
		return reportsComplete(year) && figuresComplete(year);
	}

	private boolean reportsComplete(int year) {
		if (this.reports.isEmpty()) {
			return true;
		}
		return this.reports.stream()
			.filter((r) -> r.year() == year)
			.findFirst()
			.map((r) -> r.previousYear() == null || enough(r.continued(), r.previousApproved()))
			.orElse(false);
	}

	private boolean figuresComplete(int year) {
		if (this.figures.isEmpty()) {
			return true;
		}
		Integer count = this.figures.get(year);
		if (count == null || count == 0) {
			return false;
		}
		SortedMap<Integer, Integer> earlier = this.figures.headMap(year);
		return earlier.isEmpty() || enough(count, earlier.get(earlier.lastKey()));
	}

	private static boolean enough(int part, int whole) {
		return part * 100L >= whole * (long) SHARE_PERCENT;
	}

	private TreeSet<Integer> candidates() {
		TreeSet<Integer> years = new TreeSet<>(this.figures.keySet());
		this.reports.stream().map(ReportCoverage::year).forEach(years::add);
		return years;
	}

	static CompleteYears of(List<ReportCoverage> reports, Map<Integer, Integer> figures) {
		return new CompleteYears(reports, new java.util.TreeMap<>(figures));
	}

}

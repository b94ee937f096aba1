package org.gaoxin.quality.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gaoxin.quality.Finding;
import org.gaoxin.quality.FindingKind;
import org.gaoxin.quality.FindingStatus;
import org.gaoxin.quality.Severity;

/**
 * Which findings of a zone-year a list shows, as the request carries it; a null filter
 * lets every finding through.
 */
record QualityFilter(FindingKind kind, Severity severity, FindingStatus status) {

	boolean test(Finding finding) {
		return (this.kind == null || finding.kind() == this.kind)
				&& (this.severity == null || finding.severity() == this.severity)
				&& (this.status == null || finding.review().status() == this.status);
	}

	/** The filter and the zone-year as request parameters, for links that keep them. */
	Map<String, Object> parameters(String zone, int year) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("zone", zone);
		parameters.put("year", year);
		parameters.put("kind", this.kind);
		parameters.put("severity", this.severity);
		parameters.put("status", this.status);
		return parameters;
	}

}

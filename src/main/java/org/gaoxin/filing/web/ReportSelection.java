package org.gaoxin.filing.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A report ticked on the review page: "enterprise id:year". */
record ReportSelection(long enterpriseId, int year) {

	/** What one approval of several may hold: a page of pending reports and more. */
	static final int MAX = 500;

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,18}):(\\d{4})");

	/**
	 * @throws ResponseStatusException (400) for a malformed selection or too many
	 */
	static List<ReportSelection> parseAll(List<String> values) {
		if (values.size() > MAX) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "At most " + MAX + " reports at once");
		}
		return values.stream().distinct().map(ReportSelection::parse).toList();
	}

	private static ReportSelection parse(String value) {
		Matcher matcher = FORMAT.matcher(value.strip());
		if (!matcher.matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a report: " + value);
		}
		return new ReportSelection(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

}

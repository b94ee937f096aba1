package org.gaoxin.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gaoxin.shared.Page;

/**
 * The page numbers of a long list as links that keep the list's filters: the first and
 * last page, the pages around the current one, and gaps between them (1 2 3 … 84). Pages
 * render it with the {@code pager} fragment.
 *
 * @param page the current page, counted from 1
 * @param previous the link to the previous page, or null on the first
 * @param next the link to the next page, or null on the last
 */
public record PageLinks(long total, int page, int totalPages, String previous, String next, List<Link> links) {

	/** Pages shown on each side of the current one. */
	static final int AROUND = 2;

	/**
	 * One page number, or a gap (number 0) where pages are left out.
	 */
	public record Link(int number, String href, boolean current) {

		public boolean gap() {
			return this.number == 0;
		}

	}

	/**
	 * The links of the page; {@code parameters} are the list's filters (null or blank
	 * values are left out), {@code page} is added to them zero-based, as requests carry
	 * it.
	 */
	public static PageLinks of(Page<?> page, String path, Map<String, ?> parameters) {
		int pages = page.totalPages();
		int current = Math.min(page.page(), pages - 1);
		List<Link> links = new ArrayList<>();
		int last = -1;
		for (int n = 0; n < pages; n++) {
			if (!shown(n, current, pages)) {
				continue;
			}
			if (last >= 0 && n > last + 1) {
				links.add(new Link(0, null, false));
			}
			links.add(new Link(n + 1, href(path, withPage(parameters, n)), n == current));
			last = n;
		}
		String previous = (current > 0) ? href(path, withPage(parameters, current - 1)) : null;
		String next = (current + 1 < pages) ? href(path, withPage(parameters, current + 1)) : null;
		return new PageLinks(page.total(), current + 1, pages, previous, next, List.copyOf(links));
	}

	private static boolean shown(int n, int current, int pages) {
		if (n == 0 || n == pages - 1 || Math.abs(n - current) <= AROUND) {
			return true;
		}
		// a gap of one page shows that page instead: "1 2 3 4 5", not "1 … 3 4 5"
		return (n == 1 && current - AROUND == 2) || (n == pages - 2 && current + AROUND == pages - 3);
	}

	/**
	 * A link to {@code path} with the parameters form-encoded (a "+" in a search text
	 * stays a "+"); null and blank values are left out.
	 */
	public static String href(String path, Map<String, ?> parameters) {
		String query = parameters.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != null && !entry.getValue().toString().isBlank())
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue().toString()))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static Map<String, Object> withPage(Map<String, ?> parameters, int page) {
		Map<String, Object> withPage = new LinkedHashMap<>(parameters);
		withPage.put("page", page);
		return withPage;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}

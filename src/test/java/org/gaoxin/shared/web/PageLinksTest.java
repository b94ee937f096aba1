package org.gaoxin.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.shared.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTest {

	@Test
	void showsTheFirstAndLastPagesAndThoseAroundTheCurrentOneWithGapsBetween() {
		assertThat(numbers(links(0, 84))).containsExactly("1", "2", "3", "…", "84");
		assertThat(numbers(links(40, 84))).containsExactly("1", "…", "39", "40", "41", "42", "43", "…", "84");
		assertThat(numbers(links(83, 84))).containsExactly("1", "…", "82", "83", "84");
	}

	@Test
	void aGapOfOnePageShowsThatPage() {
		assertThat(numbers(links(4, 10))).containsExactly("1", "2", "3", "4", "5", "6", "7", "…", "10");
		assertThat(numbers(links(5, 10))).containsExactly("1", "…", "4", "5", "6", "7", "8", "9", "10");
	}

	@Test
	void aShortListShowsEveryPageAndTheCurrentOneIsMarked() {
		PageLinks links = links(1, 3);
		assertThat(numbers(links)).containsExactly("1", "2", "3");
		assertThat(links.links()).filteredOn(PageLinks.Link::current)
			.extracting(PageLinks.Link::number)
			.containsExactly(2);
		assertThat(links.page()).isEqualTo(2);
		assertThat(links.totalPages()).isEqualTo(3);
	}

	@Test
	void linksKeepTheFiltersEncodedAndLeaveOutEmptyOnes() {
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("q", "黔江 a+b&c");
		filters.put("zone", "QJ-HTZ");
		filters.put("industry", null);
		filters.put("chain", " ");
		PageLinks links = PageLinks.of(new Page<>(List.of(), 1, 20, 100), "/enterprises", filters);
		assertThat(links.next()).isEqualTo("/enterprises?q=%E9%BB%94%E6%B1%9F+a%2Bb%26c&zone=QJ-HTZ&page=2");
		assertThat(links.previous()).endsWith("&zone=QJ-HTZ&page=0");
		assertThat(links.links().get(4).href()).endsWith("&page=4");
		assertThat(PageLinks.of(new Page<>(List.of(), 4, 20, 100), "/x", Map.of()).next()).isNull();
		assertThat(PageLinks.of(new Page<>(List.of(), 0, 20, 100), "/x", Map.of()).previous()).isNull();
	}

	@Test
	void anEmptyListHasOnePage() {
		PageLinks links = PageLinks.of(new Page<>(List.of(), 0, 20, 0), "/x", Map.of());
		assertThat(links.totalPages()).isEqualTo(1);
		assertThat(links.total()).isZero();
	}

	private static PageLinks links(int page, int pages) {
		return PageLinks.of(new Page<>(List.of(), page, 10, pages * 10L), "/list", Map.of());
	}

	private static List<String> numbers(PageLinks links) {
		return links.links().stream().map((link) -> link.gap() ? "…" : String.valueOf(link.number())).toList();
	}

}

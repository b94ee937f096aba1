package org.gaoxin.shared.web;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

import org.gaoxin.shared.Message;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English counts agree with their number ("1 row read", "2 rows read", "1 field needs
 * correcting"); Chinese has no plural and stays as written. Every count message that can
 * be 1, with the place of its count among its arguments.
 */
class CountWordsTest {

	/** A one followed by a word ending in s: "1 rows", "1 fields", "1 minutes". */
	private static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d,.])1 (?:more |blank |failed )?[a-z-]+s\\b");

	private static final Map<String, Object[]> COUNTS = Map.ofEntries(count("intake.failed", 0, 1),
			count("intake.progress.rows", 0, 1), count("intake.error.decimals", 0, 1),
			count("intake.error.noHeader", 0, 1), count("intake.error.tooLong", 0, 1),
			count("intake.note.blankRows", 0, 2), count("workflow.form.errors", 0, 1),
			count("workflow.review.outcomes", 0, 2), count("workflow.nav.pending", 0, 1),
			count("qualification.form.errors", 0, 1), count("qualification.highTech.stStaff.gap", 3, 4),
			count("qualification.conversion.gap", 0, 3), count("qualification.techSme.score.gap", 2, 3),
			count("quality.total", 0, 3), count("quality.total", 1, 3), count("cultivation.moreGaps", 0, 1),
			count("login.locked", 0, 1), count("login.locked.api", 0, 1), count("locks.hint", 0, 3),
			count("locks.hint", 2, 3), count("operations.backup.done", 1, 3), count("operations.backup.done", 2, 3),
			count("operations.restore.done", 1, 4), count("operations.restore.done", 2, 4),
			count("standard.problem.file", 1, 2), count("workflow.conflict", 3, 4));

	@Test
	void oneOfAnythingIsSingularInEnglishAndMoreArePlural() {
		COUNTS.forEach((key, args) -> {
			String one = TestTexts.en(Message.of(key.replaceAll("#.*", ""), with(args, 1)));
			String two = TestTexts.en(Message.of(key.replaceAll("#.*", ""), with(args, 2)));
			assertThat(one).as(key).doesNotContainPattern(ONE_PLURAL).isNotEqualTo(two);
			assertThat(two).as(key).doesNotContain("{").contains("2 ");
		});
	}

	@Test
	void theExamplesTheOfficeSaw() {
		assertThat(TestTexts.en(Message.of("intake.progress.rows", 1))).isEqualTo("1 row read");
		assertThat(TestTexts.en(Message.of("intake.progress.rows", 0))).isEqualTo("0 rows read");
		assertThat(TestTexts.en(Message.of("intake.progress.rows", 12000))).isEqualTo("12,000 rows read");
		assertThat(TestTexts.en(Message.of("workflow.form.errors", 1))).startsWith("1 field needs correcting");
		assertThat(TestTexts.en(Message.of("workflow.form.errors", 3))).startsWith("3 fields need correcting");
		assertThat(TestTexts.zh(Message.of("intake.progress.rows", 1))).isEqualTo("已读取 1 行");
	}

	@Test
	void numbersPlacedInATextStayPlain() {
		assertThat(TestTexts.en(Message.of("workflow.review.noLastYear", 2021))).isEqualTo("No report filed for 2021");
		assertThat(TestTexts.en(Message.of("intake.note.headerRows", 1, 12000))).contains("1–12000");
	}

	/** Arguments for a message: the count at {@code at}, ones elsewhere. */
	private static Map.Entry<String, Object[]> count(String key, int at, int size) {
		Object[] args = new Object[size];
		Arrays.fill(args, 1);
		args[at] = null;
		return Map.entry(key + "#" + at, args);
	}

	private static Object[] with(Object[] args, int count) {
		Object[] filled = args.clone();
		for (int i = 0; i < filled.length; i++) {
			filled[i] = (filled[i] == null) ? count : 7;
		}
		return filled;
	}

}

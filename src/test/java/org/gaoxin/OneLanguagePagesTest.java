package org.gaoxin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.DemoApplicationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One language at a time: every main page, as each role meets it, read in Chinese has no
 * English word and read in English no Chinese character, outside what the page marks as
 * data ({@code translate="no"}: registered names, typed-in text). What a person reads
 * counts: visible text, placeholders, titles, labels for screen readers and option texts.
 */
@DemoApplicationTest
class OneLanguagePagesTest {

	private static final Pattern HAN = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF5E]+");

	/** Words the Chinese pages use as they are: file formats and names of programs. */
	private static final Set<String> LATIN_IN_CHINESE = Set.of("Excel", "WPS", "CSV", "csv", "xlsx", "API", "PDF",
			"Word", "Gaoxin", "English", "JSON", "UTF", "GBK", "GB", "SHA", "II", "III", "IV");

	/**
	 * Chinese the English pages keep: the glossary's domain terms (they keep their
	 * Chinese names in the UI) and the product's name.
	 */
	private static final Set<String> CHINESE_IN_ENGLISH = glossaryTerms();

	private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9_&.-])[A-Za-z][A-Za-z&]+(?![A-Za-z0-9_])");

	/** A created record's name as the log writes it: "name=…, zone=…". */
	private static final Pattern LOGGED_NAME = Pattern.compile("name=([^,\\n]+)");

	/** The demo zone's first enterprise, the demo enterprise account's own. */
	private static final String ENTERPRISE = "{enterprise}";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	/** Data as entered, longest first (a name may contain a shorter one). */
	private List<String> data;

	static Stream<Arguments> pages() {
		String zoneYear = "zone=" + DemoAccounts.QIANJIANG + "&year=2021";
		return Stream.of(Arguments.of(DemoAccounts.HEADQUARTERS, "/"),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/evaluation?" + zoneYear),
				Arguments.of(DemoAccounts.HEADQUARTERS,
						"/evaluation/explain?" + zoneYear
								+ "&standard=CQ-MUNICIPAL-HTZ@2021-illustrative&indicator=C07"),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/cultivation?" + zoneYear),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/enterprises?zone=*&year=2021"),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/enterprises/" + ENTERPRISE),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/enterprises/" + ENTERPRISE + "/qualification?year=2021"),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/quality?" + zoneYear),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/standards"),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/standards/CQ-MUNICIPAL-HTZ/2021-illustrative"),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/zones/" + DemoAccounts.QIANJIANG + "/figures?year=2021"),
				Arguments.of(DemoAccounts.DEPARTMENT, "/reports/review"),
				Arguments.of(DemoAccounts.DEPARTMENT, "/imports"), Arguments.of(DemoAccounts.ADMIN, "/audit"),
				Arguments.of(DemoAccounts.ADMIN, "/login-locks"),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/targets?" + zoneYear),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/targets/scenarios?" + zoneYear),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/targets/path?" + zoneYear),
				Arguments.of(DemoAccounts.ENTERPRISE, "/reports/submit?year=2021"),
				Arguments.of(DemoAccounts.ENTERPRISE, "/enterprises/" + ENTERPRISE + "/self-assessment"),
				Arguments.of(DemoAccounts.ENTERPRISE, "/enterprises/" + ENTERPRISE + "/qualification"),
				Arguments.of(DemoAccounts.HEADQUARTERS,
						"/zones/" + DemoAccounts.QIANJIANG + "/figures/gdp/history?year=2021"),
				Arguments.of(DemoAccounts.CHAIN_LEADER, "/enterprises"), Arguments.of(DemoAccounts.VIEWER, "/"),
				Arguments.of(DemoAccounts.HEADQUARTERS, "/documents?" + zoneYear), Arguments.of(null, "/login"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pages")
	void inChineseNoEnglishWord(String username, String path) throws Exception {
		String text = readable(username, path, "zh_CN");
		List<String> english = new ArrayList<>();
		Matcher words = LATIN_WORD.matcher(text);
		while (words.find()) {
			if (!LATIN_IN_CHINESE.contains(words.group())) {
				english.add(around(text, words.start(), words.end()));
			}
		}
		assertThat(english).as("English on %s in Chinese", path).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pages")
	void inEnglishNoChinese(String username, String path) throws Exception {
		String text = readable(username, path, "en");
		List<String> chinese = new ArrayList<>();
		Matcher han = HAN.matcher(text);
		while (han.find()) {
			if (!CHINESE_IN_ENGLISH.contains(han.group())) {
				chinese.add(around(text, han.start(), han.end()));
			}
		}
		assertThat(chinese).as("Chinese on %s in English", path).isEmpty();
	}

	/**
	 * The page's text as a person reads it, without scripts, styles, data marked
	 * {@code translate="no"} and the language switch (which names the other language).
	 */
	private String readable(String username, String path, String lang) throws Exception {
		GaoxinPrincipal me = (username != null) ? (GaoxinPrincipal) this.users.loadUserByUsername(username) : null;
		String url = path.replace(ENTERPRISE, String.valueOf(enterpriseOf(me)));
		var request = get(url).param("lang", lang);
		if (me != null) {
			request.with(user(me));
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		page.select("script, style, noscript, [translate=no], #switch-language, title").remove();

		Set<String> parts = new LinkedHashSet<>();
		parts.add(page.body().text());
		for (Element element : page.select("[placeholder], [title], [aria-label], input[type=submit][value]")) {
			for (String attribute : List.of("placeholder", "title", "aria-label")) {
				if (element.hasAttr(attribute)) {
					parts.add(element.attr(attribute));
				}
			}
			if (element.is("input[type=submit]")) {
				parts.add(element.attr("value"));
			}
		}
		String text = String.join(" | ", parts);
		for (String value : data()) {
			text = text.replace(value, " ");
		}
		return text;
	}

	private List<String> data() {
		if (this.data == null) {
			Set<String> values = new java.util.HashSet<>();
			for (String query : List.of("select name from enterprise", "select industry from enterprise",
					"select display_name from app_user", "select username from app_user",
					"select name from innovation_platform", "select source from zone_figure where source is not null",
					"select code from standard_version", "select version from standard_version",
					"select name_zh from standard_version", "select source from standard_version",
					"select distinct actor from audit_log", "select source from zone_target where source is not null",
					"select source from zone_target_version where source is not null",
					"select note from zone_target_version where note is not null", "select name from what_if_scenario",
					"select name_zh from target_metric", "select reference from target_metric",
					// supervision: what headquarters and departments typed
					"select title from task_item", "select description from task_item where description is not null",
					"select responsible_person from task_item where responsible_person is not null",
					"select comment from task_event where comment is not null", "select result from task_milestone",
					"select file_name from task_attachment", "select title from task_person",
					"select person_name from task_person")) {
				values.addAll(this.jdbc.sql(query).query(String.class).list());
			}
			// names of records created and removed again by other tests live on in the
			// log
			Matcher logged = LOGGED_NAME.matcher(String.join("\n", this.jdbc.sql(
					"select new_value from audit_log where new_value like '%name=%' union select old_value from audit_log where old_value like '%name=%'")
				.query(String.class)
				.list()));
			while (logged.find()) {
				values.add(logged.group(1));
			}
			// so do names typed at the sign-in form that locked
			this.jdbc.sql("select entity_key from audit_log where entity = 'login_lock'")
				.query(String.class)
				.list()
				.forEach((key) -> values.add(key.substring(key.indexOf(':') + 1)));
			this.data = values.stream()
				.filter((value) -> !value.isBlank())
				.sorted(java.util.Comparator.comparingInt(String::length).reversed())
				.toList();
		}
		return this.data;
	}

	/**
	 * The Chinese terms of docs/GLOSSARY.md's first column, each alternative on its own.
	 */
	private static Set<String> glossaryTerms() {
		Set<String> terms = new java.util.HashSet<>(Set.of("高新"));
		try {
			for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs/GLOSSARY.md"))) {
				if (line.startsWith("| ") && !line.startsWith("| 中文")) {
					Matcher han = HAN.matcher(line.substring(0, line.indexOf('|', 1)));
					while (han.find()) {
						terms.add(han.group());
					}
				}
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return terms;
	}

	private long enterpriseOf(GaoxinPrincipal me) {
		GaoxinPrincipal own = (me != null && me.scope().enterpriseId() != null) ? me
				: (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ENTERPRISE);
		return own.scope().enterpriseId();
	}

	private static String around(String text, int start, int end) {
		return "…" + text.substring(Math.max(0, start - 25), Math.min(text.length(), end + 25)) + "…";
	}

}

package org.gaoxin.target;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.gaoxin.GaoxinApplication;
import org.gaoxin.shared.Message;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code forecast} and {@code path} from the command line, against the demo zone, like
 * {@code evaluate}.
 */
class TargetCommandLineTest {

	@Test
	void forecastPrintsTheTrafficLightsTheBacktestAndTheHeadlineInChinese() {
		String out = run("forecast", "--zone", "QJ-HTZ", "--year", "2021", "--lang", "zh");
		assertThat(out).contains("QJ-HTZ 2021 · 目标与预警", "高新技术企业数", "23.7%", "20.8%", "偏离目标", "存在风险",
				"回测:用2018–2020年数据预测2021年为36", "按当前趋势,到2024年(试点期限)");
	}

	@Test
	void pathNamesTheCandidatesPerGoalAndTheBudgetPlanInEnglish() {
		String out = run("path", "--zone", "QJ-HTZ", "--year", "2021", "--budget", "2000000", "--limit", "3", "--lang",
				"en");
		assertThat(out).contains("Path to full accreditation", "Threshold of 40: More 3", "70 by 2024: More 33",
				"Still missing 0", "Budget mode", "A budget of 2 million yuan qualifies", "C05 Foreign capital",
				"Growth a year to the threshold 5.3%");
		assertThat(out.lines().filter((line) -> line.startsWith("    1. "))).hasSize(2);
		assertThat(out).contains("    4. ", "    34. ");
	}

	@Test
	void forecastAsJsonIsTheApis() {
		String out = run("forecast", "--zone", "QJ-HTZ", "--year", "2021", "--format", "json", "--lang", "en");
		assertThat(out).contains("\"standardReference\" : \"CQ-MUNICIPAL-HTZ@2021-illustrative\"",
				"\"status\" : \"OFF_COURSE\"", "\"text\" : \"The 2024 target went from");
	}

	@Test
	void anUnknownZoneIsToldInTheCommandsLanguage() {
		StringWriter out = new StringWriter();
		int exit = GaoxinApplication.runCommand(
				new String[] { "forecast", "--zone", "NOPE", "--year", "2021", "--lang", "en",
						"--spring.profiles.active=demo",
						"--spring.datasource.url=jdbc:h2:mem:gaoxin-cli-targets;DB_CLOSE_DELAY=-1" },
				new PrintWriter(out));
		assertThat(exit).isEqualTo(1);
		assertThat(out.toString()).contains("NOPE")
			.doesNotContain("error.", "Exception")
			.doesNotContainPattern("\\p{IsHan}");
	}

	private static String run(String... args) {
		StringWriter out = new StringWriter();
		String[] all = java.util.Arrays.copyOf(args, args.length + 2);
		all[args.length] = "--spring.profiles.active=demo";
		all[args.length + 1] = "--spring.datasource.url=jdbc:h2:mem:gaoxin-cli-targets;DB_CLOSE_DELAY=-1";
		int exit = GaoxinApplication.runCommand(all, new PrintWriter(out));
		assertThat(exit).as(out.toString()).isZero();
		return out.toString();
	}

}

package org.gaoxin.evaluation.internal;

import java.util.List;
import java.util.Map;

import org.gaoxin.filing.ReportCoverage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 默认年份 (docs/GLOSSARY.md): the latest year with approved reports from at least 80 % of
 * the previous year's reporters and at least 80 % of the previous year's zone figures.
 */
class CompleteYearsTest {

	private static final Map<Integer, Integer> FIGURES_TO_2021 = Map.of(2019, 16, 2020, 16, 2021, 16);

	private static final ReportCoverage Y2019 = new ReportCoverage(2019, 380, null, 0, 0);

	private static final ReportCoverage Y2020 = new ReportCoverage(2020, 395, 2019, 380, 376);

	private static final ReportCoverage Y2021 = new ReportCoverage(2021, 410, 2020, 395, 390);

	@Test
	void oneEarlyReportForNextYearDoesNotWin() {
		ReportCoverage early = new ReportCoverage(2022, 1, 2021, 410, 1);
		CompleteYears years = CompleteYears.of(List.of(Y2019, Y2020, Y2021, early), FIGURES_TO_2021);
		assertThat(years.latest()).contains(2021);
		assertThat(years.latestWithData()).contains(2022);
	}

	@Test
	void eightyPercentOfLastYearsReportersMakeAYearComplete() {
		Map<Integer, Integer> figures = Map.of(2020, 16, 2021, 16, 2022, 16);
		assertThat(CompleteYears.of(List.of(Y2021, new ReportCoverage(2022, 328, 2021, 410, 328)), figures).latest())
			.contains(2022);
		assertThat(CompleteYears.of(List.of(Y2021, new ReportCoverage(2022, 340, 2021, 410, 327)), figures).latest())
			.as("327 of 410 is 79.8 %")
			.contains(2021);
	}

	@Test
	void newEnterprisesDoNotStandInForThoseThatHaveNotReportedYet() {
		ReportCoverage newcomers = new ReportCoverage(2022, 420, 2021, 410, 200);
		assertThat(CompleteYears.of(List.of(Y2021, newcomers), Map.of(2021, 16, 2022, 16)).latest()).contains(2021);
	}

	@Test
	void aYearWithReportsButWithoutItsZoneFiguresIsNotComplete() {
		ReportCoverage all = new ReportCoverage(2022, 410, 2021, 410, 410);
		assertThat(CompleteYears.of(List.of(Y2020, Y2021, all), FIGURES_TO_2021).latest()).contains(2021);
		assertThat(CompleteYears.of(List.of(Y2020, Y2021, all), Map.of(2020, 16, 2021, 16, 2022, 12)).latest())
			.as("12 of 16 figures is 75 %")
			.contains(2021);
		assertThat(CompleteYears.of(List.of(Y2020, Y2021, all), Map.of(2020, 16, 2021, 16, 2022, 13)).latest())
			.as("13 of 16 figures is 81 %")
			.contains(2022);
	}

	@Test
	void aZonesFirstYearHasNothingToCompareWith() {
		assertThat(CompleteYears.of(List.of(Y2019), Map.of(2019, 16)).latest()).contains(2019);
	}

	@Test
	void aZoneWithoutFiguresIsJudgedOnItsReportsAndOneWithoutReportsOnItsFigures() {
		assertThat(CompleteYears.of(List.of(Y2019, Y2020, Y2021), Map.of()).latest()).contains(2021);
		assertThat(CompleteYears.of(List.of(), FIGURES_TO_2021).latest()).contains(2021);
		assertThat(CompleteYears.of(List.of(), Map.of(2021, 16, 2022, 2)).latest()).contains(2021);
	}

	@Test
	void aGapYearIsComparedWithTheLatestEarlierYearWithData() {
		ReportCoverage afterGap = new ReportCoverage(2021, 1, 2019, 380, 1);
		assertThat(CompleteYears.of(List.of(Y2019, afterGap), Map.of()).latest()).contains(2019);
	}

	@Test
	void noDataNoYear() {
		CompleteYears none = CompleteYears.of(List.of(), Map.of());
		assertThat(none.latest()).isEmpty();
		assertThat(none.latestWithData()).isEmpty();
	}

}

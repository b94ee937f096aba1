package org.gaoxin.dashboard.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.benchmark.RegionalBenchmark;
import org.gaoxin.benchmark.RegionalShares;
import org.gaoxin.enterprise.ZoneEnterpriseCounts;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.filing.EnterpriseYears;
import org.gaoxin.region.Zone;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.region.ZoneLevel;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.standard.StandardFormatException;
import org.gaoxin.statistics.ZoneFigures;
import org.junit.jupiter.api.Test;

import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A zone-year that cannot be evaluated leaves the verdict off the dashboard, nothing
 * more.
 */
class DashboardWithoutEvaluationTest {

	private static final Zone ZONE = new Zone("QJ-HTZ", "500114", "重庆黔江高新技术产业开发区", "Qianjiang High-tech Zone",
			ZoneLevel.MUNICIPAL_HIGH_TECH, LocalDate.of(2015, 1, 1), BigDecimal.TEN);

	private final ZoneChoices choices = mock(ZoneChoices.class);

	private final Evaluator evaluator = mock(Evaluator.class);

	private final RegionalBenchmark benchmark = mock(RegionalBenchmark.class);

	private final DashboardController dashboard = new DashboardController(this.choices, mock(ZoneFigures.class),
			this.benchmark, mock(EnterpriseYears.class), this.evaluator, mock(DashboardCards.class),
			mock(org.gaoxin.region.Regions.class));

	private final GaoxinPrincipal headquarters = new GaoxinPrincipal("hq", "x", "HQ", true,
			DataScope.everything(Role.HEADQUARTERS));

	DashboardWithoutEvaluationTest() {
		given(this.choices.choose(any(), eq("QJ-HTZ"), eq(2021)))
			.willReturn(Optional.of(new ZoneYear(List.of(ZONE), ZONE, List.of(2021), 2021)));
		given(this.benchmark.shares(eq("QJ-HTZ"), anyInt(), any())).willReturn(new RegionalShares("QJ-HTZ", "渝东南",
				"South-east Chongqing", 2021, 0, 0, 0, 0, List.of(), true, ZoneEnterpriseCounts.none("QJ-HTZ", 2021)));
	}

	@Test
	void noStandardLoaded() {
		given(this.evaluator.evaluate(eq("QJ-HTZ"), anyInt(), any(), anyBoolean(), any()))
			.willThrow(new NotFoundException("No standard is loaded"));
		assertDashboardWithoutVerdict();
	}

	@Test
	void aStandardThatCannotBeRead() {
		given(this.evaluator.evaluate(eq("QJ-HTZ"), anyInt(), any(), anyBoolean(), any()))
			.willThrow(new StandardFormatException("broken.yaml",
					List.of(org.gaoxin.shared.Message.of("standard.problem.kind", "kind", 1, "scoring"))));
		assertDashboardWithoutVerdict();
	}

	private void assertDashboardWithoutVerdict() {
		ExtendedModelMap model = new ExtendedModelMap();
		assertThat(this.dashboard.home(this.headquarters, "QJ-HTZ", 2021, model)).isEqualTo(DashboardController.VIEW);
		assertThat(model.getAttribute("evaluation")).isNull();
		assertThat(model.getAttribute("zone")).isEqualTo(ZONE);
	}

}

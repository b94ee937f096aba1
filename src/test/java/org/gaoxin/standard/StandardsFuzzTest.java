package org.gaoxin.standard;

import java.time.Clock;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gaoxin.audit.AuditLog;
import org.gaoxin.shared.Unit;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ValueType;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.support.FuzzChecks;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Whatever bytes are loaded as a standard, the loader answers with a standard or with a
 * StandardFormatException naming its problems: never another exception, never a hang.
 * Seeds: src/test/resources/org/gaoxin/standard/StandardsFuzzTestInputs. A normal build
 * runs the seeds; JAZZER_FUZZ=1 fuzzes (docs/decisions/0012).
 */
class StandardsFuzzTest {

	private final Standards standards = standards();

	@FuzzTest(maxDuration = "5m")
	void aStandardFileIsParsedOrRefusedWithItsProblems(byte[] file) {
		FuzzChecks.standardParsedOrRefused(this.standards, file);
	}

	private static Standards standards() {
		ZoneFigures figures = mock(ZoneFigures.class);
		when(figures.definitions()).thenReturn(List.of(number("planned_area", Unit.KM2), number("gdp", Unit.YI_YUAN),
				number("secondary_tertiary_output", Unit.YI_YUAN), number("fiscal_revenue", Unit.YI_YUAN),
				number("fdi_actual", Unit.WAN_USD), number("population", Unit.PERSONS),
				number("tech_contract_turnover", Unit.YI_YUAN), number("iur_cooperation_projects", Unit.PROJECTS),
				number("energy_per_industrial_value_added", Unit.TCE_PER_WAN_YUAN),
				new FigureDefinition("management_body", "设立专门管理机构", "Management body", Unit.YES_NO, ValueType.BOOLEAN,
						100),
				new FigureDefinition("high_tech_plan", "高新技术产业发展规划", "High-tech plan", Unit.YES_NO, ValueType.BOOLEAN,
						110)));
		return new Standards(mock(JdbcClient.class), figures, mock(AuditLog.class), Clock.systemUTC());
	}

	private static FigureDefinition number(String code, Unit unit) {
		return new FigureDefinition(code, code, code, unit, ValueType.NUMBER, 0);
	}

}

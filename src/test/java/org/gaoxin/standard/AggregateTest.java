package org.gaoxin.standard;

import java.util.EnumSet;
import java.util.Set;

import org.gaoxin.filing.ReportField;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An aggregate describes itself in one language, filters by their bundle labels. */
class AggregateTest {

	@Test
	void aSumNamesItsFieldAndFilters() {
		Aggregate sum = new Aggregate("above_size_output", Aggregate.Kind.SUM_OF_ENTERPRISES,
				ReportField.INDUSTRIAL_OUTPUT, EnumSet.of(EnterpriseFlag.ABOVE_DESIGNATED_SIZE), Set.of(), null);
		assertThat(TestTexts.zh(sum.describe())).isEqualTo("Σ 工业总产值 (qc02),规上企业");
		assertThat(TestTexts.en(sum.describe()))
			.isEqualTo("Σ Industrial output (qc02), enterprises above designated size");
		Aggregate plain = new Aggregate("rd", Aggregate.Kind.SUM_OF_ENTERPRISES, ReportField.RD_EXPENSE, Set.of(),
				Set.of(), null);
		assertThat(TestTexts.en(plain.describe())).isEqualTo("Σ R&D expense (qc236)");
	}

	@Test
	void aCountNamesItsFilters() {
		Aggregate count = new Aggregate("n", Aggregate.Kind.COUNT_OF_ENTERPRISES, null,
				EnumSet.of(EnterpriseFlag.HIGH_TECH, EnterpriseFlag.ON_CHAIN), Set.of(), null);
		assertThat(TestTexts.zh(count.describe())).isEqualTo("企业数:有效高新技术企业、主导产业链企业");
		assertThat(TestTexts.en(count.describe()))
			.isEqualTo("count of enterprises: valid high-tech enterprises, enterprises on the leading chains");
		Aggregate all = new Aggregate("n", Aggregate.Kind.COUNT_OF_ENTERPRISES, null, Set.of(), Set.of(), null);
		assertThat(TestTexts.zh(all.describe())).isEqualTo("企业数");
	}

	@Test
	void aPlatformCountNamesItsKindsAndLowestLevel() {
		Aggregate platforms = new Aggregate("incubators", Aggregate.Kind.COUNT_OF_PLATFORMS, null, Set.of(),
				EnumSet.of(PlatformKind.MAKER_SPACE, PlatformKind.INCUBATOR), PlatformLevel.MUNICIPAL);
		assertThat(TestTexts.zh(platforms.describe())).isEqualTo("平台数:孵化器、众创空间,市级及以上");
		assertThat(TestTexts.en(platforms.describe()))
			.isEqualTo("count of platforms: Incubator, Maker space, Municipal or above");
	}

}

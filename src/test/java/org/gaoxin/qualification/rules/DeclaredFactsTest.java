package org.gaoxin.qualification.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's declaration feeds high-tech condition 8 (no major accident in the year) and,
 * with the year before, the tech-SME adverse record: any "yes" is adverse, clean only
 * when every part is declared "no".
 */
class DeclaredFactsTest {

	private static final DeclaredFacts CLEAN = new DeclaredFacts(false, false, false, false, false,
			IpAcquisition.OWN_RESEARCH, false);

	@Test
	void noMajorAccidentIsTheDeclaredIncidentTurnedAround() {
		assertThat(CLEAN.noMajorAccident()).isTrue();
		assertThat(incident(true).noMajorAccident()).isFalse();
		assertThat(DeclaredFacts.NONE.noMajorAccident()).isNull();
	}

	@Test
	void twoCleanYearsAreACleanRecord() {
		assertThat(CLEAN.adverseRecordWith(CLEAN)).isFalse();
	}

	@Test
	void anIncidentInTheYearBeforeIsAdverseButNotForTheHighTechCondition() {
		assertThat(CLEAN.adverseRecordWith(incident(true))).isTrue();
		assertThat(CLEAN.noMajorAccident()).isTrue();
	}

	@Test
	void aListingCountsInTheYearItself() {
		DeclaredFacts listed = new DeclaredFacts(false, false, true, false, false, null, null);
		assertThat(listed.adverseRecordWith(CLEAN)).isTrue();
		DeclaredFacts dishonest = new DeclaredFacts(false, false, false, true, false, null, null);
		assertThat(dishonest.adverseRecordWith(CLEAN)).isTrue();
		DeclaredFacts misconduct = new DeclaredFacts(false, false, false, false, true, null, null);
		assertThat(CLEAN.adverseRecordWith(misconduct)).isTrue();
	}

	@Test
	void anUndeclaredYearLeavesTheRecordOpenUnlessSomethingIsAlreadyAdverse() {
		assertThat(CLEAN.adverseRecordWith(DeclaredFacts.NONE)).isNull();
		assertThat(DeclaredFacts.NONE.adverseRecordWith(CLEAN)).isNull();
		assertThat(incident(true).adverseRecordWith(DeclaredFacts.NONE)).isTrue();
	}

	private static DeclaredFacts incident(boolean incident) {
		return new DeclaredFacts(incident, false, false, false, false, null, null);
	}

}

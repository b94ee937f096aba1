package org.gaoxin.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataScopeTest {

	private static final String QJ = "QJ-HTZ";

	@Test
	void enterpriseUserReadsOnlyItsOwnEnterpriseAndNoZoneFigures() {
		DataScope scope = new DataScope(Role.ENTERPRISE, QJ, 7L, null, null);
		assertThat(scope.canReadEnterprise(7, QJ, null)).isTrue();
		assertThat(scope.canReadEnterprise(8, QJ, null)).isFalse();
		assertThat(scope.canReadZone(QJ)).isFalse();
		assertThat(scope.canEditFigures(QJ)).isFalse();
	}

	@Test
	void enterpriseUserWithoutEnterpriseReadsNothing() {
		DataScope scope = new DataScope(Role.ENTERPRISE, QJ, null, null, null);
		assertThat(scope.canReadEnterprise(7, QJ, null)).isFalse();
	}

	@Test
	void chainLeaderReadsEnterprisesOnItsChainInItsZone() {
		DataScope scope = new DataScope(Role.CHAIN_LEADER, QJ, null, "QJ-SILK", null);
		assertThat(scope.canReadEnterprise(1, QJ, "QJ-SILK")).isTrue();
		assertThat(scope.canReadEnterprise(1, QJ, "QJ-NM")).isFalse();
		assertThat(scope.canReadEnterprise(1, "WL-IP", "QJ-SILK")).isFalse();
		assertThat(scope.canReadZone(QJ)).isTrue();
	}

	@Test
	void headquartersReadsAndEditsItsZoneOnly() {
		DataScope scope = new DataScope(Role.HEADQUARTERS, QJ, null, null, null);
		assertThat(scope.canReadZone(QJ)).isTrue();
		assertThat(scope.canReadZone("WL-IP")).isFalse();
		assertThat(scope.canEditFigures(QJ)).isTrue();
		assertThat(scope.canEditFigures("WL-IP")).isFalse();
		assertThat(scope.canReadAudit()).as("the whole change log spans other zones").isFalse();
		assertThat(scope.canReadHistory(QJ)).isTrue();
		assertThat(scope.canReadHistory("WL-IP")).isFalse();
		assertThat(DataScope.everything(Role.HEADQUARTERS).canReadAudit()).isTrue();
	}

	@Test
	void viewerReadsEverythingAndChangesNothing() {
		DataScope scope = DataScope.everything(Role.VIEWER);
		assertThat(scope.canReadZone("WL-IP")).isTrue();
		assertThat(scope.canEditFigures(QJ)).isFalse();
		assertThat(scope.canReadAudit()).isFalse();
	}

}

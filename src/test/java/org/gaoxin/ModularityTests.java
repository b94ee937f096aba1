package org.gaoxin;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** Modules reach each other only through their root package (API); no cycles. */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(GaoxinApplication.class).verify();
	}

}

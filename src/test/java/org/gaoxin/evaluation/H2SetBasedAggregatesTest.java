package org.gaoxin.evaluation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The set-based aggregates on H2, in a database of their own (the generated province is
 * committed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.datasource.url=jdbc:h2:mem:province-aggregates;DB_CLOSE_DELAY=-1")
@ActiveProfiles({ "demo", "test" })
class H2SetBasedAggregatesTest extends SetBasedAggregatesContract {

}

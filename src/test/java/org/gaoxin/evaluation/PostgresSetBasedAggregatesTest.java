package org.gaoxin.evaluation;

import org.gaoxin.support.EmbeddedPostgresConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The set-based aggregates on a real PostgreSQL server (a server of their own). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles({ "demo", "postgres-test" })
@Import(EmbeddedPostgresConfiguration.class)
class PostgresSetBasedAggregatesTest extends SetBasedAggregatesContract {

}

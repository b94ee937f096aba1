package org.gaoxin;

import org.gaoxin.support.EmbeddedPostgresConfiguration;
import org.gaoxin.support.PersistenceContract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The persistence contract on a real PostgreSQL server, with the same Flyway migrations
 * and demo seed.
 */
@SpringBootTest
@ActiveProfiles({ "demo", "postgres-test" })
@Import(EmbeddedPostgresConfiguration.class)
class PostgresPersistenceTest extends PersistenceContract {

}

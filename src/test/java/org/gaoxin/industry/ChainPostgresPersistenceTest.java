package org.gaoxin.industry;

import org.gaoxin.support.EmbeddedPostgresConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the chain work stores, on a real PostgreSQL server (the same configuration as the
 * other persistence contracts', so the context is shared).
 */
@SpringBootTest
@ActiveProfiles({ "demo", "postgres-test" })
@Import(EmbeddedPostgresConfiguration.class)
class ChainPostgresPersistenceTest extends ChainPersistenceContract {

}

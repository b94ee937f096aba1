package org.gaoxin.intake;

import org.gaoxin.support.EmbeddedPostgresConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The staged write of annual reports on a real PostgreSQL server (the same configuration
 * as the persistence contract's, so the context is shared).
 */
@SpringBootTest
@ActiveProfiles({ "demo", "postgres-test" })
@Import(EmbeddedPostgresConfiguration.class)
class StagedImportPostgresTest extends StagedImportContract {

}

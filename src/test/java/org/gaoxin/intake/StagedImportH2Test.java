package org.gaoxin.intake;

import org.gaoxin.support.DemoApplicationTest;

/** The staged write of annual reports on H2. */
@DemoApplicationTest
class StagedImportH2Test extends StagedImportContract {

}

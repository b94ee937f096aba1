package org.gaoxin.target;

import org.gaoxin.support.DemoApplicationTest;

/** What the target module stores, on H2. */
@DemoApplicationTest
class TargetH2PersistenceTest extends TargetPersistenceContract {

}

package org.gaoxin.industry;

import org.gaoxin.support.DemoApplicationTest;

/** What the chain work stores, on H2. */
@DemoApplicationTest
class ChainH2PersistenceTest extends ChainPersistenceContract {

}

package org.gaoxin;

import org.gaoxin.support.DemoApplicationTest;
import org.gaoxin.support.PersistenceContract;

/** The persistence contract on H2, the default embedded engine. */
@DemoApplicationTest
class H2PersistenceTest extends PersistenceContract {

}

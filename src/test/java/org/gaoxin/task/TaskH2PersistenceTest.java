package org.gaoxin.task;

import org.gaoxin.support.DemoApplicationTest;

/** What the supervision module stores, on H2. */
@DemoApplicationTest
class TaskH2PersistenceTest extends TaskPersistenceContract {

}

package org.gaoxin.policy;

import org.gaoxin.support.DemoApplicationTest;

/** What the policy module stores, on H2. */
@DemoApplicationTest
class PolicyH2PersistenceTest extends PolicyPersistenceContract {

}

/**
 * What imports and the demo seed need in bulk from the annual reports: stored reports
 * looked up by a batch of keys, and batched writes, each checked against the caller's
 * data scope and the lock on approved reports. Open to other modules as the {@code bulk}
 * interface of the filing module.
 */
@org.springframework.modulith.NamedInterface("bulk")
package org.gaoxin.filing.bulk;

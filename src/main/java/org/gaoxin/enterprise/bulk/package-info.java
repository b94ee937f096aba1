/**
 * What imports and the demo seed need in bulk from the registry: lookups by a batch of
 * codes and batched writes, every one narrowed by or checked against the caller's data
 * scope. Open to other modules as the {@code bulk} interface of the enterprise module.
 */
@org.springframework.modulith.NamedInterface("bulk")
package org.gaoxin.enterprise.bulk;

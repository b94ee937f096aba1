/**
 * Shared kernel: units, paging. Every module may use it; it uses no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gaoxin.shared;

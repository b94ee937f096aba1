/**
 * Shortfall action lists and headquarters' supervision (督查督办): items generated from an
 * evaluation or added by hand, assigned to a lead department, accepted, reported on,
 * verified and struck off; deadlines, reminders, the wall chart and the weekly digest.
 */
package org.gaoxin.task;

/**
 * The headquarters' dashboard (驾驶舱): what the other modules know about a zone, one card
 * each, linked to its page. Its API is the card other modules may feed
 * ({@link org.gaoxin.dashboard.OverdueShortfalls}).
 */
package org.gaoxin.dashboard;

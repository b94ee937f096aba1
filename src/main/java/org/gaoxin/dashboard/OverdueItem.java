package org.gaoxin.dashboard;

import java.time.LocalDate;

/**
 * One overdue item of the shortfall list.
 *
 * @param owner who is responsible (a department)
 * @param link the item's page
 */
public record OverdueItem(String title, String owner, LocalDate due, String link) {
}

package org.gaoxin.dashboard;

import java.util.List;

import org.gaoxin.account.DataScope;

/**
 * Overdue items of a zone's shortfall list (补短板清单), for the dashboard's card. The module
 * that keeps the list provides it; without one, or while nothing is overdue, the card is
 * not shown — the dashboard makes up no items.
 */
public interface OverdueShortfalls {

	/**
	 * The zone's items past their due date that the scope may read, the most overdue
	 * first.
	 */
	List<OverdueItem> overdue(String zoneCode, DataScope scope);

}

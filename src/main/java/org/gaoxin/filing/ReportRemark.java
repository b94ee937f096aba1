package org.gaoxin.filing;

import org.gaoxin.shared.Message;

/**
 * One remark on an enterprise's report of a year.
 *
 * @param serious almost certainly an error, to be corrected before approval
 * @param settled staff have already explained or fixed it
 * @param status where staff stand on it, in words
 */
public record ReportRemark(long enterpriseId, int year, boolean serious, boolean settled, Message text,
		Message status) {
}

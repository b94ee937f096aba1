package org.gaoxin.task;

/** Where an item stands in headquarters' supervision (督查督办). */
public enum TaskStatus {

	/** 交办: assigned to the lead department, not yet accepted. */
	ASSIGNED,
	/** 签收: accepted by the lead department. */
	ACCEPTED,
	/** 反馈: the department has reported progress (or was sent back to rework). */
	IN_PROGRESS,
	/** The department says the result is reached; headquarters reviews it. */
	COMPLETION_REQUESTED,
	/** 审核: headquarters has verified the result. */
	VERIFIED,
	/** 销号: struck off the list. */
	STRUCK_OFF,
	/** Cancelled by headquarters, with a reason. */
	CANCELLED;

	/** Struck off or cancelled: nothing more happens to the item. */
	public boolean closed() {
		return this == STRUCK_OFF || this == CANCELLED;
	}

}

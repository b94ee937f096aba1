package org.gaoxin.task;

/** What someone does to an item; {@link TaskRules} says who may, and from where. */
public enum TaskAction {

	/** 签收, by the lead department. */
	ACCEPT,
	/** 反馈 on a milestone, by the lead department. */
	REPORT,
	/** The lead department asks headquarters to verify the result. */
	REQUEST_COMPLETION,
	/** 审核, by headquarters. */
	VERIFY,
	/** Back to the department for rework, with a comment, by headquarters. */
	RETURN,
	/** 销号, by headquarters. */
	STRIKE_OFF,
	/** By headquarters, with a reason. */
	CANCEL

}

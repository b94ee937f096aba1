package org.gaoxin.policy;

/** A payment list's state: prepared (拟定), approved by a second person (已审批). */
public enum ListStatus {

	DRAFT, APPROVED

}

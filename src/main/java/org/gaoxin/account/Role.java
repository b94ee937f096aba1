package org.gaoxin.account;

/** What a user may do; where they may do it is the {@link DataScope}. */
public enum Role {

	/** Runs the platform: users, standards, everything. */
	ADMIN,
	/** 创建指挥部: reads everything in its zones, approves. */
	HEADQUARTERS,
	/** 部门: a district department that owns indicators and tasks. */
	DEPARTMENT,
	/** 企业: sees and submits only its own enterprise's data. */
	ENTERPRISE,
	/** 链长: the leader of one industrial chain. */
	CHAIN_LEADER,
	/** Reads, changes nothing. */
	VIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

}

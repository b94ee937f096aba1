package org.gaoxin.support;

/** The documented demo accounts (README). */
public final class DemoAccounts {

	public static final String PASSWORD = "gaoxin-demo-2021";

	public static final String ADMIN = "demo-admin";

	public static final String HEADQUARTERS = "demo-hq";

	public static final String DEPARTMENT = "demo-dept";

	public static final String ENTERPRISE = "demo-enterprise";

	public static final String CHAIN_LEADER = "demo-chain";

	public static final String VIEWER = "demo-viewer";

	public static final String QIANJIANG = "QJ-HTZ";

	private DemoAccounts() {
	}

}

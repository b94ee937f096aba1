package org.gaoxin.account;

/**
 * A user to create. The password is plain text here and hashed with BCrypt before it is
 * stored.
 */
public record NewUser(String username, String password, String displayName, Role role, String zoneCode,
		Long enterpriseId, String departmentCode, String chainCode) {

	public static final int MIN_PASSWORD_LENGTH = 12;

	public NewUser {
		if (username == null || !username.matches("[A-Za-z0-9._-]{3,64}")) {
			throw new IllegalArgumentException("Username must be 3-64 letters, digits, '.', '_' or '-'");
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("Password must have at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		if (role == Role.ENTERPRISE && enterpriseId == null) {
			throw new IllegalArgumentException("An enterprise user must be bound to an enterprise");
		}
		if (role == Role.CHAIN_LEADER && chainCode == null) {
			throw new IllegalArgumentException("A chain leader must be bound to a chain");
		}
		if (role == Role.DEPARTMENT && departmentCode == null) {
			throw new IllegalArgumentException("A department user must be bound to a department");
		}
	}

	/** Everything but the password, which a record would print and a log would keep. */
	@Override
	public String toString() {
		return "NewUser[username=" + this.username + ", password=[hidden], displayName=" + this.displayName + ", role="
				+ this.role + ", zoneCode=" + this.zoneCode + ", enterpriseId=" + this.enterpriseId
				+ ", departmentCode=" + this.departmentCode + ", chainCode=" + this.chainCode + "]";
	}

}

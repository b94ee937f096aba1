package org.gaoxin.account;

/**
 * A token just created: the only moment its secret exists outside the caller's hands.
 */
public record IssuedToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		// never into a log by accident
		return "IssuedToken[" + this.token.id() + "]";
	}

}

package org.gaoxin.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The username of a failed sign-in, kept in the session for the sign-in page that follows
 * it, so that the user corrects the password instead of typing the name again. Only the
 * name: the password is never kept. Read once.
 */
public final class FailedSignIn {

	/** Longer than any account name; what is longer was not one. */
	static final int MAX_LENGTH = 100;

	private static final String ATTRIBUTE = FailedSignIn.class.getName() + ".username";

	private FailedSignIn() {
	}

	static void remember(HttpServletRequest request) {
		String typed = request.getParameter("username");
		if (typed != null && !typed.isBlank()) {
			String name = typed.strip();
			request.getSession()
				.setAttribute(ATTRIBUTE, (name.length() > MAX_LENGTH) ? name.substring(0, MAX_LENGTH) : name);
		}
	}

	/** The name typed in the failed sign-in just before, or null; forgotten once read. */
	public static String takeUsername(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Object name = session.getAttribute(ATTRIBUTE);
		session.removeAttribute(ATTRIBUTE);
		return (name instanceof String text) ? text : null;
	}

}

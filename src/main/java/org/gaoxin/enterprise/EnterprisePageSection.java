package org.gaoxin.enterprise;

import java.util.Map;

import org.gaoxin.account.DataScope;

/**
 * A section another module adds to an enterprise's page (its filings, say), so that the
 * page can show what later modules know of an enterprise without the enterprise module
 * depending on them.
 */
public interface EnterprisePageSection {

	/** The Thymeleaf template holding the section's fragment. */
	String template();

	/** The fragment's name in {@link #template()}. */
	String fragment();

	/** Adds what the fragment reads; the enterprise is already in the caller's scope. */
	void contribute(Enterprise enterprise, DataScope scope, Map<String, Object> model);

	/** Sections are shown in ascending order. */
	default int order() {
		return 0;
	}

}

package org.gaoxin.industry;

/** Where an investment project stands, in the order it moves. */
public enum ProjectStage {

	LEAD, NEGOTIATING, SIGNED, STARTED, IN_PRODUCTION;

	/** Whether capital counts as actually utilised: the project has started. */
	public boolean utilising() {
		return this == STARTED || this == IN_PRODUCTION;
	}

}

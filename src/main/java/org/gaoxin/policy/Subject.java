package org.gaoxin.policy;

/** Who an article pays: an enterprise, or a registered talent (through the employer). */
public enum Subject {

	ENTERPRISE, TALENT

}

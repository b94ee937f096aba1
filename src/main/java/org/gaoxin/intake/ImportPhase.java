package org.gaoxin.intake;

/** The phases every import goes through, each with its own progress. */
public enum ImportPhase {

	READ, CHECK, WRITE, QUALITY

}

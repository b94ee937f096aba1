package org.gaoxin.intake.internal;

/** What an import does with a row's record. */
public enum Action {

	CREATE, REPLACE, UNCHANGED

}

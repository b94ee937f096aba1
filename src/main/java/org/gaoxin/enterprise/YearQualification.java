package org.gaoxin.enterprise;

/**
 * What an enterprise is in a year, as the enterprise list filters it: a high-tech
 * enterprise (a certificate covering the year), a registered technology-based SME, or
 * neither. An enterprise can be both of the first two.
 */
public enum YearQualification {

	HIGH_TECH, TECH_SME, NEITHER

}

package org.gaoxin.standard;

/**
 * What a scoring standard says beyond its groups and indicators: the normalisation method
 * named in the file.
 */
public record ScoringRule(Normalisation normalisation) {
}

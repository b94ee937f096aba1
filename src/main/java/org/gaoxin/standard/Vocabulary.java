package org.gaoxin.standard;

import java.util.Set;

/**
 * The zone figures a standard may name: numeric ones in formulas, yes/no ones as facts.
 */
public record Vocabulary(Set<String> numericFigures, Set<String> booleanFigures) {
}

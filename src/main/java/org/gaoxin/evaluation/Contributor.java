package org.gaoxin.evaluation;

import java.math.BigDecimal;

/**
 * A record behind an aggregate: an enterprise (by credit code) or a platform, with what
 * it contributes.
 */
public record Contributor(long id, String code, String name, BigDecimal value) {
}

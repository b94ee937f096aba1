package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.gaoxin.shared.Message;

/** A formula's value for a zone-year, or null with why it is missing. */
public record MeasuredValue(BigDecimal value, List<Message> missing) {
}

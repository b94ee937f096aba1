package org.gaoxin.target;

import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;

/** A metric that turned worse in the data year, and how ({@code target.worse.*}). */
public record Worsening(String metricKey, LocalizedText name, Message reason) {
}

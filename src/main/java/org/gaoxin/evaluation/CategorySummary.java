package org.gaoxin.evaluation;

import org.gaoxin.shared.LocalizedText;

public record CategorySummary(String code, LocalizedText name, int total, int met, int unmet, int missing) {
}

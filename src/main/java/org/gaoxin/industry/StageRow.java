package org.gaoxin.industry;

import java.math.BigDecimal;

/**
 * The projects at one stage: how many, of them foreign, their planned foreign capital
 * (万美元) and what the pipeline expects of it at the stage's weight.
 */
public record StageRow(ProjectStage stage, int projects, int foreign, BigDecimal plannedForeign, BigDecimal weight,
		BigDecimal expectedForeign) {
}

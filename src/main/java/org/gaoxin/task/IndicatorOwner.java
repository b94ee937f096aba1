package org.gaoxin.task;

import java.time.OffsetDateTime;

/** The department answering for an indicator of a standard. */
public record IndicatorOwner(String standardCode, String indicatorCode, String departmentCode, String updatedBy,
		OffsetDateTime updatedAt, int version) {
}

package org.gaoxin.region;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A zone (园区) in a district: a high-tech zone or an industrial park. */
public record Zone(String code, String districtCode, String nameZh, String nameEn, ZoneLevel level,
		LocalDate approvalDate, BigDecimal plannedAreaKm2) {

	public String name(boolean chinese) {
		return chinese ? this.nameZh : this.nameEn;
	}

}

package org.gaoxin.region.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/**
 * The zone and, per zone, the year the user last chose on a zone page, kept for the
 * session: moving from one page to the next keeps them.
 */
@Component
@SessionScope
public class ZoneMemory implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private String zone;

	private final Map<String, Integer> years = new HashMap<>();

	public String zone() {
		return this.zone;
	}

	public Integer year(String zoneCode) {
		return this.years.get(zoneCode);
	}

	public void chose(String zoneCode, Integer year) {
		this.zone = zoneCode;
		if (year != null) {
			this.years.put(zoneCode, year);
		}
	}

}

package org.gaoxin.region.internal;

import java.util.Locale;

import org.gaoxin.audit.AuditReferences;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/** A zone's code in the change log reads as the zone's name. */
@Component
class ZoneReferences implements AuditReferences {

	private final Regions regions;

	ZoneReferences(Regions regions) {
		this.regions = regions;
	}

	@Override
	public String kind() {
		return "zone";
	}

	@Override
	public String name(String key, Locale locale) {
		return this.regions.findZone(key).map((zone) -> zone.name(Texts.chinese(locale))).orElse(null);
	}

}

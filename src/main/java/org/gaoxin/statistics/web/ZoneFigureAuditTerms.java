package org.gaoxin.statistics.web;

import java.util.Locale;
import java.util.Map;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.region.Regions;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Component;

/**
 * A zone figure in the change log: the record "QJ-HTZ/2021/gdp" reads as the zone's name,
 * the year and the figure's name; its value and source by those names.
 */
@Component
class ZoneFigureAuditTerms implements AuditTerms {

	private static final Map<String, String> FIELDS = Map.of("value", "common.value", "source", "common.source");

	private final Texts texts;

	private final Regions regions;

	private final ZoneFigures figures;

	ZoneFigureAuditTerms(Texts texts, Regions regions, ZoneFigures figures) {
		this.texts = texts;
		this.regions = regions;
		this.figures = figures;
	}

	@Override
	public String entity() {
		return "zone_figure";
	}

	@Override
	public String field(String field, Locale locale) {
		String key = FIELDS.get(field);
		return (key != null) ? this.texts.get(key, locale) : null;
	}

	@Override
	public String record(String key, Locale locale) {
		String[] parts = key.split("/", -1);
		if (parts.length != 3) {
			return null;
		}
		boolean chinese = Texts.chinese(locale);
		String zone = this.regions.findZone(parts[0]).map((z) -> z.name(chinese)).orElse(parts[0]);
		String figure = this.figures.definitions()
			.stream()
			.filter((definition) -> definition.code().equals(parts[2]))
			.map((FigureDefinition definition) -> definition.name(chinese))
			.findFirst()
			.orElse(parts[2]);
		return zone + " · " + parts[1] + " · " + figure;
	}

}

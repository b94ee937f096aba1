package org.gaoxin.statistics.web;

import java.util.Locale;

import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.region.Regions;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.shared.web.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A zone figure in the change log: the record "QJ-HTZ/2021/gdp" reads as the zone's name,
 * the year and the figure's name; its value and source by those names.
 */
@Configuration(proxyBeanMethods = false)
class ZoneFigureAuditTerms {

	@Bean
	AuditTerms zoneFigureTerms(Texts texts, Regions regions, ZoneFigures figures) {
		return FieldTerms.of("zone_figure", texts)
			.field("value", "common.value")
			.field("source", "common.source")
			.records((key, locale) -> record(regions, figures, key, locale));
	}

	private static String record(Regions regions, ZoneFigures figures, String key, Locale locale) {
		String[] parts = key.split("/", -1);
		if (parts.length != 3) {
			return null;
		}
		boolean chinese = Texts.chinese(locale);
		String zone = regions.findZone(parts[0]).map((z) -> z.name(chinese)).orElse(parts[0]);
		String figure = figures.definitions()
			.stream()
			.filter((definition) -> definition.code().equals(parts[2]))
			.map((FigureDefinition definition) -> definition.name(chinese))
			.findFirst()
			.orElse(parts[2]);
		return zone + " · " + parts[1] + " · " + figure;
	}

}

package org.gaoxin.target.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.audit.AuditTerms;
import org.gaoxin.audit.FieldTerms;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.evaluation.Scenario.Mode;
import org.gaoxin.filing.ReportField;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.standard.Comparison;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ZoneFigures;
import org.gaoxin.target.Metric;
import org.gaoxin.target.MetricKind;
import org.gaoxin.target.ScenarioChangeKind;
import org.gaoxin.target.Targets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Targets, metrics, scenarios and unit costs in the change log: records by the zone's and
 * the metric's names, kinds, units and comparisons in words, a scenario's changes as the
 * scenario page states them.
 */
@Configuration(proxyBeanMethods = false)
class TargetAuditTerms {

	/** The log is read by those who see every zone; naming a record reveals no figure. */
	private static final DataScope NAMING = DataScope.everything(Role.ADMIN);

	@Bean
	AuditTerms targetMetricTerms(Texts texts, Regions regions, Targets targets) {
		return FieldTerms.of("target_metric", texts)
			.field("kind", "target.metric.kind", MetricKind.class)
			.field("standard", "audit.field.target.standard")
			.field("reference", "target.metric.reference")
			.field("unit", "common.unit", Unit.class)
			.field("nameZh", "target.metric.nameZh")
			.records((key, locale) -> metricRecord(regions, targets, key, locale));
	}

	@Bean
	AuditTerms zoneTargetTerms(Texts texts, Regions regions, Targets targets) {
		return FieldTerms.of("zone_target", texts)
			.field("value", "common.value")
			.field("comparison", "target.comparison", Comparison.class)
			.field("source", "common.source")
			.field("note", "target.edit.note")
			.records((key, locale) -> targetRecord(regions, targets, key, locale));
	}

	@Bean
	AuditTerms scenarioTerms(Texts texts, Regions regions, ZoneFigures figures, Enterprises enterprises) {
		return FieldTerms.of("what_if_scenario", texts)
			.field("name", "target.scenario.name")
			.field("description", "target.scenario.description")
			.field("year", "common.year")
			.field("standard", "audit.field.target.standard")
			.field("changes", "audit.field.target.changes",
					(value, locale) -> changes(texts, figures, enterprises, value, locale))
			.records((key, locale) -> {
				String[] parts = key.split("/", 2);
				return (parts.length == 2) ? zone(regions, parts[0], locale) + " · #" + parts[1] : null;
			});
	}

	@Bean
	AuditTerms unitCostTerms(Texts texts, Regions regions) {
		return FieldTerms.of("gap_unit_cost", texts)
			.field("RD_EXPENSE", "target.path.cost.rd")
			.field("ST_STAFF", "target.path.cost.staff")
			.field("IP_ITEM", "target.path.cost.ip")
			.field("HIGH_TECH_REVENUE", "target.path.cost.revenue")
			.records((key, locale) -> zone(regions, key, locale));
	}

	private static String zone(Regions regions, String code, Locale locale) {
		return regions.findZone(code).map((z) -> z.name(Texts.chinese(locale))).orElse(code);
	}

	private static Optional<Metric> metric(Targets targets, String zone, String key) {
		try {
			return targets.metrics(zone, NAMING).stream().filter((m) -> m.key().equals(key)).findFirst();
		}
		catch (RuntimeException ex) {
			// a zone gone since the line was written: the key is shown as logged
			return Optional.empty();
		}
	}

	private static String metricRecord(Regions regions, Targets targets, String key, Locale locale) {
		String[] parts = key.split("/", 2);
		if (parts.length != 2) {
			return null;
		}
		String name = metric(targets, parts[0], parts[1]).map((m) -> m.name().in(locale)).orElse(parts[1]);
		return zone(regions, parts[0], locale) + " · " + name;
	}

	private static String targetRecord(Regions regions, Targets targets, String key, Locale locale) {
		String[] parts = key.split("/", 3);
		if (parts.length != 3) {
			return null;
		}
		return metricRecord(regions, targets, parts[0] + "/" + parts[1], locale) + " · " + parts[2];
	}

	/**
	 * A scenario's changes as logged ("[HIGH_TECH::ADD:3, FIGURE:gdp:PERCENT:10]": kind,
	 * reference or #enterprise, mode, amount, platform level) in words, one after
	 * another.
	 */
	private static String changes(Texts texts, ZoneFigures figures, Enterprises enterprises, String logged,
			Locale locale) {
		String list = logged.strip();
		if (!list.startsWith("[") || !list.endsWith("]")) {
			return null;
		}
		List<String> described = new ArrayList<>();
		for (String change : list.substring(1, list.length() - 1).split(", ")) {
			if (change.isBlank()) {
				continue;
			}
			String[] parts = change.split(":", -1);
			if (parts.length < 4) {
				return null;
			}
			try {
				ScenarioChangeKind kind = ScenarioChangeKind.valueOf(parts[0]);
				StringBuilder text = new StringBuilder(texts.label(kind, locale));
				String subject = subject(texts, figures, enterprises, kind, parts[1], locale);
				if (!subject.isEmpty()) {
					text.append(' ').append(subject);
				}
				text.append(' ')
					.append(texts.render(Message.of("target.scenario.mode." + Mode.valueOf(parts[2]).name(),
							new BigDecimal(parts[3]).stripTrailingZeros().toPlainString()), locale));
				if (parts.length > 4 && !parts[4].isEmpty()) {
					text.append(" (").append(texts.label(PlatformLevel.valueOf(parts[4]), locale)).append(')');
				}
				described.add(text.toString());
			}
			catch (IllegalArgumentException ex) {
				// written by another version of the scenario format: shown as logged
				return null;
			}
		}
		return String.join("; ", described);
	}

	/** An enterprise by its name; by its number only when it is gone. */
	private static String enterprise(Texts texts, Enterprises enterprises, String id, Locale locale) {
		try {
			return enterprises.find(Long.parseLong(id), NAMING)
				.map(Enterprise::name)
				.orElseGet(() -> texts.get("audit.field.target.enterprise", locale, id));
		}
		catch (NumberFormatException ex) {
			return texts.get("audit.field.target.enterprise", locale, id);
		}
	}

	/**
	 * What a change applies to: a figure, a report field, a platform kind, an enterprise.
	 */
	private static String subject(Texts texts, ZoneFigures figures, Enterprises enterprises, ScenarioChangeKind kind,
			String reference, Locale locale) {
		int hash = reference.indexOf('#');
		String ref = (hash >= 0) ? reference.substring(0, hash) : reference;
		String enterprise = (hash >= 0) ? enterprise(texts, enterprises, reference.substring(hash + 1), locale) : "";
		String named = switch (kind) {
			case FIGURE -> figures.definitions()
				.stream()
				.filter((d) -> d.code().equals(ref))
				.map((FigureDefinition d) -> d.name(Texts.chinese(locale)))
				.findFirst()
				.orElse(ref);
			case REPORT -> java.util.Arrays.stream(ReportField.values())
				.filter((f) -> f.code().equals(ref) || f.column().equals(ref))
				.map((f) -> f.label().in(locale))
				.findFirst()
				.orElse(ref);
			case PLATFORM -> ref.isEmpty() ? "" : texts.label(PlatformKind.valueOf(ref), locale);
			default -> ref;
		};
		return (named + " " + enterprise).strip();
	}

}

package org.gaoxin.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.evaluation.Scenario;
import org.gaoxin.filing.EnterpriseYear;
import org.gaoxin.filing.ReportField;
import org.gaoxin.platform.Platform;
import org.gaoxin.statistics.ValueType;
import org.gaoxin.statistics.ZoneFigure;

/**
 * A zone-year's inputs as a what-if scenario changes them: copies of what was read, never
 * the stored records. Records that do not exist yet get negative ids so they can never be
 * mistaken for stored ones.
 */
public final class ScenarioInputs {

	private ScenarioInputs() {
	}

	public static ZoneYearInputs apply(Scenario scenario, String zoneCode, int year, List<ZoneFigure> figures,
			List<EnterpriseYear> enterprises, List<Platform> platforms) {
		return new ZoneYearInputs(year, figures(scenario, figures), enterprises(scenario, enterprises),
				platforms(scenario, zoneCode, year, platforms), reports(scenario, enterprises));
	}

	private static List<ZoneFigure> figures(Scenario scenario, List<ZoneFigure> stored) {
		Map<String, ZoneFigure> byCode = new java.util.LinkedHashMap<>();
		stored.forEach((figure) -> byCode.put(figure.code(), figure));
		for (Scenario.FigureChange change : scenario.figures()) {
			ZoneFigure figure = byCode.get(change.code());
			if (figure == null) {
				continue;
			}
			ZoneFigure changed;
			if (figure.definition().valueType() == ValueType.BOOLEAN) {
				changed = new ZoneFigure(figure.zoneCode(), figure.year(), figure.definition(), null,
						change.amount().signum() != 0, figure.source());
			}
			else {
				changed = new ZoneFigure(figure.zoneCode(), figure.year(), figure.definition(),
						change.mode().apply(figure.number(), change.amount()), null, figure.source());
			}
			byCode.put(change.code(), changed);
		}
		return new ArrayList<>(byCode.values());
	}

	private static List<EnterpriseYear> enterprises(Scenario scenario, List<EnterpriseYear> stored) {
		List<EnterpriseYear> result = new ArrayList<>(stored.size());
		for (EnterpriseYear e : stored) {
			boolean highTech = e.highTech() || scenario.certifiedHighTech().contains(e.id());
			boolean techSme = e.techSme() || scenario.registeredTechSme().contains(e.id());
			result.add((highTech == e.highTech() && techSme == e.techSme()) ? e : new EnterpriseYear(e.id(),
					e.creditCode(), e.name(), e.chainCode(), e.strategicEmerging(), highTech, techSme, e.report()));
		}
		long id = 0;
		for (Scenario.NewEnterprises added : scenario.newEnterprises()) {
			for (int i = 0; i < added.count(); i++) {
				id--;
				result.add(new EnterpriseYear(id, "SCENARIO" + (-id), "", null, false, added.highTech(),
						added.techSme(), null));
			}
		}
		return result;
	}

	private static List<Platform> platforms(Scenario scenario, String zoneCode, int year, List<Platform> stored) {
		List<Platform> result = new ArrayList<>(stored);
		long id = 0;
		for (Scenario.NewPlatforms added : scenario.platforms()) {
			for (int i = 0; i < added.count(); i++) {
				id--;
				result.add(new Platform(id, zoneCode, added.kind(), "", added.level(), year, null));
			}
		}
		return result;
	}

	private static Map<Long, Map<ReportField, BigDecimal>> reports(Scenario scenario, List<EnterpriseYear> stored) {
		Map<Long, EnterpriseYear> byId = new HashMap<>();
		stored.forEach((e) -> byId.put(e.id(), e));
		Map<Long, Map<ReportField, BigDecimal>> changed = new HashMap<>();
		for (Scenario.ReportChange change : scenario.reports()) {
			EnterpriseYear enterprise = byId.get(change.enterpriseId());
			if (enterprise == null || enterprise.report() == null) {
				// an enterprise without a report for the year has no figure to change
				continue;
			}
			Map<ReportField, BigDecimal> fields = changed.computeIfAbsent(change.enterpriseId(),
					(id) -> new HashMap<>());
			BigDecimal current = fields.containsKey(change.field()) ? fields.get(change.field())
					: decimal(change.field().valueIn(enterprise.report()));
			BigDecimal value = change.mode().apply(current, change.amount());
			fields.put(change.field(), (value.signum() < 0 && change.field().nonNegative()) ? BigDecimal.ZERO : value);
		}
		return changed;
	}

	private static BigDecimal decimal(Number number) {
		return (number instanceof BigDecimal decimal) ? decimal : BigDecimal.valueOf(number.longValue());
	}

}

package org.gaoxin.industry.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.gaoxin.industry.ForeignCapital;
import org.gaoxin.shared.Unit;
import org.gaoxin.statistics.DerivedFigure;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ValueType;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code fdi_projects}: the foreign capital the projects actually brought, for standards
 * whose formula prefers it to the reported {@code fdi_actual}.
 */
@Component
class ProjectForeignCapitalFigure implements DerivedFigure {

	private static final FigureDefinition DEFINITION = new FigureDefinition(ForeignCapital.FROM_PROJECTS,
			"实际利用外资(项目汇总)", "Foreign capital actually utilised (projects' sum)", Unit.WAN_USD, ValueType.NUMBER, 51);

	private final ForeignCapital foreignCapital;

	// lazy: the evaluation this figure feeds is itself a dependency of ForeignCapital
	ProjectForeignCapitalFigure(@Lazy ForeignCapital foreignCapital) {
		this.foreignCapital = foreignCapital;
	}

	@Override
	public FigureDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Optional<BigDecimal> value(String zoneCode, int year) {
		return this.foreignCapital.fromProjects(zoneCode, year);
	}

}

package org.gaoxin.platform;

import java.math.BigDecimal;
import java.util.Optional;

import org.gaoxin.shared.Unit;
import org.gaoxin.statistics.DerivedFigure;
import org.gaoxin.statistics.FigureDefinition;
import org.gaoxin.statistics.ValueType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the innovation service chain's records offer standards' formulas: the registered
 * technology contracts' turnover ({@code tech_contract_records}, beside the reported
 * {@code tech_contract_turnover}) and the enterprises incubated in the year
 * ({@code incubated_enterprises}).
 */
@Configuration(proxyBeanMethods = false)
class InnovationFigures {

	@Bean
	DerivedFigure techContractRecords(InnovationChain chain) {
		return new Derived(
				new FigureDefinition("tech_contract_records", "技术合同成交额(登记合同汇总)",
						"Technology contract turnover (registered contracts' sum)", Unit.YI_YUAN, ValueType.NUMBER, 71),
				chain::contractTurnoverYi);
	}

	@Bean
	DerivedFigure incubatedEnterprises(InnovationChain chain) {
		return new Derived(new FigureDefinition("incubated_enterprises", "在孵企业数", "Enterprises in incubation",
				Unit.ENTERPRISES, ValueType.NUMBER, 72), chain::incubatedIn);
	}

	/** Computes a zone-year's value. */
	interface Source {

		Optional<BigDecimal> value(String zoneCode, int year);

	}

	record Derived(FigureDefinition definition, Source source) implements DerivedFigure {

		@Override
		public Optional<BigDecimal> value(String zoneCode, int year) {
			return this.source.value(zoneCode, year);
		}

	}

}

package org.gaoxin.evaluation;

import java.math.BigDecimal;

import org.gaoxin.shared.Unit;

/**
 * One input of an indicator's formula as it was read: a zone figure, an aggregate over
 * enterprises or platforms (with how many records it covers), or a yes/no fact.
 *
 * @param missing why the value is missing ("figure gdp has no value for 2021"), or null
 */
public record InputValue(String name, Kind kind, String description, BigDecimal value, Boolean flag, Unit unit,
		Integer records, String missing) {

	public enum Kind {

		ZONE_FIGURE, ENTERPRISE_AGGREGATE, PLATFORM_AGGREGATE, FACT

	}

	public boolean isAggregate() {
		return this.kind == Kind.ENTERPRISE_AGGREGATE || this.kind == Kind.PLATFORM_AGGREGATE;
	}

}

package org.gaoxin.evaluation;

import java.math.BigDecimal;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;

/**
 * One input of an indicator's formula as it was read: a zone figure, an aggregate over
 * enterprises or platforms (with how many records it covers), or a yes/no fact.
 *
 * @param description what the input is: the figure's name, or how the aggregate reads and
 * how many enterprises it covers
 * @param missing why the value is missing ("zone figure gdp has no value for 2021"), or
 * null
 */
public record InputValue(String name, Kind kind, Message description, BigDecimal value, Boolean flag, Unit unit,
		Integer records, Message missing) {

	public enum Kind {

		ZONE_FIGURE, ENTERPRISE_AGGREGATE, PLATFORM_AGGREGATE, FACT

	}

	public boolean isAggregate() {
		return this.kind == Kind.ENTERPRISE_AGGREGATE || this.kind == Kind.PLATFORM_AGGREGATE;
	}

}

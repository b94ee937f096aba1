package org.gaoxin.shared.web;

import java.math.BigDecimal;

import org.gaoxin.shared.Decimals;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

import org.springframework.boot.jackson.JacksonComponent;

/**
 * Decimals in API bodies: numbers only (not texts), with at most {@value #INTEGER_DIGITS}
 * digits before the point and {@value #SCALE} after it, checked on the text before it is
 * expanded. A {@code 1e40000} took seconds and came back as 40,000 digits; it is now
 * refused at once, naming the property.
 */
@JacksonComponent
class BoundedDecimalJson extends ValueDeserializer<BigDecimal> {

	static final int INTEGER_DIGITS = 20;

	static final int SCALE = 10;

	@Override
	public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
			return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
		}
		// the field is named by the handler, from the parser's path
		return Decimals.parse("", parser.getString(), INTEGER_DIGITS, SCALE);
	}

}

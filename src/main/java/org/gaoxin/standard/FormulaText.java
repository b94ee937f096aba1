package org.gaoxin.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gaoxin.shared.Message;

/**
 * An indicator's formula as people read it: every input by its name and unit, × and ÷ for
 * * and /, numbers and brackets as written ("规上企业工业总产值(千元) ÷ 100000"). The names are
 * messages, rendered in the reader's language; the expression itself stays the standard
 * file's.
 */
public record FormulaText(List<Part> parts) {

	public FormulaText {
		parts = List.copyOf(parts);
	}

	/** Literal text (a number, an operator, a bracket), or an input's name and unit. */
	public record Part(String literal, Message input) {

		static Part text(String literal) {
			return new Part(literal, null);
		}

	}

	/**
	 * The readable form of a value source; {@code input} names an input (a zone figure or
	 * an aggregate) with its unit, for the inputs the expression uses.
	 */
	static FormulaText of(ValueSource source, Function<String, Message> input) {
		if (source instanceof ValueSource.Fact fact) {
			return new FormulaText(List.of(new Part(null, input.apply(fact.figure()))));
		}
		if (source instanceof ValueSource.Entered) {
			return new FormulaText(List.of(new Part(null, Message.of("standard.formula.entered"))));
		}
		ValueSource.Formula formula = (ValueSource.Formula) source;
		return new FormulaText(parts(formula.expression(), formula.inputs(), input));
	}

	private static final Map<Character, String> OPERATORS = Map.of('*', "×", '/', "÷", '+', "+", '-', "−");

	private static List<Part> parts(String expression, java.util.Set<String> inputs, Function<String, Message> input) {
		List<Part> parts = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		// after an operand a sign is an operator (spaced); elsewhere it is a sign
		boolean afterOperand = false;
		int i = 0;
		while (i < expression.length()) {
			char c = expression.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (Character.isLetter(c) || c == '_') {
				int end = i;
				while (end < expression.length()
						&& (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_')) {
					end++;
				}
				String name = expression.substring(i, end);
				if (inputs.contains(name)) {
					flush(text, parts);
					parts.add(new Part(null, input.apply(name)));
				}
				else {
					text.append(name);
				}
				afterOperand = inputs.contains(name);
				i = end;
			}
			else if (Character.isDigit(c) || c == '.') {
				int end = i;
				while (end < expression.length()
						&& (Character.isDigit(expression.charAt(end)) || expression.charAt(end) == '.')) {
					end++;
				}
				text.append(expression, i, end);
				afterOperand = true;
				i = end;
			}
			else if (OPERATORS.containsKey(c)) {
				text.append(afterOperand ? " " + OPERATORS.get(c) + " " : OPERATORS.get(c));
				afterOperand = false;
				i++;
			}
			else {
				text.append((c == ',') ? ", " : String.valueOf(c));
				afterOperand = c == ')';
				i++;
			}
		}
		flush(text, parts);
		return parts;
	}

	private static void flush(StringBuilder text, List<Part> parts) {
		if (!text.isEmpty()) {
			parts.add(Part.text(text.toString()));
			text.setLength(0);
		}
	}

}

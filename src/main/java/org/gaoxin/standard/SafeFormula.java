package org.gaoxin.standard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.ezylang.evalex.EvaluationException;
import org.gaoxin.shared.Message;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;

/**
 * A formula of a standard file, evaluated with EvalEx over BigDecimal. A formula is data:
 * it may use numbers, its declared inputs, + - * /, parentheses and MIN, MAX, ABS, ROUND,
 * and nothing else — no strings, no power operator, no other function — so it cannot run
 * code, read files, reach the network or compute for long.
 */
public final class SafeFormula {

	public static final int MAX_LENGTH = 500;

	public static final int MAX_NODES = 200;

	private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
		.operatorDictionary(operators())
		.functionDictionary(functions())
		.arraysAllowed(false)
		.structuresAllowed(false)
		.implicitMultiplicationAllowed(false)
		.singleQuoteStringLiteralsAllowed(false)
		.mathContext(MathContext.DECIMAL128)
		// without its built-in constants (PI, NULL, DT_FORMAT_LOCAL_DATE…) every name in
		// a
		// formula is an input, and the standard's checker refuses the names it does not
		// know
		.defaultConstants(Map.of())
		.build();

	private static final Set<Token.TokenType> ALLOWED = EnumSet.of(Token.TokenType.NUMBER_LITERAL,
			Token.TokenType.VARIABLE_OR_CONSTANT, Token.TokenType.INFIX_OPERATOR, Token.TokenType.PREFIX_OPERATOR,
			Token.TokenType.FUNCTION);

	private static MapBasedOperatorDictionary operators() {
		MapBasedOperatorDictionary operators = new MapBasedOperatorDictionary();
		operators.addOperator("+", new InfixPlusOperator());
		operators.addOperator("-", new InfixMinusOperator());
		operators.addOperator("*", new InfixMultiplicationOperator());
		operators.addOperator("/", new InfixDivisionOperator());
		operators.addOperator("-", new PrefixMinusOperator());
		operators.addOperator("+", new PrefixPlusOperator());
		return operators;
	}

	private static MapBasedFunctionDictionary functions() {
		MapBasedFunctionDictionary functions = new MapBasedFunctionDictionary();
		functions.addFunction("MIN", new MinFunction());
		functions.addFunction("MAX", new MaxFunction());
		functions.addFunction("ABS", new AbsFunction());
		functions.addFunction("ROUND", new RoundFunction());
		return functions;
	}

	private final String text;

	private final Set<String> inputs;

	private SafeFormula(String text, Set<String> inputs) {
		this.text = text;
		this.inputs = inputs;
	}

	/**
	 * Parses and checks a formula; an {@link Invalid} says, as a message, what is not
	 * allowed.
	 */
	public static SafeFormula compile(String text) {
		if (text == null || text.isBlank()) {
			throw new Invalid("formula is empty", Message.of("standard.formula.empty"));
		}
		if (text.length() > MAX_LENGTH) {
			throw new Invalid("formula is longer than " + MAX_LENGTH + " characters",
					Message.of("standard.formula.tooLong", MAX_LENGTH));
		}
		try {
			Expression expression = new Expression(text, CONFIGURATION);
			expression.validate();
			List<ASTNode> nodes = expression.getAllASTNodes();
			if (nodes.size() > MAX_NODES) {
				throw new Invalid("formula has more than " + MAX_NODES + " parts",
						Message.of("standard.formula.tooManyParts", MAX_NODES));
			}
			for (ASTNode node : nodes) {
				Token token = node.getToken();
				if (!ALLOWED.contains(token.getType())) {
					throw new Invalid("'" + token.getValue() + "' is not allowed in a formula",
							Message.of("standard.formula.notAllowed", token.getValue()));
				}
			}
			Set<String> inputs = new TreeSet<>();
			for (String variable : expression.getUsedVariables()) {
				inputs.add(variable.toLowerCase(java.util.Locale.ROOT));
			}
			return new SafeFormula(text, inputs);
		}
		catch (ParseException ex) {
			throw new Invalid("formula cannot be read: " + ex.getMessage(), Message.of("standard.formula.unreadable",
					(ex.getTokenString() != null) ? ex.getTokenString() : ""));
		}
	}

	/** A formula refused when it is read: what is not allowed, as a message. */
	public static final class Invalid extends IllegalArgumentException {

		@java.io.Serial
		private static final long serialVersionUID = 1L;

		private final transient Message problem;

		Invalid(String log, Message problem) {
			super(log);
			this.problem = problem;
		}

		public Message problem() {
			return this.problem;
		}

	}

	public String text() {
		return this.text;
	}

	/** The names the formula reads, in lower case. */
	public Set<String> inputs() {
		return this.inputs;
	}

	/**
	 * Evaluates with every input given; a division by zero, a missing input or any other
	 * arithmetic failure is an {@link Uncomputable} that says which.
	 */
	public BigDecimal evaluate(Map<String, BigDecimal> values) {
		try {
			Expression expression = new Expression(this.text, CONFIGURATION);
			for (String input : this.inputs) {
				BigDecimal value = values.get(input);
				if (value == null) {
					throw new Uncomputable(Uncomputable.Reason.MISSING_INPUT, "no value for '" + input + "'");
				}
				expression.with(input, value);
			}
			EvaluationValue result = expression.evaluate();
			if (!result.isNumberValue()) {
				throw new Uncomputable(Uncomputable.Reason.NOT_A_NUMBER, "formula does not give a number");
			}
			return result.getNumberValue();
		}
		catch (EvaluationException ex) {
			throw new Uncomputable(reason(ex.getMessage()), ex.getMessage());
		}
		catch (ArithmeticException ex) {
			// EvalEx checks a divisor with equals(ZERO), so a stored 0.0000 reaches
			// BigDecimal.divide, which throws "Division by zero" or (0/0) "Division
			// undefined"; overflow and the like come here too
			throw new Uncomputable(reason(ex.getMessage()), ex.getMessage());
		}
		catch (ParseException ex) {
			throw new Uncomputable(Uncomputable.Reason.NOT_A_NUMBER, "formula cannot be read: " + ex.getMessage());
		}
	}

	private static Uncomputable.Reason reason(String message) {
		String text = (message != null) ? message.toLowerCase(java.util.Locale.ROOT) : "";
		return (text.contains("zero") || text.contains("division undefined")) ? Uncomputable.Reason.DIVISION_BY_ZERO
				: Uncomputable.Reason.ARITHMETIC;
	}

	/** A formula that gives no number for these inputs, and why. */
	public static final class Uncomputable extends IllegalArgumentException {

		@java.io.Serial
		private static final long serialVersionUID = 1L;

		/** Why a formula gave no number. */
		public enum Reason {

			DIVISION_BY_ZERO, MISSING_INPUT, NOT_A_NUMBER, ARITHMETIC

		}

		private final Reason reason;

		Uncomputable(Reason reason, String message) {
			super(message);
			this.reason = reason;
		}

		public Reason reason() {
			return this.reason;
		}

	}

}

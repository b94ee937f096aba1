package org.gaoxin.shared.web;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders what engines return — {@link Message}s, enum values, {@link LocalizedText} — in
 * one language, from the message bundles. Pages reach it as {@code @texts}; without a
 * locale it uses the current request's. Enum labels are the bundle keys
 * {@code enum.<SimpleName>.<CONSTANT>}.
 */
@Component("texts")
public class Texts {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final Logger log = LoggerFactory.getLogger(Texts.class);

	/**
	 * A number where a text places it as it is ({@code {0}}): plain, without grouping or
	 * trailing zeros (2021, not 2,021); anything else as its text.
	 */
	private static final class PlainFormat extends Format {

		@java.io.Serial
		private static final long serialVersionUID = 1L;

		static final PlainFormat INSTANCE = new PlainFormat();

		@Override
		public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
			return to.append(display(value));
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			throw new UnsupportedOperationException("Texts only format");
		}

	}

	private final MessageSource messages;

	private final boolean strict;

	Texts(MessageSource messages, @Value("${gaoxin.i18n.strict:false}") boolean strict) {
		this.messages = messages;
		this.strict = strict;
	}

	/** Texts over the given bundles, outside a Spring context (tests, command line). */
	public static Texts of(MessageSource messages, boolean strict) {
		return new Texts(messages, strict);
	}

	public static boolean chinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

	public String render(Message message) {
		return render(message, LocaleContextHolder.getLocale());
	}

	public String render(Message message, Locale locale) {
		if (message == null) {
			return "";
		}
		Object[] args = message.args().stream().map((arg) -> argument(arg, locale)).toArray();
		return lookup(message.code(), args, locale);
	}

	/** Each message rendered, in order. */
	public List<String> renderAll(Collection<Message> messages) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.stream().map((m) -> render(m, locale)).toList();
	}

	public String label(Enum<?> value) {
		return label(value, LocaleContextHolder.getLocale());
	}

	public String label(Enum<?> value, Locale locale) {
		if (value == null) {
			return "";
		}
		return lookup(labelKey(value), new Object[0], locale);
	}

	/** The label in every language the platform speaks: what an import accepts. */
	public Set<String> labels(Enum<?> value) {
		Set<String> labels = new LinkedHashSet<>();
		labels.add(label(value, CHINESE));
		labels.add(label(value, Locale.ENGLISH));
		return labels;
	}

	public String text(LocalizedText text) {
		return (text != null) ? text.in(LocaleContextHolder.getLocale()) : "";
	}

	/** A bundle text by key, in the current request's language. */
	public String get(String key, Object... args) {
		return get(key, LocaleContextHolder.getLocale(), args);
	}

	public String get(String key, Locale locale, Object... args) {
		Object[] rendered = java.util.Arrays.stream(args).map((arg) -> argument(arg, locale)).toArray();
		return lookup(key, rendered, locale);
	}

	public static String labelKey(Enum<?> value) {
		return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
	}

	/**
	 * A number to read: every digit as written, grouped in thousands the reader's way
	 * (1,228; 21,371.02); empty for none.
	 */
	public String number(Number value) {
		if (value == null) {
			return "";
		}
		BigDecimal decimal = (value instanceof BigDecimal exact) ? exact : new BigDecimal(value.toString());
		BigDecimal stripped = decimal.stripTrailingZeros();
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(Math.max(0, stripped.scale()));
		return format.format(stripped);
	}

	/** A number as written, without grouping or trailing zeros: 21371.02, 2021. */
	public static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
	}

	private Object argument(Object arg, Locale locale) {
		if (arg instanceof Message nested) {
			return render(nested, locale);
		}
		if (arg instanceof Money money) {
			return lookup("format.money", new Object[] { plain(money.wanYuan()), plain(money.millionYuan()) }, locale);
		}
		if (arg instanceof Enum<?> value) {
			return label(value, locale);
		}
		if (arg instanceof LocalizedText text) {
			return text.in(locale);
		}
		if (arg instanceof Collection<?> list) {
			String separator = lookup("format.listSeparator", new Object[0], locale);
			return list.stream().map((item) -> display(argument(item, locale))).collect(Collectors.joining(separator));
		}
		if (arg instanceof Number) {
			// kept a number, so that a count can choose its words ({0,choice,...});
			// shown plain where the text just places it (PlainFormat)
			return arg;
		}
		return (arg != null) ? arg.toString() : "";
	}

	private static String display(Object value) {
		return (value instanceof BigDecimal number) ? plain(number) : String.valueOf(value);
	}

	private String lookup(String code, Object[] args, Locale locale) {
		try {
			if (args.length == 0) {
				// as the bundles are written: no argument, no MessageFormat (an
				// apostrophe stays single)
				return this.messages.getMessage(code, args, locale);
			}
			MessageFormat format = new MessageFormat(this.messages.getMessage(code, null, locale), locale);
			Format[] formats = format.getFormats();
			for (int i = 0; i < formats.length; i++) {
				if (formats[i] == null) {
					format.setFormat(i, PlainFormat.INSTANCE);
				}
			}
			return format.format(args);
		}
		catch (NoSuchMessageException ex) {
			if (this.strict) {
				throw ex;
			}
			log.warn("No message '{}' for {}", code, locale);
			return code;
		}
	}

}

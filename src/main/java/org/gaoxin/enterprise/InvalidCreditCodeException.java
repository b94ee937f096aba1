package org.gaoxin.enterprise;

import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;

/** A unified social credit code that breaks GB 32100-2015, with what is wrong. */
public class InvalidCreditCodeException extends MessageException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final String code;

	public InvalidCreditCodeException(String code, Message problem) {
		super(Message.of("creditCode.invalid", String.valueOf(code), problem));
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}

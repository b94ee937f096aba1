package org.gaoxin.enterprise;

public class InvalidCreditCodeException extends IllegalArgumentException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final String code;

	public InvalidCreditCodeException(String code, String problem) {
		super("无效的统一社会信用代码 / invalid unified social credit code '" + code + "': " + problem);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}

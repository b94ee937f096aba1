package org.gaoxin.intake.internal;

/**
 * The stored data changed between the check and the confirmation: the confirmed changes
 * are no longer the ones that would be made.
 */
class StaleImportException extends RuntimeException {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	StaleImportException() {
		super("确认前已有数据发生变化,未写入;请重新上传核对 / the stored data changed after the check: nothing was written, upload again to review the new differences");
	}

}

package org.gaoxin.chain;

/**
 * A link (环节) of a chain, e.g. 缫丝 → 织绸 → 服装 → 艺术品精深加工; position orders them up- to
 * downstream.
 */
public record ChainLink(String code, String nameZh, String nameEn, int position) {

	public String name(boolean chinese) {
		return chinese ? this.nameZh : this.nameEn;
	}

}

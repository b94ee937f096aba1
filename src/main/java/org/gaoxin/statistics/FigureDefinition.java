package org.gaoxin.statistics;

import org.gaoxin.shared.Unit;

/**
 * What a zone figure is: its code (as standards' formulas name it), names, unit and type.
 */
public record FigureDefinition(String code, String nameZh, String nameEn, Unit unit, ValueType valueType,
		int sortOrder) {

	public String name(boolean chinese) {
		return chinese ? this.nameZh : this.nameEn;
	}

}

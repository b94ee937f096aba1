package org.gaoxin.policy;

import java.math.BigDecimal;
import java.util.List;

import org.gaoxin.shared.LocalizedText;
import org.gaoxin.standard.SafeFormula;

/**
 * An article (条款) of a policy: whom it pays, the conditions, the award formula (万元), its
 * caps — per enterprise (or talent), and for the article per year — and the budget line
 * it is paid from with the amount planned for a year (万元). A cap absent is no cap.
 */
public record Article(String code, LocalizedText name, Subject subject, List<Condition> conditions, SafeFormula award,
		BigDecimal capPerSubject, BigDecimal capPerYear, String budgetLine, BigDecimal budgetPlanned) {

	public Article {
		conditions = List.copyOf(conditions);
	}

}

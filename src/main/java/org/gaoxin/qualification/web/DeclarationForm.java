package org.gaoxin.qualification.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.IpAcquisition;

/**
 * The enterprise's declaration for a year: a yes / no / not declared answer per fact and
 * the way its IP was obtained. Field names are those of {@link DeclaredFacts}.
 */
final class DeclarationForm extends FormInput {

	/** The yes / no facts, in the order the form asks them. */
	static final List<String> FLAGS = List.of("majorIncident", "researchMisconduct", "abnormalOperationList",
			"seriousDishonestyList", "prohibitedCategory", "ledStandard");

	static final String ACQUISITION = "ipAcquisition";

	private final int year;

	private DeclarationForm(int year) {
		this.year = year;
	}

	static DeclarationForm of(int year, DeclaredFacts facts) {
		DeclarationForm form = new DeclarationForm(year);
		form.put("majorIncident", text(facts.majorIncident()));
		form.put("researchMisconduct", text(facts.researchMisconduct()));
		form.put("abnormalOperationList", text(facts.abnormalOperationList()));
		form.put("seriousDishonestyList", text(facts.seriousDishonestyList()));
		form.put("prohibitedCategory", text(facts.prohibitedCategory()));
		form.put("ledStandard", text(facts.ledStandard()));
		form.put(ACQUISITION, (facts.ipAcquisition() != null) ? facts.ipAcquisition().name() : "");
		return form;
	}

	static DeclarationForm posted(int year, Map<String, String> params) {
		DeclarationForm form = new DeclarationForm(year);
		FLAGS.forEach((field) -> form.put(field, params.get(field)));
		form.put(ACQUISITION, params.get(ACQUISITION));
		return form;
	}

	/** The facts as declared, or empty when an answer is not one offered. */
	Optional<DeclaredFacts> toFacts() {
		DeclaredFacts facts = new DeclaredFacts(flag("majorIncident"), flag("prohibitedCategory"),
				flag("abnormalOperationList"), flag("seriousDishonestyList"), flag("researchMisconduct"),
				choice(ACQUISITION, IpAcquisition.class), flag("ledStandard"));
		return hasErrors() ? Optional.empty() : Optional.of(facts);
	}

	public int year() {
		return this.year;
	}

	public List<String> flags() {
		return FLAGS;
	}

	private static String text(Boolean answer) {
		return (answer != null) ? answer.toString() : "";
	}

}

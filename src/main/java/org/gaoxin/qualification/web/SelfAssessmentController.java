package org.gaoxin.qualification.web;

import java.util.Map;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.qualification.EnterpriseAssessments;
import org.gaoxin.qualification.QualificationFacts;
import org.gaoxin.qualification.rules.IpAcquisition;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.shared.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 资格自评: the enterprise's stored figures in a form to change (more R&D, more staff,
 * another patent) and both rule sets' verdicts on every change. Nothing is stored; an
 * htmx request gets the results and the fields' errors only.
 */
@Controller
class SelfAssessmentController {

	private static final String VIEW = "qualification/self-assessment";

	private final EnterpriseAssessments assessments;

	private final Enterprises enterprises;

	private final ZoneChoices choices;

	SelfAssessmentController(EnterpriseAssessments assessments, Enterprises enterprises, ZoneChoices choices) {
		this.assessments = assessments;
		this.enterprises = enterprises;
		this.choices = choices;
	}

	@GetMapping("/enterprises/{id}/self-assessment")
	String form(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Integer year, Model model) {
		Enterprise enterprise = this.enterprises.find(id, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise " + id));
		// a year the enterprise's zone does not offer is refused, as on every zone page
		int shown = this.choices.year(enterprise.zoneCode(), year);
		QualificationFacts facts = this.assessments.facts(id, shown, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise " + id));
		return show(facts.enterprise(), SelfAssessmentForm.of(facts).evaluate(), model);
	}

	@PostMapping("/enterprises/{id}/self-assessment")
	String assess(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id, @RequestParam int year,
			@RequestParam Map<String, String> params, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		Enterprise enterprise = this.enterprises.find(id, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise " + id));
		show(enterprise, SelfAssessmentForm.posted(this.choices.year(enterprise.zoneCode(), year), params).evaluate(),
				model);
		return (htmx != null) ? VIEW + " :: update" : VIEW;
	}

	private static String show(Enterprise enterprise, SelfAssessmentForm form, Model model) {
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("form", form);
		model.addAttribute("fields", HighTechField.values());
		model.addAttribute("ways", IpAcquisition.values());
		return VIEW;
	}

}

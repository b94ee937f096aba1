package org.gaoxin.qualification.web;

import java.util.Map;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.qualification.EnterpriseAssessments;
import org.gaoxin.qualification.QualificationFacts;
import org.gaoxin.qualification.rules.IpAcquisition;
import org.gaoxin.shared.HighTechField;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.ReportingYears;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 资格自评: the enterprise's stored figures in a form to change (more R&D, more staff,
 * another patent) and both rule sets' verdicts on every change. Nothing is stored; an
 * htmx request gets the results and the fields' errors only.
 */
@Controller
class SelfAssessmentController {

	private static final String VIEW = "qualification/self-assessment";

	/** Years a date can be built for and a self-assessment means anything in. */
	private static final int FIRST_YEAR = 1900;

	private static final int LAST_YEAR = 2100;

	private final EnterpriseAssessments assessments;

	private final Enterprises enterprises;

	private final ReportingYears years;

	SelfAssessmentController(EnterpriseAssessments assessments, Enterprises enterprises, ReportingYears years) {
		this.assessments = assessments;
		this.enterprises = enterprises;
		this.years = years;
	}

	@GetMapping("/enterprises/{id}/self-assessment")
	String form(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Integer year, Model model) {
		Enterprise enterprise = this.enterprises.find(id, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise " + id));
		int shown = checked((year != null) ? year : this.years.defaultYear(enterprise.zoneCode()));
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
		show(enterprise, SelfAssessmentForm.posted(checked(year), params).evaluate(), model);
		return (htmx != null) ? VIEW + " :: update" : VIEW;
	}

	private static int checked(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No self-assessment for " + year);
		}
		return year;
	}

	private static String show(Enterprise enterprise, SelfAssessmentForm form, Model model) {
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("form", form);
		model.addAttribute("fields", HighTechField.values());
		model.addAttribute("ways", IpAcquisition.values());
		return VIEW;
	}

}

package org.gaoxin.qualification.web;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.qualification.EnterpriseAssessment;
import org.gaoxin.qualification.EnterpriseAssessments;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.region.ZoneChoices;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An enterprise's qualification page: both rule sets, each condition and score; the
 * enterprise's own self-assessment.
 */
@Controller
class QualificationController {

	private final EnterpriseAssessments assessments;

	private final Enterprises enterprises;

	private final ZoneChoices choices;

	QualificationController(EnterpriseAssessments assessments, Enterprises enterprises, ZoneChoices choices) {
		this.assessments = assessments;
		this.enterprises = enterprises;
		this.choices = choices;
	}

	@GetMapping("/enterprises/{id}/qualification")
	String qualification(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Integer year, Model model) {
		Enterprise enterprise = this.enterprises.find(id, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise " + id));
		int shown = this.choices.year(enterprise.zoneCode(), year);
		EnterpriseAssessment assessment = this.assessments.assess(id, shown, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise " + id));
		model.addAttribute("a", assessment);
		model.addAttribute("year", shown);
		return "qualification/enterprise";
	}

	@GetMapping("/self-assessment")
	String ownSelfAssessment(@AuthenticationPrincipal GaoxinPrincipal me) {
		if (me.scope().enterpriseId() == null) {
			return "redirect:/cultivation";
		}
		return "redirect:/enterprises/" + me.scope().enterpriseId() + "/qualification";
	}

}

package org.gaoxin.qualification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.qualification.EnterpriseAssessments;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.qualification.rules.HighTechApplication;
import org.gaoxin.qualification.rules.TechSmeApplication;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.ReportingYears;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Certificates",
		description = "High-tech enterprises and technology-based SMEs under the published national rules (docs/QUALIFICATIONS.md);"
				+ " texts as {code, text} in the request's language (Chinese; ?lang=en for English)")
class QualificationApi {

	private final Enterprises enterprises;

	private final EnterpriseAssessments assessments;

	private final ReportingYears years;

	QualificationApi(Enterprises enterprises, EnterpriseAssessments assessments, ReportingYears years) {
		this.enterprises = enterprises;
		this.assessments = assessments;
		this.years = years;
	}

	@GetMapping("/api/v1/enterprises/{creditCode}/qualifications")
	@Operation(summary = "Assess a stored enterprise for a year (its report and the two before it)")
	QualificationViews.Assessment assess(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String creditCode,
			@RequestParam(required = false) Integer year) {
		Enterprise enterprise = this.enterprises.findByCreditCode(creditCode, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise with credit code " + creditCode));
		long id = enterprise.id();
		int shown = (year != null) ? year : this.years.defaultYear(enterprise.zoneCode());
		return QualificationViews.Assessment.of(this.assessments.assess(id, shown, me.scope()).orElseThrow());
	}

	@PostMapping("/api/v1/qualifications/self-assessment")
	@Operation(summary = "Assess a submitted figure set without storing anything",
			description = "Give techSme, highTech or both; amounts in thousand yuan. Expert-judged scores left out stay open as ranges.")
	QualificationViews.SelfAssessment selfAssess(@RequestBody SelfAssessmentRequest request) {
		return new QualificationViews.SelfAssessment(
				(request.techSme() != null) ? QualificationViews.TechSme.of(request.techSme().evaluate()) : null,
				(request.highTech() != null) ? QualificationViews.HighTech.of(request.highTech().evaluate()) : null);
	}

	record SelfAssessmentRequest(TechSmeApplication techSme, HighTechApplication highTech) {
	}

}

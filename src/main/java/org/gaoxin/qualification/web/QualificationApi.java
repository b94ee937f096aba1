package org.gaoxin.qualification.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.qualification.EnterpriseAssessments;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.qualification.rules.HighTechApplication;
import org.gaoxin.qualification.rules.TechSmeApplication;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.ReportingYears;
import org.gaoxin.shared.YearRange;
import org.gaoxin.qualification.rules.FiscalYear;
import java.util.List;

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

	private final YearRange yearRange;

	QualificationApi(Enterprises enterprises, EnterpriseAssessments assessments, ReportingYears years,
			YearRange yearRange) {
		this.enterprises = enterprises;
		this.assessments = assessments;
		this.years = years;
		this.yearRange = yearRange;
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
			description = "Give techSme, highTech or both; amounts in thousand yuan. Expert-judged scores left out"
					+ " stay open as ranges; highTech.experts.ipAcquisition scores how the IP was obtained within"
					+ " the range its acquisition allows (own research 1–6, transfer only 1–3). A field the rules"
					+ " do not know, or a score out of its range, is a 400 problem naming it.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = SelfAssessmentRequest.class)))
	QualificationViews.SelfAssessment selfAssess(@RequestBody SelfAssessmentRequest request) {
		if (request.highTech() != null) {
			List<FiscalYear> years = request.highTech().years();
			for (int i = 0; i < years.size(); i++) {
				this.yearRange.check("highTech.years[" + i + "].year", years.get(i).year());
			}
		}
		return new QualificationViews.SelfAssessment(
				(request.techSme() != null) ? QualificationViews.TechSme.of(request.techSme().evaluate()) : null,
				(request.highTech() != null) ? QualificationViews.HighTech.of(request.highTech().evaluate()) : null);
	}

	/**
	 * The body: either assessment or both. What the rule records do not check because it
	 * is an input mistake, not a rule, is refused here with the field.
	 */
	record SelfAssessmentRequest(TechSmeApplication techSme, HighTechApplication highTech) {

		SelfAssessmentRequest {
			if (highTech != null && highTech.highTechRevenue().compareTo(highTech.totalRevenue()) > 0) {
				throw new InputRefused("highTech.highTechRevenue", "max", "highTech.totalRevenue");
			}
		}

	}

}

package org.gaoxin.qualification.web;

import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.qualification.Declaration;
import org.gaoxin.qualification.Declarations;
import org.gaoxin.qualification.EnterpriseAssessment;
import org.gaoxin.qualification.EnterpriseAssessments;
import org.gaoxin.qualification.ExpertReview;
import org.gaoxin.qualification.ExpertReviews;
import org.gaoxin.qualification.QualificationFacts;
import org.gaoxin.qualification.rules.DeclaredFacts;
import org.gaoxin.qualification.rules.ExpertScoreOutOfRange;
import org.gaoxin.qualification.rules.ExpertScores;
import org.gaoxin.qualification.rules.IpAcquisition;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.region.ZoneChoices;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An enterprise's qualification page: both rule sets, each condition and score; the
 * enterprise's declarations, which its own user makes, and the experts' scores, which the
 * zone's staff enter. A rejected form is shown again with its errors at the fields.
 */
@Controller
class QualificationController {

	private static final String VIEW = "qualification/enterprise";

	private static final int LAST_YEAR = 9999;

	private final EnterpriseAssessments assessments;

	private final Declarations declarations;

	private final ExpertReviews reviews;

	private final Enterprises enterprises;

	private final ZoneChoices choices;

	QualificationController(EnterpriseAssessments assessments, Declarations declarations, ExpertReviews reviews,
			Enterprises enterprises, ZoneChoices choices) {
		this.assessments = assessments;
		this.declarations = declarations;
		this.reviews = reviews;
		this.enterprises = enterprises;
		this.choices = choices;
	}

	@GetMapping("/enterprises/{id}/qualification")
	String qualification(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Integer year, Model model) {
		Enterprise enterprise = this.enterprises.find(id, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise " + id));
		int shown = this.choices.year(enterprise.zoneCode(), year);
		return show(me, id, shown, null, null, model);
	}

	@PostMapping("/enterprises/{id}/qualification/declaration")
	String declare(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id, @RequestParam int year,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		this.declarations.requireDeclarer(id, me.scope());
		DeclarationForm form = DeclarationForm.posted(checked(year), params);
		Optional<DeclaredFacts> facts = form.toFacts();
		if (facts.isPresent()) {
			try {
				this.declarations.declare(id, year, facts.get(), me.scope());
				return saved(id, year, "qualification.declaration.saved", "declarations", redirect);
			}
			catch (MessageException ex) {
				model.addAttribute("factsError", ex.text());
			}
		}
		return show(me, id, year, form, null, model);
	}

	@PostMapping("/enterprises/{id}/qualification/expert-scores")
	String score(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id, @RequestParam int year,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		this.reviews.requireScorer(id, me.scope());
		ExpertScoreForm form = ExpertScoreForm.posted(checked(year), params,
				this.reviews.declaredWay(id, year, me.scope()));
		Optional<ExpertScores> scores = form.toScores();
		if (scores.isPresent()) {
			try {
				this.reviews.enter(id, year, scores.get(), me.scope());
				return saved(id, year, "qualification.expert.saved", "expert-scores", redirect);
			}
			catch (ExpertScoreOutOfRange ex) {
				form.reject(ex);
			}
			catch (MessageException ex) {
				model.addAttribute("factsError", ex.text());
			}
		}
		return show(me, id, year, null, form, model);
	}

	/** The enterprise user's own self-assessment, for the year asked for if any. */
	@GetMapping("/self-assessment")
	String ownSelfAssessment(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect) {
		if (year != null) {
			redirect.addAttribute("year", year);
		}
		if (me.scope().enterpriseId() == null) {
			return "redirect:/cultivation";
		}
		return "redirect:/enterprises/" + me.scope().enterpriseId() + "/self-assessment";
	}

	/**
	 * A year a page can be shown for at all; whether facts may be entered for it is the
	 * services' to say.
	 */
	private static int checked(int year) {
		if (year < Declarations.FIRST_YEAR || year > LAST_YEAR) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No facts are entered for " + year);
		}
		return year;
	}

	private static String saved(long id, int year, String notice, String anchor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addAttribute("year", year);
		return "redirect:/enterprises/" + id + "/qualification#" + anchor;
	}

	/** The page; a posted form with errors takes the place of the stored values. */
	private String show(GaoxinPrincipal me, long id, int year, DeclarationForm declarationForm,
			ExpertScoreForm scoreForm, Model model) {
		QualificationFacts facts = this.assessments.facts(id, year, me.scope())
			.orElseThrow(() -> new NotFoundException("No enterprise " + id));
		EnterpriseAssessment assessment = facts.assess();
		Declaration declaration = this.declarations.find(id, year, me.scope()).orElse(null);
		ExpertReview review = this.reviews.find(id, year, me.scope()).orElse(null);
		IpAcquisition way = facts.declared().ipAcquisition();
		model.addAttribute("a", assessment);
		model.addAttribute("year", year);
		model.addAttribute("declaration", declaration);
		model.addAttribute("declarationForm",
				(declarationForm != null) ? declarationForm : DeclarationForm.of(year, facts.declared()));
		model.addAttribute("canDeclare", Declarations.canDeclare(me.scope(), id));
		model.addAttribute("declarationHistory",
				FactHistory.declarations(this.declarations.history(id, year, me.scope())));
		model.addAttribute("review", review);
		model.addAttribute("scoreForm",
				(scoreForm != null) ? scoreForm : ExpertScoreForm.of(year, facts.experts(), way));
		model.addAttribute("canScore", ExpertReviews.canScore(me.scope(), facts.enterprise().zoneCode()));
		model.addAttribute("scoreHistory", FactHistory.scores(this.reviews.history(id, year, me.scope())));
		model.addAttribute("acquisitionIgnored", !facts.experts().fits(way));
		model.addAttribute("declaredWay", way);
		model.addAttribute("ways", IpAcquisition.values());
		return VIEW;
	}

}

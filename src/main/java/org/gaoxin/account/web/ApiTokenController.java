package org.gaoxin.account.web;

import jakarta.servlet.http.HttpServletResponse;
import org.gaoxin.account.ApiTokens;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.IssuedToken;
import org.gaoxin.account.Role;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user's API tokens: create one (its secret shown once, on the answer to
 * the form, never stored in the session), see them, revoke them. Administrators also see
 * and revoke everyone's.
 */
@Controller
class ApiTokenController {

	private final ApiTokens tokens;

	private final Texts texts;

	private final java.time.Clock clock;

	ApiTokenController(ApiTokens tokens, Texts texts, java.time.Clock clock) {
		this.tokens = tokens;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/tokens")
	String list(@AuthenticationPrincipal GaoxinPrincipal me, Model model) {
		return page(me, model, "", false, 90);
	}

	@PostMapping("/tokens")
	String create(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "false") boolean readOnly, @RequestParam(required = false) String days,
			Model model, HttpServletResponse response) {
		try {
			IssuedToken issued = this.tokens.create(name, readOnly, days(days), me);
			// the secret is on this answer only: no cache may keep it
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("issued", issued);
			return page(me, model, "", false, 90);
		}
		catch (InputRefused ex) {
			model.addAttribute("error", this.texts.render(ex.textFor(this.texts.get("tokens.field." + ex.field()))));
			model.addAttribute("errorField", ex.field());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(me, model, (name != null) ? name : "", readOnly, 90);
		}
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		boolean revoked = this.tokens.revoke(id, me);
		redirect.addFlashAttribute("notice", revoked ? "tokens.revoked" : "tokens.alreadyRevoked");
		return "redirect:/tokens";
	}

	private String page(GaoxinPrincipal me, Model model, String name, boolean readOnly, int days) {
		model.addAttribute("tokens", this.tokens.mine(me));
		if (me.role() == Role.ADMIN) {
			model.addAttribute("everyone", this.tokens.all(me.scope()));
		}
		model.addAttribute("name", name);
		model.addAttribute("readOnly", readOnly);
		model.addAttribute("days", days);
		model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
		model.addAttribute("now", this.clock.instant());
		return "account/tokens";
	}

	private static Integer days(String days) {
		if (days == null || days.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(days.strip());
		}
		catch (NumberFormatException ex) {
			throw new InputRefused("days", "range", 1, ApiTokens.MAX_DAYS);
		}
	}

}

package org.gaoxin.account.web;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.LoginLock;
import org.gaoxin.account.LoginLocks;
import org.gaoxin.account.LoginProperties;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of sign-in locks, each with a button to lift it. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class LoginLockController {

	private final LoginLocks locks;

	private final LoginProperties login;

	LoginLockController(LoginLocks locks, LoginProperties login) {
		this.locks = locks;
		this.login = login;
	}

	@GetMapping("/login-locks")
	String list(@AuthenticationPrincipal GaoxinPrincipal me, Model model) {
		model.addAttribute("locks", this.locks.current(me.scope()));
		model.addAttribute("login", this.login);
		return "account/login-locks";
	}

	@PostMapping("/login-locks/lift")
	String lift(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam LoginLock.LockKind kind,
			@RequestParam String key, RedirectAttributes redirect) {
		boolean lifted = this.locks.lift(kind, key, me.scope());
		redirect.addFlashAttribute(lifted ? "notice" : "error", lifted ? "locks.lifted" : "locks.notLocked");
		redirect.addFlashAttribute("subject", key);
		return "redirect:/login-locks";
	}

}

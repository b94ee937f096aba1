package org.gaoxin.account.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gaoxin.account.LoginProperties;
import org.gaoxin.account.internal.FailedSignIn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final LoginProperties login;

	LoginController(LoginProperties login) {
		this.login = login;
	}

	@GetMapping("/login")
	String login(Model model, HttpServletRequest request) {
		model.addAttribute("lockMinutes", this.login.lockMinutes());
		// after a failed sign-in the name typed stays, the password does not
		model.addAttribute("username", FailedSignIn.takeUsername(request));
		return "account/login";
	}

}

package org.gaoxin.account.web;

import org.gaoxin.account.LoginProperties;

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
	String login(Model model) {
		model.addAttribute("lockMinutes", this.login.lockMinutes());
		return "account/login";
	}

}

package org.gaoxin.shared.web;

import org.gaoxin.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages: a record that does not exist, or is outside the caller's scope, is a 404 either
 * way.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class WebErrors {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException ex) {
		ModelAndView view = new ModelAndView("error/404");
		view.addObject("message", ex.getMessage());
		return view;
	}

}

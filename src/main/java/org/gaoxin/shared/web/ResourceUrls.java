package org.gaoxin.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * No rewriting of the links a page writes. With the webjars locator on the class path
 * Spring Boot rewrites every URL a template writes through the resource chain, and a link
 * that is not a static file (every page link: /evaluation?zone=…) is looked for in the
 * application's jar, uncached, each time: a third of the evaluation page's time under
 * load (issue 16, docs/BENCHMARKS.md). The pages name assets without versions
 * ({@code /webjars/bootstrap/css/bootstrap.min.css}), which the resource chain still
 * resolves when they are requested.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrls {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlRewriting() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}

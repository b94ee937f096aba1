package org.gaoxin.account.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API document says how callers sign in: HTTP Basic on every operation, so Swagger UI
 * offers its Authorize button and "Try it out" sends the credentials (the API does not
 * use the pages' session).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfiguration {

	static final String BASIC = "basic";

	@Bean
	OpenAPI gaoxinApi() {
		return new OpenAPI().info(new Info().title("Gaoxin API").version("v1"))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

}

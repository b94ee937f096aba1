package org.gaoxin.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's routes as its own handler mapping lists them: every method and path
 * pattern with the handler and what it reads (path variables, parameters, a JSON body, a
 * multipart file). A mapping without a method counts as GET and POST.
 */
public final class Routes {

	private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private Routes() {
	}

	/** One method and path pattern of the application. */
	public record Route(RequestMethod method, String pattern, HandlerMethod handler) {

		public String key() {
			return this.method + " " + this.pattern;
		}

		public boolean api() {
			return this.pattern.startsWith("/api/");
		}

		public List<String> pathVariables() {
			return names(PathVariable.class);
		}

		/** Request parameters by name (a file parameter is not among them). */
		public List<String> parameters() {
			List<String> names = new ArrayList<>();
			for (MethodParameter parameter : this.handler.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param != null && !MultipartFile.class.isAssignableFrom(parameter.getParameterType())
						&& !Map.class.isAssignableFrom(parameter.getParameterType())) {
					names.add(name(parameter, param.name().isEmpty() ? param.value() : param.name()));
				}
			}
			return names;
		}

		/** The parameter map a handler reads whole (the report form), if any. */
		public boolean readsAllParameters() {
			for (MethodParameter parameter : this.handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestParam.class)
						&& Map.class.isAssignableFrom(parameter.getParameterType())) {
					return true;
				}
			}
			return false;
		}

		public boolean jsonBody() {
			for (MethodParameter parameter : this.handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					return true;
				}
			}
			return false;
		}

		public boolean multipart() {
			for (MethodParameter parameter : this.handler.getMethodParameters()) {
				if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
					return true;
				}
			}
			return false;
		}

		private List<String> names(Class<? extends java.lang.annotation.Annotation> type) {
			List<String> names = new ArrayList<>();
			for (MethodParameter parameter : this.handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(PathVariable.class) && type == PathVariable.class) {
					PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
					names.add(name(parameter, variable.name().isEmpty() ? variable.value() : variable.name()));
				}
			}
			return names;
		}

		private static String name(MethodParameter parameter, String declared) {
			if (!declared.isEmpty()) {
				return declared;
			}
			parameter.initParameterNameDiscovery(NAMES);
			return parameter.getParameterName();
		}

	}

	public static List<Route> of(RequestMappingHandlerMapping mapping) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty()) {
				methods = Set.of(RequestMethod.GET, RequestMethod.POST);
			}
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods) {
					routes.add(new Route(method, pattern, entry.getValue()));
				}
			}
		}
		routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
		return routes;
	}

}

package org.gaoxin;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Dependency;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The rules of the house that the module check does not state: pure rule engines,
 * package-private web controllers, and no reaching into another module's internals.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.gaoxin");

	@Test
	void ruleEnginesDependOnNothingButTheJdkTheirPackageAndTheSharedKernelsValues() {
		classes().that()
			.resideInAPackage("org.gaoxin.qualification.rules..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "org.gaoxin.qualification.rules..", "org.gaoxin.shared")
			.because("the published rules are pure code: a newcomer reads them without Spring, SQL or web")
			.check(CLASSES);
	}

	@Test
	void theScoringEngineDependsOnNothingButTheJdkAndItsPackage() {
		classes().that()
			.resideInAPackage("org.gaoxin.evaluation.scoring..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "org.gaoxin.evaluation.scoring..")
			.because("normalisation, weights, ties and missing values are rules a reader checks by hand")
			.check(CLASSES);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.because("a module's web layer is not part of its API")
			.check(CLASSES);
	}

	@Test
	void noModuleReachesIntoAnothersInternalPackage() {
		classes().that().resideInAPackage("org.gaoxin..").should(notDependOnAnotherModulesInternals()).check(CLASSES);
	}

	private static ArchCondition<JavaClass> notDependOnAnotherModulesInternals() {
		return new ArchCondition<>("not depend on another module's internal package") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				String own = module(item.getPackageName());
				for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
					String target = dependency.getTargetClass().getPackageName();
					if (target.startsWith("org.gaoxin.") && target.contains(".internal")
							&& !module(target).equals(own)) {
						events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
					}
				}
			}
		};
	}

	private static String module(String packageName) {
		String rest = packageName.substring(Math.min(packageName.length(), "org.gaoxin.".length()));
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}

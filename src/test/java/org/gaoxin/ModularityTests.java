package org.gaoxin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules reach each other only through their root package (API) or named interfaces; no
 * cycles. The module map in docs/modules is written from the same model.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(GaoxinApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleMapIntoDocs() throws IOException {
		Path written = Path.of("target", "modulith-docs");
		Path folder = Path.of("docs", "modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		Files.createDirectories(folder);
		try (var files = Files.list(written)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".puml")).toList()) {
				updateIfChanged(file, folder.resolve(file.getFileName()));
			}
		}
		Files.writeString(folder.resolve("MODULES.md"), mermaid(), StandardCharsets.UTF_8);
		assertThat(folder.resolve("components.puml")).exists();
	}

	/**
	 * The Documenter writes the same diagram's lines in varying order: a file is replaced
	 * only when what it says changed, so a build leaves the docs as they are.
	 */
	private static void updateIfChanged(Path fresh, Path kept) throws IOException {
		List<String> now = Files.readAllLines(fresh).stream().sorted().toList();
		if (!Files.exists(kept) || !Files.readAllLines(kept).stream().sorted().toList().equals(now)) {
			Files.copy(fresh, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The same map as a Mermaid graph, which GitHub renders in Markdown. */
	static String mermaid() {
		StringBuilder text = new StringBuilder("""
				# Module map

				Written by `ModularityTests` from Spring Modulith's model of the code (`./mvnw verify`
				refreshes it); PlantUML versions beside this file. An arrow points from a module to a
				module it uses. The main flow: figures (`statistics`, `filing`) → `standard` →
				`evaluation` → what reads the evaluation (`dashboard`, and later targets, tasks,
				documents).

				```mermaid
				graph LR
				""");
		MODULES.stream()
			.sorted(Comparator.comparing(ApplicationModule::getIdentifier, Comparator.comparing(Object::toString)))
			.forEach((module) -> {
				String from = module.getIdentifier().toString();
				String targets = module.getDirectDependencies(MODULES, DependencyType.values())
					.uniqueModules()
					.map((target) -> target.getIdentifier().toString())
					.filter((to) -> !to.equals("shared"))
					.sorted()
					.distinct()
					.map((to) -> "  " + from + " --> " + to)
					.collect(Collectors.joining("\n"));
				if (!targets.isEmpty()) {
					text.append(targets).append('\n');
				}
			});
		return text.append("```\n\n`shared` (units, paging, messages) is used by every module and left out.\n")
			.toString();
	}

}

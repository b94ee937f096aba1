package org.gaoxin.policy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gaoxin.policy.Policies;
import org.gaoxin.policy.PolicyFormatException;
import org.gaoxin.shared.web.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On start, loads the built-in policies ({@code policies/*.yaml} on the class path) and
 * every file in the policies folder ({@code gaoxin.policies.folder}): a new policy is a
 * file, not a release. A bad file in the folder is reported and skipped.
 */
@Component
@Order(-10)
class PolicyLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PolicyLoader.class);

	private final Policies policies;

	private final Path folder;

	private final Texts texts;

	PolicyLoader(Policies policies, @Value("${gaoxin.policies.folder:${gaoxin.data-dir}/policies}") Path folder,
			Texts texts) {
		this.policies = policies;
		this.folder = folder;
		this.texts = texts;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:policies/*.yaml")) {
			this.policies.load(resource.getFilename(), resource.getContentAsByteArray(),
					"built-in:" + resource.getFilename());
		}
		if (!Files.isDirectory(this.folder)) {
			return;
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			for (Path file : files.filter(PolicyLoader::isPolicyFile).sorted().toList()) {
				try {
					this.policies.load(file.getFileName().toString(), Files.readAllBytes(file), "folder:" + file);
				}
				catch (PolicyFormatException ex) {
					log.warn("Skipped policy file {}: {}", file,
							ex.problems()
								.stream()
								.map((problem) -> this.texts.render(problem, Locale.ENGLISH))
								.collect(Collectors.joining("; ")));
				}
			}
		}
	}

	private static boolean isPolicyFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
	}

}

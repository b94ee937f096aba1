package org.gaoxin.standard.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.gaoxin.standard.StandardFormatException;
import org.gaoxin.standard.Standards;
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
 * On start, loads the built-in standards and every file in the standards folder
 * ({@code gaoxin.standards.folder}); a bad file in the folder is reported and skipped.
 */
@Component
@Order(-10)
class StandardLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StandardLoader.class);

	private final Standards standards;

	private final Path folder;

	private final Texts texts;

	StandardLoader(Standards standards, @Value("${gaoxin.standards.folder:${gaoxin.data-dir}/standards}") Path folder,
			Texts texts) {
		this.standards = standards;
		this.folder = folder;
		this.texts = texts;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:standards/*.yaml")) {
			this.standards.load(resource.getFilename(), resource.getContentAsByteArray(),
					"built-in:" + resource.getFilename());
		}
		loadFolder();
	}

	int loadFolder() throws IOException {
		if (!Files.isDirectory(this.folder)) {
			return 0;
		}
		int loaded = 0;
		try (Stream<Path> files = Files.list(this.folder)) {
			for (Path file : files.filter(StandardLoader::isStandardFile).sorted().toList()) {
				try {
					this.standards.load(file.getFileName().toString(), Files.readAllBytes(file), "folder:" + file);
					loaded++;
				}
				catch (StandardFormatException ex) {
					log.warn("Skipped standard file {}: {}", file,
							ex.problems()
								.stream()
								.map((problem) -> this.texts.render(problem, java.util.Locale.ENGLISH))
								.collect(java.util.stream.Collectors.joining("; ")));
				}
			}
		}
		return loaded;
	}

	private static boolean isStandardFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
	}

}

package org.gaoxin.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle says the same things in Chinese and English: the same keys, none empty.
 */
class BundleKeysInSyncTest {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	@Test
	void everyKeyHasAChineseAndAnEnglishText() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path chinese : files.filter((f) -> !f.getFileName().toString().contains("_")).toList()) {
				Path english = BUNDLES
					.resolve(chinese.getFileName().toString().replace(".properties", "_en.properties"));
				Properties zh = load(chinese);
				Properties en = load(english);
				assertThat(keys(en)).as("keys of %s and %s", chinese.getFileName(), english.getFileName())
					.isEqualTo(keys(zh));
				zh.forEach((key, text) -> assertThat(text.toString()).as("%s in %s", key, chinese.getFileName())
					.isNotBlank());
				en.forEach((key, text) -> assertThat(text.toString()).as("%s in %s", key, english.getFileName())
					.isNotBlank());
			}
		}
	}

	private static Set<String> keys(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

package org.gaoxin.evaluation;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.demo.ProvinceGenerator;
import org.gaoxin.intake.ImportKind;
import org.gaoxin.intake.ImportStatus;
import org.gaoxin.intake.Imports;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.support.DemoAccounts;
import org.gaoxin.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-based aggregates on H2, in a database of their own (the generated province is
 * committed); and the province as import files: the same seed gives the same records, and
 * the office's import reads the files as they are (every row unchanged).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.datasource.url=jdbc:h2:mem:province-aggregates;DB_CLOSE_DELAY=-1")
@ActiveProfiles({ "demo", "test" })
class H2SetBasedAggregatesTest extends SetBasedAggregatesContract {

	@Autowired
	Imports imports;

	@Autowired
	UserDetailsService users;

	@Test
	void theProvinceAsImportFilesImportsUnchanged(@TempDir Path folder) throws Exception {
		ProvinceGenerator.Plan plan = new ProvinceGenerator.Plan(3, 3, 200, 7L);
		this.generator.writeFiles(plan, folder.resolve("csv"), false, Texts.CHINESE, (zone) -> {
		});
		this.generator.writeFiles(plan, folder.resolve("xlsx"), true, java.util.Locale.ENGLISH, (zone) -> {
		});
		expectUnchanged(ImportKind.ENTERPRISES, folder.resolve("csv/P01-HTZ/enterprises.csv"), 200);
		expectUnchanged(ImportKind.ANNUAL_REPORTS, folder.resolve("csv/P02-HTZ/annual-reports.csv"), 600);
		expectUnchanged(ImportKind.ANNUAL_REPORTS, folder.resolve("xlsx/P03-HTZ/annual-reports.xlsx"), 600);
		expectUnchanged(ImportKind.ZONE_FIGURES, folder.resolve("xlsx/P01-HTZ/zone-figures.xlsx"), 3);
		assertThat(folder.resolve("csv/P03-HTZ/certificates.csv")).exists();
		assertThat(folder.resolve("csv/P03-HTZ/tech-sme-registrations.csv")).exists();
		assertThat(folder.resolve("xlsx/P03-HTZ/platforms.xlsx")).exists();
	}

	private void expectUnchanged(ImportKind kind, Path file, int rows) throws Exception {
		GaoxinPrincipal admin = (GaoxinPrincipal) this.users.loadUserByUsername(DemoAccounts.ADMIN);
		byte[] content = Files.readAllBytes(file);
		ImportStatus status = SignedIn.as(admin,
				() -> this.imports.run(kind, file.getFileName().toString(), new ByteArrayInputStream(content), admin));
		assertThat(status.errors()).as(file.toString()).isEmpty();
		assertThat(status.problem()).as(file.toString()).isNull();
		assertThat(status.rowsRead()).as(file.toString()).isEqualTo(rows);
		assertThat(status.unchanged()).as(file.toString()).isEqualTo(rows);
	}

}

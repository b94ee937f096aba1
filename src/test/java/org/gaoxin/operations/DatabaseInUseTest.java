package org.gaoxin.operations;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.gaoxin.GaoxinApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line never waits on, nor breaks, a database file another process holds
 * without answering for it: it says so and stops.
 */
class DatabaseInUseTest {

	@TempDir
	Path dataDir;

	@Test
	void aDatabaseHeldByAnotherProcessIsReportedClearly() throws Exception {
		try (Connection holder = DriverManager.getConnection("jdbc:h2:file:" + this.dataDir.resolve("gaoxin"), "gaoxin",
				"x")) {
			assertThat(holder.isValid(1)).isTrue();
			StringWriter out = new StringWriter();
			int exit = GaoxinApplication.runCommand(
					new String[] { "evaluate", "--zone", "QJ-HTZ", "--year", "2021", "--lang", "en",
							"--gaoxin.data-dir=" + this.dataDir, "--spring.main.banner-mode=off" },
					new PrintWriter(out, true));
			assertThat(exit).isEqualTo(3);
			assertThat(out.toString()).contains("is open in another process", "control.properties");
		}
	}

}

package org.gaoxin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.gaoxin.enterprise.CreditCode;
import org.gaoxin.operations.internal.DatabaseBackup;
import org.gaoxin.support.ChildApplication;
import org.gaoxin.support.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The application as an operator runs it, in a process of its own on a database file: it
 * listens on no port but HTTP, keeps its files owner-only, answers the command line while
 * it runs (evaluate, backup, restore), and comes back consistent after a kill -9 in the
 * middle of a large import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunningApplicationTest {

	@TempDir
	static Path temp;

	private Path dataDir;

	private ChildApplication running;

	@BeforeAll
	void start() throws Exception {
		this.dataDir = temp.resolve("data");
		this.running = ChildApplication.start(this.dataDir);
	}

	@AfterAll
	void stop() throws Exception {
		if (this.running != null) {
			this.running.close();
		}
	}

	@Test
	@Order(1)
	void listensOnNoPortButHttp() throws IOException {
		assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "reads the sockets from Linux's /proc");
		assertThat(listeningPorts(this.running.pid())).containsExactly(this.running.port());
	}

	@Test
	@Order(2)
	void theDataFolderAndTheDatabaseAreTheOwnersAlone() throws IOException {
		assumeTrue(Files.getFileStore(this.dataDir).supportsFileAttributeView("posix"));
		assertThat(permissions(this.dataDir)).isEqualTo("rwx------");
		for (String file : List.of("db.secret", "gaoxin.mv.db", "control.properties")) {
			assertThat(permissions(this.dataDir.resolve(file))).as(file).isEqualTo("rw-------");
		}
		assertThat(this.dataDir.resolve("gaoxin.lock.db")).doesNotExist();
		assertThat(Files.readString(this.dataDir.resolve("db.secret")).strip()).hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	@Order(3)
	void theCommandLineAsksTheRunningApplication() {
		// the database file is the running application's: only it can answer
		Result csv = command("evaluate", "--zone", "QJ-HTZ", "--year", "2021", "--format", "csv");
		assertThat(csv.exit()).as(csv.output()).isZero();
		assertThat(csv.output()).contains("PILOT,20,23,2024,CQ-MUNICIPAL-HTZ@2021-illustrative");
	}

	@Test
	@Order(4)
	void aBackupTakenWhileItRunsRestoresEveryTableAndTheFigure() throws Exception {
		Path backup = temp.resolve("before.zip");
		Result backedUp = command("backup", backup.toString());
		assertThat(backedUp.exit()).as(backedUp.output()).isZero();
		Map<String, Long> rows = counts(backup);
		assertThat(rows).containsEntry("ENTERPRISE", 1675L).containsKey("flyway_schema_history");
		assertThat(gdp()).isEqualTo("180");

		HttpResponse<String> pending = upload("zone-figures", "figures.csv",
				"zone_code,year,gdp\r\nQJ-HTZ,2021,999\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(pending.body()).contains("AWAITING_CONFIRMATION");
		String id = pending.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		HttpResponse<String> confirmed = this.running.http()
			.send(this.running.request("/api/v1/imports/" + id + "/confirm", DemoAccounts.ADMIN, DemoAccounts.PASSWORD)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(confirmed.body()).contains("\"DONE\"");
		assertThat(gdp()).isEqualTo("999");

		assertThat(command("restore", backup.toString()).exit()).as("without --yes nothing is replaced").isEqualTo(2);
		assertThat(gdp()).isEqualTo("999");
		Result restored = command("restore", backup.toString(), "--yes", "--lang", "en");
		assertThat(restored.exit()).as(restored.output()).isZero();
		assertThat(restored.output()).contains("Restored from", "ENTERPRISE 1675");
		assertThat(gdp()).isEqualTo("180");

		Path after = temp.resolve("after.zip");
		assertThat(command("backup", after.toString()).exit()).isZero();
		assertThat(counts(after)).isEqualTo(rows);
		assertThat(Files.list(this.dataDir.resolve("backups")).map((f) -> f.getFileName().toString()))
			.anyMatch((name) -> name.startsWith("before-restore-"));
	}

	@Test
	@Order(5)
	void aRestoreRefusesAFileThatIsNotABackupAndChangesNothing() throws IOException {
		Path junk = temp.resolve("junk.zip");
		Files.writeString(junk, "not a backup");
		Result refused = command("restore", junk.toString(), "--yes", "--lang", "en");
		assertThat(refused.exit()).isEqualTo(2);
		assertThat(refused.output()).contains("not a backup of this system");
	}

	@Test
	@Order(6)
	void aProcessKilledDuringALargeImportRestartsWithTheImportAbsentOrWhole() throws Exception {
		int rows = 30_000;
		CompletableFuture<HttpResponse<String>> importing = CompletableFuture.supplyAsync(() -> {
			try {
				return upload("enterprises", "many.csv", enterprises(rows));
			}
			catch (IOException | InterruptedException ex) {
				return null;
			}
		});
		Path uploads = this.dataDir.resolve("uploads");
		while (!importing.isDone() && !(Files.isDirectory(uploads) && !isEmpty(uploads))) {
			Thread.sleep(100);
		}
		Thread.sleep(2_000);
		boolean cutShort = !importing.isDone();
		this.running.kill();
		this.running = ChildApplication.start(this.dataDir);
		if (cutShort) {
			assertThat(this.running.log()).contains("Removed what interrupted imports left");
		}
		this.running.stop();

		assertThat(this.dataDir.resolve("control.properties")).as("removed at an orderly stop").doesNotExist();
		assertThat(uploads).isEmptyDirectory();
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + this.dataDir.resolve("gaoxin"), "gaoxin",
				Files.readString(this.dataDir.resolve("db.secret")).strip())) {
			assertThat(count(db, "SELECT COUNT(*) FROM import_row")).isZero();
			long imported = count(db, "SELECT COUNT(*) FROM enterprise WHERE name LIKE '重庆彭水中断测试%'");
			assertThat(imported).as(cutShort ? "killed mid-import" : "finished before the kill").isIn(0L, (long) rows);
			assertThat(count(db, "SELECT COUNT(*) FROM enterprise")).isIn(1675L, 1675L + rows);
		}
		assertThatThrownBy(
				() -> DriverManager.getConnection("jdbc:h2:file:" + this.dataDir.resolve("gaoxin"), "gaoxin", "")
					.close())
			.as("the empty password of earlier releases")
			.isInstanceOf(SQLException.class);
	}

	@Test
	@Order(7)
	void whenTheApplicationIsStoppedTheCommandLineOpensTheDatabaseItself() {
		assertThat(this.running.alive()).isFalse();
		Result table = command("evaluate", "--zone", "QJ-HTZ", "--year", "2021", "--lang", "en");
		assertThat(table.exit()).as(table.output()).isZero();
		assertThat(table.output()).contains("20 of 23 core indicators met");
	}

	private Result command(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--spring.profiles.active=demo", "--gaoxin.data-dir=" + this.dataDir));
		StringWriter out = new StringWriter();
		int exit = GaoxinApplication.runCommand(all.toArray(String[]::new), new PrintWriter(out, true));
		return new Result(exit, out.toString());
	}

	record Result(int exit, String output) {
	}

	private String gdp() throws IOException, InterruptedException {
		String figures = this.running
			.get("/api/v1/zones/QJ-HTZ/figures?year=2021", DemoAccounts.ADMIN, DemoAccounts.PASSWORD)
			.body();
		for (tools.jackson.databind.JsonNode figure : tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(figures)) {
			if (figure.get("definition").get("code").asString().equals("gdp")) {
				return figure.get("number").decimalValue().stripTrailingZeros().toPlainString();
			}
		}
		return null;
	}

	private HttpResponse<String> upload(String kind, String name, byte[] content)
			throws IOException, InterruptedException {
		String boundary = "gaoxin-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return this.running.http()
			.send(this.running.request("/api/v1/imports", DemoAccounts.ADMIN, DemoAccounts.PASSWORD)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] enterprises(int rows) {
		StringBuilder csv = new StringBuilder("统一社会信用代码,企业名称,园区代码,行业,技术领域,成立日期,规上企业,战略性新兴产业\r\n");
		for (int i = 0; i < rows; i++) {
			csv.append(CreditCode.withCheckCharacter("91500243MC" + String.format("%07d", i)).value())
				.append(",重庆彭水中断测试")
				.append(i)
				.append("有限公司,PS-IP,软件和信息技术服务,电子信息,2016-07-15,否,否\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, Long> counts(Path backup) throws IOException {
		try (InputStream in = Files.newInputStream(backup)) {
			return DatabaseBackup.rowCounts(in);
		}
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	private static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	/** The TCP ports the process listens on: its socket inodes in LISTEN state. */
	static Set<Integer> listeningPorts(long pid) throws IOException {
		Set<String> inodes = new HashSet<>();
		try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
			for (Path fd : fds) {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring("socket:[".length(), target.length() - 1));
					}
				}
				catch (IOException ex) {
					// closed meanwhile
				}
			}
		}
		Set<Integer> ports = new TreeSet<>();
		for (String table : List.of("tcp", "tcp6")) {
			Path file = Path.of("/proc", Long.toString(pid), "net", table);
			if (!Files.exists(file)) {
				continue;
			}
			for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
				String[] fields = line.strip().split("\\s+");
				// local address, state (0A = LISTEN) and inode
				if (fields[3].equals("0A") && inodes.contains(fields[9])) {
					String local = fields[1];
					ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16));
				}
			}
		}
		return ports;
	}

}

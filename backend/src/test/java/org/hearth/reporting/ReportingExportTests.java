package org.hearth.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.hearth.reporting.ReportingDataset.Made;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The Supporting Families report as files over real HTTP: the CSV and the spreadsheet read back (Commons CSV,
 * fastexcel-reader) hold the report's rows as GraphQL gives them, over {@link ReportingDataset}; only the Early Help
 * team gets them (each download audited as one report); a bad or missing date or a period over two years is a 400
 * with a plain message.
 */
class ReportingExportTests extends HearthIntegrationTests {

	private static final String REPORT = """
			query($from: Date!, $to: Date!) { supportingFamiliesReport(from: $from, to: $to) {
			  eligible { ...family } notEligible { ...family }
			  headlines { needArea { name } familiesWithNeed familiesAchieved }
			  unmetNeed { needArea { name } families }
			  unmetNeedFamilies { familyReference episodeReference needAreas { name } } } }
			fragment family on SupportingFamiliesFamily { familyReference episodeReference headlines { name } lead
			  assessmentCompletedOn closedOn sustainedOn newEpisodeOpenedOn eligible reasons }""";

	private static final String OPERATION = "read the Supporting Families report";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/** The dataset, its Early Help team member signed in, and the period it closed in. */
	private record Setup(ReportingDataset data, List<Made> made, Session hub, LocalDate from, LocalDate to) {

		String query() {
			return "?from=" + this.from + "&to=" + this.to;
		}

	}

	private Setup setup() {
		ReportingDataset data = new ReportingDataset(this.fixtures, this.dsl, this.clock);
		this.fixtures.practitioner(data.prefix() + "-hub", data.agency(), null, "EARLY_HELP_TEAM");
		LocalDate today = today();
		List<Made> made = data.makeAll(today);
		return new Setup(data, made, signIn(data.prefix() + "-hub", DEMO_PASSWORD), today.minusMonths(12),
				today.minusDays(1));
	}

	/** The report as GraphQL gives it to the same person for the same period. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> report(Setup setup) {
		return (Map<String, Object>) signedInAs(setup.data().prefix() + "-hub").document(REPORT)
			.variable("from", setup.from().toString())
			.variable("to", setup.to().toString())
			.execute()
			.path("supportingFamiliesReport")
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> report, String name) {
		return (List<Map<String, Object>>) report.get(name);
	}

	private static String names(Object needAreas) {
		return ((List<?>) needAreas).stream()
			.map(area -> (String) ((Map<?, ?>) area).get("name"))
			.collect(Collectors.joining("; "));
	}

	private WebTestClient.ResponseSpec download(Session session, String file, String query) {
		return web().get().uri("/exports/" + file + query).cookie("JSESSIONID", session.id()).exchange();
	}

	@Test
	void the_csv_has_one_row_per_closed_family_as_the_report_gives_it() throws IOException {
		Setup setup = setup();
		int audited = this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION.eq(OPERATION));
		var result = download(setup.hub(), "supporting-families.csv", setup.query()).expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/csv")
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"supporting-families-"
					+ setup.from() + "-to-" + setup.to() + ".csv\"")
			.expectBody(byte[].class)
			.returnResult();
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION.eq(OPERATION))).as("one audit event")
			.isEqualTo(audited + 1);
		String body = new String(Objects.requireNonNull(result.getResponseBody()), StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))
			.getRecords();
		Map<String, Object> report = report(setup);

		List<Map<String, Object>> families = new ArrayList<>(list(report, "eligible"));
		families.addAll(list(report, "notEligible"));
		assertThat(rows).hasSize(families.size());
		for (int i = 0; i < rows.size(); i++) {
			CSVRecord row = rows.get(i);
			Map<String, Object> family = families.get(i);
			String episode = (String) family.get("episodeReference");
			assertThat(row.get("Episode")).isEqualTo(episode);
			assertThat(row.get("Family")).as(episode).isEqualTo(family.get("familyReference"));
			assertThat(row.get("Eligible")).as(episode).isEqualTo((Boolean) family.get("eligible") ? "yes" : "no");
			assertThat(row.get("Closed on")).as(episode).isEqualTo(family.get("closedOn"));
			assertThat(row.get("Sustained on")).as(episode).isEqualTo(family.get("sustainedOn"));
			assertThat(row.get("Assessment completed on")).as(episode)
				.isEqualTo(Objects.requireNonNullElse(family.get("assessmentCompletedOn"), ""));
			assertThat(row.get("Lead practitioner")).as(episode)
				.isEqualTo(Objects.requireNonNullElse(family.get("lead"), ""));
			assertThat(row.get("Needs found at assessment")).as(episode).isEqualTo(names(family.get("headlines")));
			assertThat(row.get("Why not eligible")).as(episode)
				.isEqualTo(String.join("; ", (List<String>) family.get("reasons")));
		}
		// The dataset's own rows: its three eligible families say so, and each other one its reason.
		Map<String, CSVRecord> byEpisode = rows.stream()
			.collect(Collectors.toMap(row -> row.get("Episode"), row -> row));
		for (Made each : setup.made()) {
			String reference = "E" + setup.data().prefix()
					+ each.spec().name().substring(0, Math.min(each.spec().name().length(), 8));
			CSVRecord row = byEpisode.get(reference);
			assertThat(row).as(reference).isNotNull();
			if (each.spec().reasonExpected() == null) {
				assertThat(row.get("Eligible")).as(reference).isEqualTo("yes");
				assertThat(row.get("Why not eligible")).as(reference).isEmpty();
			}
			else {
				assertThat(row.get("Eligible")).as(reference).isEqualTo("no");
				assertThat(row.get("Why not eligible")).as(reference).contains(each.spec().reasonExpected());
			}
		}
	}

	@Test
	void the_spreadsheet_has_a_sheet_per_part_of_the_report_with_real_dates() throws IOException {
		Setup setup = setup();
		int audited = this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION.eq(OPERATION));
		byte[] xlsx = download(setup.hub(), "supporting-families.xlsx", setup.query()).expectStatus()
			.isOk()
			.expectHeader()
			.contentType(SupportingFamiliesExportController.XLSX)
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"supporting-families-"
					+ setup.from() + "-to-" + setup.to() + ".xlsx\"")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION.eq(OPERATION))).as("one audit event")
			.isEqualTo(audited + 1);
		Map<String, Object> report = report(setup);

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			assertThat(workbook.getSheets().map(Sheet::getName))
				.containsExactly("Eligible families", "Not eligible", "Headlines", "Unmet need");

			List<Row> eligible = rows(workbook, "Eligible families");
			assertThat(texts(eligible.getFirst())).startsWith("Family", "Episode", "Closed on", "Closed as");
			assertFamilies(eligible, list(report, "eligible"), false);
			assertThat(eligible).hasSizeGreaterThanOrEqualTo(1 + 3);

			List<Row> notEligible = rows(workbook, "Not eligible");
			assertThat(texts(notEligible.getFirst())).startsWith("Family", "Episode", "Closed on", "Why not eligible");
			assertFamilies(notEligible, list(report, "notEligible"), true);

			List<Row> headlines = rows(workbook, "Headlines");
			assertThat(texts(headlines.getFirst())).containsExactly("Need area", "Families with need",
					"Families achieved");
			List<List<String>> expectedHeadlines = list(report, "headlines").stream()
				.map(each -> List.of(names(List.of(each.get("needArea"))), each.get("familiesWithNeed").toString(),
						each.get("familiesAchieved").toString()))
				.toList();
			assertThat(headlines.subList(1, headlines.size()).stream().map(ReportingExportTests::texts))
				.containsExactlyElementsOf(expectedHeadlines);

			List<Row> unmet = rows(workbook, "Unmet need");
			List<Map<String, Object>> perArea = list(report, "unmetNeed");
			List<Map<String, Object>> perFamily = list(report, "unmetNeedFamilies");
			assertThat(texts(unmet.getFirst())).containsExactly("Need area", "Families");
			assertThat(unmet.subList(1, 1 + perArea.size()).stream().map(ReportingExportTests::texts))
				.containsExactlyElementsOf(perArea.stream()
					.map(each -> List.of(names(List.of(each.get("needArea"))), each.get("families").toString()))
					.toList());
			int familyHeader = 1 + perArea.size();
			assertThat(texts(unmet.get(familyHeader))).containsExactly("Family", "Episode", "Episode status",
					"Need with no outcome");
			assertThat(unmet.subList(familyHeader + 1, unmet.size()).stream()
				.map(row -> List.of(row.getCellText(0), row.getCellText(1), row.getCellText(3))))
				.containsExactlyElementsOf(perFamily.stream()
					.map(each -> List.of((String) each.get("familyReference"), (String) each.get("episodeReference"),
							names(each.get("needAreas"))))
					.toList());
		}
		// A bold font for the header rows, and column widths on every sheet.
		Map<String, String> parts = parts(xlsx);
		assertThat(parts.get("xl/styles.xml")).contains("<font><b/>");
		assertThat(parts.entrySet().stream().filter(part -> part.getKey().startsWith("xl/worksheets/sheet")))
			.hasSize(4)
			.allSatisfy(sheet -> assertThat(sheet.getValue()).contains("<cols>"));
	}

	/** A sheet's rows, blank ones (the gap between the unmet need's two tables) left out. */
	private static List<Row> rows(ReadableWorkbook workbook, String sheet) throws IOException {
		return workbook.findSheet(sheet)
			.orElseThrow()
			.read()
			.stream()
			.filter(row -> row.stream().anyMatch(cell -> cell != null && cell.getType() != CellType.EMPTY))
			.toList();
	}

	private static List<String> texts(Row row) {
		return row.stream().map(cell -> (cell != null) ? cell.getText() : "").toList();
	}

	/** Each family row holds the report's family in its order, its dates real dates (numbers formatted as dates). */
	@SuppressWarnings("unchecked")
	private static void assertFamilies(List<Row> rows, List<Map<String, Object>> families, boolean withReasons) {
		assertThat(rows).hasSize(1 + families.size());
		List<String> header = texts(rows.getFirst());
		int closedOn = header.indexOf("Closed on");
		int sustainedOn = header.indexOf("Sustained on");
		int assessed = header.indexOf("Assessment completed on");
		int reasons = header.indexOf("Why not eligible");
		assertThat(reasons >= 0).isEqualTo(withReasons);
		for (int i = 0; i < families.size(); i++) {
			Row row = rows.get(i + 1);
			Map<String, Object> family = families.get(i);
			String episode = (String) family.get("episodeReference");
			assertThat(row.getCellText(0)).isEqualTo(family.get("familyReference"));
			assertThat(row.getCellText(1)).isEqualTo(episode);
			assertThat(row.getCell(closedOn).getType()).as(episode).isEqualTo(CellType.NUMBER);
			assertThat(row.getCell(closedOn).getDataFormatString()).as(episode)
				.isEqualTo(SupportingFamiliesSpreadsheet.DATE_FORMAT);
			assertThat(row.getCellAsDate(closedOn).orElseThrow().toLocalDate().toString()).as(episode)
				.isEqualTo(family.get("closedOn"));
			assertThat(row.getCellAsDate(sustainedOn).orElseThrow().toLocalDate().toString()).as(episode)
				.isEqualTo(family.get("sustainedOn"));
			assertThat(row.getCellAsDate(assessed).map(date -> date.toLocalDate().toString()).orElse(null))
				.as(episode)
				.isEqualTo(family.get("assessmentCompletedOn"));
			if (withReasons) {
				assertThat(row.getCellText(reasons)).as(episode)
					.isEqualTo(String.join("; ", (List<String>) family.get("reasons")));
			}
		}
	}

	/** The text parts of the .xlsx (a zip). */
	private static Map<String, String> parts(byte[] xlsx) throws IOException {
		// A file, not a stream: the parts are written streaming, their sizes after them (which ZipInputStream refuses).
		Path file = Files.createTempFile("supporting-families", ".xlsx");
		try {
			Files.write(file, xlsx);
			Map<String, String> parts = new HashMap<>();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					parts.put(entry.getName(),
							new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			return parts;
		}
		finally {
			Files.delete(file);
		}
	}

	@Test
	void only_the_early_help_team_gets_the_files() {
		String prefix = "rx-" + UUID.randomUUID().toString().substring(0, 6);
		Fixtures.Team team = this.fixtures.team(prefix, "ACTIVE");
		UUID agency = this.fixtures.newAgency("School " + prefix);
		this.fixtures.practitioner(prefix + "-manager", agency, null, "PRACTITIONER", "MANAGER");
		this.fixtures.partnerClient(prefix + "-school", "export-secret", agency, "plans:read actions:write");
		LocalDate today = today();
		String query = "?from=" + today.minusMonths(12) + "&to=" + today;
		int audited = this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION.eq(OPERATION));
		for (String who : List.of(prefix + "-manager", team.user("lead"), team.user("parent"))) {
			Session session = signIn(who, DEMO_PASSWORD);
			for (String file : List.of("supporting-families.csv", "supporting-families.xlsx")) {
				download(session, file, query).expectStatus()
					.isForbidden()
					.expectBody(String.class)
					.value(body -> assertThat(body).as(who + " " + file)
						.startsWith("You may not do this")
						.doesNotContain("Family")
						.doesNotContain("PK"));
			}
		}
		// A partner system's token counts for /graphql only (SecurityConfiguration): here it is nobody signed in.
		String token = partnerToken(prefix + "-school", "export-secret");
		for (String file : List.of("supporting-families.csv", "supporting-families.xlsx")) {
			web().get()
				.uri("/exports/" + file + query)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.UNAUTHORIZED)
				.expectBody()
				.consumeWith(body -> assertThat(body.getResponseBody()).isNullOrEmpty());
		}
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION.eq(OPERATION))).as("nothing read")
			.isEqualTo(audited);
	}

	@Test
	void a_bad_or_missing_date_or_too_long_a_period_is_a_plain_bad_request() {
		String prefix = "rb-" + UUID.randomUUID().toString().substring(0, 6);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		this.fixtures.practitioner(prefix + "-hub", agency, null, "EARLY_HELP_TEAM");
		Session hub = signIn(prefix + "-hub", DEMO_PASSWORD);
		Map<String, String> refusals = Map.of("?from=2026-04-31&to=2027-03-31", "'from' is not a date",
				"?from=2026-04-01&to=31/03/2027", "'to' is not a date", "?to=2027-03-31", "Give 'from' as a date",
				"?from=2026-04-01", "Give 'to' as a date", "?from=2027-04-01&to=2026-03-31",
				"The period ends before it starts", "?from=2024-04-01&to=2026-04-02", "at most two years");
		refusals.forEach((query, message) -> {
			for (String file : List.of("supporting-families.csv", "supporting-families.xlsx")) {
				download(hub, file, query).expectStatus()
					.isBadRequest()
					.expectHeader()
					.contentTypeCompatibleWith("text/plain")
					.expectBody(String.class)
					.value(body -> assertThat(body).as(query).contains(message).doesNotContain("Exception"));
			}
		});
	}

}

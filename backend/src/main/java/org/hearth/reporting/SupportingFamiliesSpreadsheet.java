package org.hearth.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hearth.policy.NeedArea;
import org.hearth.reporting.SupportingFamiliesReport.ClosedFamily;
import org.hearth.reporting.SupportingFamiliesReport.FamilyUnmetNeed;
import org.hearth.reporting.SupportingFamiliesReport.HeadlineCount;
import org.hearth.reporting.SupportingFamiliesReport.UnmetNeedCount;
import org.jspecify.annotations.Nullable;

/**
 * The Supporting Families report written as files, as {@link ReportingService} made it (no rule here): a CSV with one
 * row per family whose episode closed in the period, eligible or not, and a spreadsheet (.xlsx, by fastexcel) with
 * the eligible families and their evidence, those not eligible and why, the headline counts and the unmet need.
 */
final class SupportingFamiliesSpreadsheet {

	/** How dates show in the spreadsheet (they are real dates: Excel sorts and filters them as such). */
	static final String DATE_FORMAT = "d mmm yyyy";

	/** A column of a family's row: its header, its width in the spreadsheet and its value (a String or a LocalDate). */
	private record Column(String header, double width, Function<ClosedFamily, @Nullable Object> value) {
	}

	/** The evidence for a claim, in the order both files give it. */
	private static final List<Column> EVIDENCE = List.of(
			new Column("Family", 14, ClosedFamily::familyReference),
			new Column("Episode", 14, ClosedFamily::episodeReference),
			new Column("Closed on", 13, ClosedFamily::closedOn),
			new Column("Closed as", 18, family -> words(family.closureReason().name())),
			new Column("Headlines with needs", 11, family -> family.headlines().size()),
			new Column("Needs found at assessment", 45,
					family -> family.headlines().stream().map(NeedArea::name).collect(Collectors.joining("; "))),
			new Column("Lead practitioner", 22, ClosedFamily::lead),
			new Column("Assessment completed on", 13, ClosedFamily::assessmentCompletedOn),
			new Column("Outcomes at closure", 60, SupportingFamiliesSpreadsheet::outcomes),
			new Column("Sustained on", 13, ClosedFamily::sustainedOn),
			new Column("New episode opened on", 13, ClosedFamily::newEpisodeOpenedOn));

	private static final Column REASONS = new Column("Why not eligible", 60,
			family -> String.join("; ", family.reasons()));

	private SupportingFamiliesSpreadsheet() {
	}

	/** The file name for a period, e.g. {@code supporting-families-2026-04-01-to-2027-03-31.xlsx}. */
	static String fileName(LocalDate from, LocalDate to, String extension) {
		return "supporting-families-%s-to-%s.%s".formatted(from, to, extension);
	}

	/**
	 * One row per family whose episode closed in the period, the eligible first: whether eligible, the evidence, and
	 * the reasons it is not (joined with "; "). Dates as ISO dates (2026-04-01).
	 */
	static String csv(SupportingFamiliesReport report) {
		StringWriter csv = new StringWriter();
		String[] header = new String[EVIDENCE.size() + 2];
		header[0] = "Eligible";
		for (int i = 0; i < EVIDENCE.size(); i++) {
			header[i + 1] = EVIDENCE.get(i).header();
		}
		header[header.length - 1] = REASONS.header();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader(header).get())) {
			for (ClosedFamily family : families(report)) {
				Object[] row = new Object[header.length];
				row[0] = family.eligible() ? "yes" : "no";
				for (int i = 0; i < EVIDENCE.size(); i++) {
					row[i + 1] = csvCell(EVIDENCE.get(i).value().apply(family));
				}
				row[row.length - 1] = csvCell(REASONS.value().apply(family));
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString();
	}

	/**
	 * The spreadsheet: "Eligible families" (with the evidence), "Not eligible" (with the reasons), "Headlines" (need
	 * area, families with need, families achieved) and "Unmet need" (per need area, then per family). Each table has a
	 * bold header row, frozen; dates are real dates.
	 */
	static byte[] xlsx(SupportingFamiliesReport report) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(bytes, "Hearth", "1.0")) {
			List<Column> notEligible = new java.util.ArrayList<>(EVIDENCE);
			notEligible.add(3, REASONS);
			families(workbook.newWorksheet("Eligible families"), EVIDENCE, report.eligible());
			families(workbook.newWorksheet("Not eligible"), notEligible, report.notEligible());
			headlines(workbook.newWorksheet("Headlines"), report.headlines());
			unmetNeed(workbook.newWorksheet("Unmet need"), report.unmetNeed(), report.unmetNeedFamilies());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static List<ClosedFamily> families(SupportingFamiliesReport report) {
		return java.util.stream.Stream.concat(report.eligible().stream(), report.notEligible().stream()).toList();
	}

	private static void families(Worksheet sheet, List<Column> columns, List<ClosedFamily> families) {
		for (int c = 0; c < columns.size(); c++) {
			header(sheet, 0, c, columns.get(c).header());
			sheet.width(c, columns.get(c).width());
		}
		int row = 1;
		for (ClosedFamily family : families) {
			for (int c = 0; c < columns.size(); c++) {
				cell(sheet, row, c, columns.get(c).value().apply(family));
			}
			row++;
		}
		sheet.freezePane(0, 1);
	}

	private static void headlines(Worksheet sheet, List<HeadlineCount> headlines) {
		header(sheet, 0, 0, "Need area");
		header(sheet, 0, 1, "Families with need");
		header(sheet, 0, 2, "Families achieved");
		sheet.width(0, 40);
		sheet.width(1, 20);
		sheet.width(2, 20);
		int row = 1;
		for (HeadlineCount headline : headlines) {
			sheet.value(row, 0, headline.needArea().name());
			sheet.value(row, 1, headline.familiesWithNeed());
			sheet.value(row, 2, headline.familiesAchieved());
			row++;
		}
		sheet.freezePane(0, 1);
	}

	/** Per need area (need area, families), a blank row, then per family (family, episode, status, need areas). */
	private static void unmetNeed(Worksheet sheet, List<UnmetNeedCount> perArea, List<FamilyUnmetNeed> perFamily) {
		sheet.width(0, 40);
		sheet.width(1, 14);
		sheet.width(2, 14);
		sheet.width(3, 60);
		header(sheet, 0, 0, "Need area");
		header(sheet, 0, 1, "Families");
		int row = 1;
		for (UnmetNeedCount count : perArea) {
			sheet.value(row, 0, count.needArea().name());
			sheet.value(row, 1, count.families());
			row++;
		}
		row++;
		header(sheet, row, 0, "Family");
		header(sheet, row, 1, "Episode");
		header(sheet, row, 2, "Episode status");
		header(sheet, row, 3, "Need with no outcome");
		row++;
		for (FamilyUnmetNeed family : perFamily) {
			sheet.value(row, 0, family.familyReference());
			sheet.value(row, 1, family.episodeReference());
			sheet.value(row, 2, words(family.episodeStatus().name()));
			sheet.value(row, 3, family.needAreas().stream().map(NeedArea::name).collect(Collectors.joining("; ")));
			row++;
		}
		sheet.freezePane(0, 1);
	}

	private static void header(Worksheet sheet, int row, int column, String text) {
		sheet.value(row, column, text);
		sheet.style(row, column).bold().set();
	}

	private static void cell(Worksheet sheet, int row, int column, @Nullable Object value) {
		switch (value) {
			case null -> {
			}
			case LocalDate date -> {
				sheet.value(row, column, date);
				sheet.style(row, column).format(DATE_FORMAT).set();
			}
			case Number number -> sheet.value(row, column, number);
			default -> sheet.value(row, column, value.toString());
		}
	}

	/**
	 * A CSV cell a spreadsheet will not run: text someone typed (an outcome, a name) that starts like a formula is
	 * kept as text with a leading apostrophe. Dates are ISO dates.
	 */
	private static @Nullable Object csvCell(@Nullable Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

	private static String outcomes(ClosedFamily family) {
		return family.outcomes()
			.stream()
			.map(outcome -> "%s: %s (%s)".formatted(outcome.needArea().name(), outcome.description(),
					words(outcome.status().name())))
			.collect(Collectors.joining("; "));
	}

	/** An enum's name in words: NEEDS_MET is "needs met". */
	private static String words(String name) {
		return name.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}

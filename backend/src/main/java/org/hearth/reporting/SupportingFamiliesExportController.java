package org.hearth.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.hearth.access.CurrentCaller;
import org.hearth.graphql.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Supporting Families report as files for the reporting screen's download links: {@code
 * /exports/supporting-families.csv?from=2026-04-01&to=2027-03-31} and the same {@code .xlsx}. Through the same
 * service as GraphQL and the screen (Early Help team only, audited once per file); the files are written by
 * {@link SupportingFamiliesSpreadsheet}.
 */
@RestController
class SupportingFamiliesExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportingService reporting;

	private final CurrentCaller caller;

	SupportingFamiliesExportController(ReportingService reporting, CurrentCaller caller) {
		this.reporting = reporting;
		this.caller = caller;
	}

	@GetMapping("/exports/supporting-families.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		SupportingFamiliesReport report = this.reporting.supportingFamilies(this.caller.ofSpa(), start, end);
		return file(SupportingFamiliesSpreadsheet.csv(report).getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8),
				SupportingFamiliesSpreadsheet.fileName(start, end, "csv"));
	}

	@GetMapping("/exports/supporting-families.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		SupportingFamiliesReport report = this.reporting.supportingFamilies(this.caller.ofSpa(), start, end);
		return file(SupportingFamiliesSpreadsheet.xlsx(report), XLSX,
				SupportingFamiliesSpreadsheet.fileName(start, end, "xlsx"));
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	/** A day given as an ISO date (2026-04-01); missing or not a date is the caller's mistake. */
	private static LocalDate date(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidArgumentException("Give '%s' as a date, e.g. %s=2026-04-01.".formatted(name, name));
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException(
					"'%s' is not a date: give it as year-month-day, e.g. %s=2026-04-01.".formatted(name, name));
		}
	}

	/** Refused as the rest of the app refuses: 403 with the reason, nothing of the report. */
	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<String> refused(AccessDeniedException ex) {
		return plain(HttpStatus.FORBIDDEN, "You may not do this: " + ex.getMessage());
	}

	/** A missing or malformed date, or a period backwards or over two years: 400 with a plain message. */
	@ExceptionHandler(InvalidArgumentException.class)
	ResponseEntity<String> badPeriod(InvalidArgumentException ex) {
		return plain(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	private static ResponseEntity<String> plain(HttpStatus status, @Nullable String message) {
		return ResponseEntity.status(status)
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(message);
	}

}

package org.hearth.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hearth.access.Channel;
import org.hearth.access.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail as a CSV file, for the disclosure view's "Export as CSV": the same filters and rule as
 * {@code auditTrail} (managers and the Early Help team, for a family they may see), audited as "exported the audit
 * trail". Written by Apache Commons CSV (RFC 4180 quoting), one row per event under a header row.
 */
@RestController
class AuditExportController {

	static final String[] HEADER = { "When (UTC)", "Who", "Kind of caller", "Channel", "Read or write", "What",
			"Episode", "Changes" };

	private final AuditService audit;

	private final CurrentCaller caller;

	AuditExportController(AuditService audit, CurrentCaller caller) {
		this.audit = audit;
		this.caller = caller;
	}

	@GetMapping(path = "/exports/audit/{familyId}.csv", produces = "text/csv")
	ResponseEntity<String> export(@PathVariable UUID familyId, @RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(required = false) @Nullable String actorKind,
			@RequestParam(required = false) AuditFilter.@Nullable Access access,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		List<AuditEvent> events = this.audit.export(this.caller.ofSpa(), familyId,
				new AuditFilter(channel, actorKind, access, from, to));
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			for (AuditEvent event : events) {
				printer.printRecord(event.occurredAt(), cell(event.actorName()), event.actorKind(), event.channel(),
						event.isWrite() ? "write" : "read", cell(event.operation()), cell(event.episodeReference()),
						cell(event.changes()
							.stream()
							.map(change -> "%s: %s -> %s".formatted(change.field(), text(change.before()),
									text(change.after())))
							.collect(Collectors.joining("; "))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("audit-" + familyId + ".csv").build().toString())
			.body(csv.toString());
	}

	/** Refused as the rest of the app refuses: 403 with the reason, no file. */
	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<String> refused(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(MediaType.TEXT_PLAIN)
			.body("You may not do this: " + ex.getMessage());
	}

	/**
	 * A cell a spreadsheet will not run: text someone typed (a changed field's value) that starts like a formula is
	 * kept as text with a leading apostrophe.
	 */
	private static @Nullable String cell(@Nullable String value) {
		return (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "(empty)";
	}

}

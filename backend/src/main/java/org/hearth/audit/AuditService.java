package org.hearth.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.graphql.CountedWindow;
import org.hearth.graphql.PageRequests;
import org.hearth.graphql.UserError;
import org.hearth.graphql.UserErrorException;
import org.hearth.system.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Records who read or changed which family's data. Services call it; nothing else writes the trail. */
@Service
public class AuditService {

	private final AuditRepository repository;

	private final AccessService access;

	private final Clock clock;

	AuditService(AuditRepository repository, AccessService access, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * A family's trail, newest first, for a manager or the Early Help team who may see the family. Reading the trail
	 * is itself audited.
	 */
	public CountedWindow<AuditEvent> trail(Caller caller, UUID familyId, @Nullable Integer first,
			@Nullable ScrollPosition after, boolean countTotal) {
		return trail(caller, familyId, AuditFilter.NONE, first, after, countTotal);
	}

	/**
	 * The events of a family's trail the filter matches (applied in SQL), newest first, for a manager or the Early
	 * Help team who may see the family. Reading the trail is itself audited.
	 */
	public CountedWindow<AuditEvent> trail(Caller caller, UUID familyId, @Nullable AuditFilter filter,
			@Nullable Integer first, @Nullable ScrollPosition after, boolean countTotal) {
		checkMayReadTrail(caller, familyId);
		AuditFilter criteria = upToNow(filter);
		int limit = PageRequests.checkFirst(first);
		Map<String, Object> keys = PageRequests.keysAfter(after);
		AuditRepository.Position start = (keys != null) ? AuditRepository.Position.from(keys) : null;
		// Counted before this read is itself recorded; only when the query asks (a query of its own).
		Integer total = countTotal ? this.repository.count(familyId, criteria, this.clock.getZone()) : null;
		List<AuditEvent> rows = this.repository.trail(familyId, criteria, this.clock.getZone(), start, limit + 1);
		Window<AuditEvent> page = PageRequests.window(rows, limit,
				event -> new AuditRepository.Position(event.occurredAt(), event.id()).keys());
		record(caller, "read audit trail", familyId, null);
		return new CountedWindow<>(page, total);
	}

	/**
	 * Every event of a family's trail the filter matches, newest first, to export (the same rule as reading it);
	 * audited as "exported the audit trail".
	 */
	public List<AuditEvent> export(Caller caller, UUID familyId, @Nullable AuditFilter filter) {
		checkMayReadTrail(caller, familyId);
		List<AuditEvent> events = this.repository.trail(familyId, upToNow(filter), this.clock.getZone(), null, null);
		record(caller, "exported the audit trail", familyId, null);
		return events;
	}

	/**
	 * A family's whole trail, newest first, with no check or audit of its own: for a service that has already
	 * decided the caller may have it and records its own event (a subject access record carries the trail).
	 */
	public List<AuditEvent> wholeTrail(UUID familyId) {
		return this.repository.trail(familyId, AuditFilter.NONE, this.clock.getZone(), null, null);
	}

	/**
	 * The filter with its days brought back to today: nothing has happened later, and a bound far in the future
	 * (in the year 3000, say) compares wrongly in the database (an end there matched nothing). An end on or after
	 * today is dropped; a start after today becomes tomorrow, which no event has reached.
	 */
	private AuditFilter upToNow(@Nullable AuditFilter filter) {
		if (filter == null) {
			return AuditFilter.NONE;
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = (filter.from() != null && filter.from().isAfter(today)) ? today.plusDays(1) : filter.from();
		LocalDate to = (filter.to() != null && !filter.to().isBefore(today)) ? null : filter.to();
		return new AuditFilter(filter.channel(), filter.actorKind(), filter.access(), from, to);
	}

	private void checkMayReadTrail(Caller caller, UUID familyId) {
		if (!this.access.mayReadAuditTrail(caller)
				|| !this.repository.familyVisible(familyId, this.access.visibilityOf(caller))) {
			throw new AccessDeniedException("Only managers and the Early Help team may read a family's audit trail");
		}
	}

	/** A family's data in one or more episodes was read or written. */
	public record Subject(@Nullable UUID familyId, @Nullable UUID episodeId) {
	}

	public void record(Caller caller, String operation, Collection<Subject> subjects) {
		List<AuditEvent> events = subjects.stream()
			.map(subject -> new AuditEvent(Ids.newId(), this.clock.instant(), actorKind(caller), actorId(caller),
					caller.displayName(), caller.channel(), operation, subject.familyId(), subject.episodeId(), null,
					null, List.of(), null))
			.toList();
		this.repository.append(events);
	}

	/** One access with a detail in words (e.g. whom a subject access record was produced for). */
	public void record(Caller caller, String operation, @Nullable UUID familyId, @Nullable UUID episodeId,
			String detail) {
		this.repository.append(List.of(new AuditEvent(Ids.newId(), this.clock.instant(), actorKind(caller),
				actorId(caller), caller.displayName(), caller.channel(), operation, familyId, episodeId, detail, null,
				List.of(), null)));
	}

	public void record(Caller caller, String operation, @Nullable UUID familyId, @Nullable UUID episodeId) {
		record(caller, operation, List.of(new Subject(familyId, episodeId)));
	}

	/** The record a write changed, the version it made, and the fields it changed. */
	public record Written(String type, UUID id, int version, List<AuditEvent.FieldChange> changes) {
	}

	/**
	 * A write, in the write's own transaction: who, through which channel, what, of which family and episode, and
	 * each changed field before and after.
	 */
	public void recordWrite(Caller caller, String operation, UUID familyId, @Nullable UUID episodeId, Written written) {
		recordWrites(caller, operation, familyId, episodeId, List.of(written));
	}

	/**
	 * One step that changed several records (closing an episode cancels its open actions): an event per record, in
	 * one statement, so the step costs the same however many records it touched.
	 */
	public void recordWrites(Caller caller, String operation, UUID familyId, @Nullable UUID episodeId,
			List<Written> writes) {
		Instant now = this.clock.instant();
		this.repository.appendWrites(writes.stream()
			.map(written -> new AuditRepository.WriteEvent(new AuditEvent(Ids.newId(), now, actorKind(caller),
					actorId(caller), caller.displayName(), caller.channel(), operation, familyId, episodeId, null, null,
					written.changes(), written.type()), written.type(), written.id(), written.version()))
			.toList());
	}

	/** A field someone changed on a record after a given version of it: the latest such change of each field. */
	public record LaterChange(String field, @Nullable String value, String changedBy, Instant changedAt) {
	}

	/** Changes written to a record after the given version, latest per field: how conflicts are found. */
	public List<LaterChange> changesSince(UUID recordId, int version) {
		return this.repository.changesSince(recordId, version);
	}

	/**
	 * Refuses a write made from an old version of a record when someone has changed, since that version, a field the
	 * write changes: one CONFLICT per such field, carrying the other person's value, who and when. Fields the write
	 * leaves alone may have moved on; a version Hearth never gave out is STALE_VERSION.
	 * @param noun the record in words, e.g. "action"
	 * @param changing the fields the write changes, with their new values
	 */
	public void refuseConflicts(String noun, UUID recordId, int currentVersion, int version,
			Map<String, String> changing) {
		if (version > currentVersion) {
			throw UserErrorException.of("version", "STALE_VERSION",
					"This is not a version of the %s Hearth has given out. Read the %s again.".formatted(noun, noun));
		}
		if (version == currentVersion || changing.isEmpty()) {
			return;
		}
		List<UserError> conflicts = changesSince(recordId, version).stream()
			.filter(change -> changing.containsKey(change.field()))
			// Someone else already made the same change: nothing to choose between.
			.filter(change -> !Objects.equals(change.value(), changing.get(change.field())))
			.map(change -> new UserError(List.of("input", change.field()), "CONFLICT",
					"%s changed this %s's %s to %s since you read it.".formatted(change.changedBy(), noun,
							change.field(), change.value()),
					new UserError.Conflict(change.value(), change.changedBy(), change.changedAt())))
			.toList();
		if (!conflicts.isEmpty()) {
			throw new UserErrorException(conflicts);
		}
	}

	/**
	 * When a family is anonymised, its trail keeps no more than the records did: every value its writes changed
	 * (before and after) is blanked, while who, when, which operation, which record and which fields stay. In the
	 * anonymisation's own transaction, after the family is marked anonymised (the database refuses it before).
	 * @return how many events held a value and were redacted
	 */
	public int redactAnonymisedFamily(UUID familyId) {
		return this.repository.redactChanges(familyId);
	}

	private static String actorKind(Caller caller) {
		return switch (caller) {
			case Caller.PractitionerCaller practitioner -> "PRACTITIONER";
			case Caller.FamilyMemberCaller member -> "FAMILY_MEMBER";
			case Caller.PartnerCaller partner -> "PARTNER";
			case Caller.SystemCaller system -> "SYSTEM";
		};
	}

	private static @Nullable UUID actorId(Caller caller) {
		return switch (caller) {
			case Caller.PractitionerCaller practitioner -> practitioner.practitionerId();
			case Caller.FamilyMemberCaller member -> member.personId();
			case Caller.PartnerCaller partner -> null;
			case Caller.SystemCaller system -> null;
		};
	}

}

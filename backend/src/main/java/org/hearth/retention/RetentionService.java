package org.hearth.retention;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.access.Permissions;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.graphql.CountedWindow;
import org.hearth.graphql.PageRequests;
import org.hearth.graphql.UserErrorException;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a family's records no longer than the retention policy says: {@link #run} anonymises every family whose last
 * episode closed more than the policy's years ago, unless an episode is open again or the Early Help team put the
 * family under a legal hold ({@link #setLegalHold}, {@link #releaseLegalHold}). Only the Early Help team reads the
 * policy and the runs, and sets or releases holds.
 */
@Service
public class RetentionService {

	private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

	/** The width of the hold's reason column. */
	private static final int MAX_REASON = 1000;

	private final RetentionRepository repository;

	private final Permissions permissions;

	private final AccessService access;

	private final ClientRequests requests;

	private final AuditService audit;

	private final TransactionTemplate transactions;

	private final RetentionProperties properties;

	private final Clock clock;

	RetentionService(RetentionRepository repository, Permissions permissions, AccessService access,
			ClientRequests requests, AuditService audit, PlatformTransactionManager transactionManager,
			RetentionProperties properties, Clock clock) {
		this.repository = repository;
		this.permissions = permissions;
		this.access = access;
		this.requests = requests;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Anonymises every family past retention, each in its own transaction: the family is locked and where it stands
	 * read again inside it, so two runs at once (two instances, or a hold set meanwhile) anonymise each family once
	 * and never one held or with an episode open. The values its earlier audited writes kept are blanked too; each
	 * family's anonymisation is audited as a SYSTEM write (with how many events it redacted); the run is
	 * recorded with its counts.
	 */
	public RetentionRun run() {
		Instant startedAt = this.clock.instant();
		int years = this.repository.retentionYears();
		LocalDate cutOff = cutOff(years);
		int anonymised = 0;
		int skippedOpen = 0;
		int skippedHold = 0;
		int skippedChanged = 0;
		int failed = 0;
		for (RetentionRepository.PastRetention family : this.repository.pastRetention(cutOff)) {
			switch (family.standing()) {
				case OPEN_EPISODE -> skippedOpen++;
				case LEGAL_HOLD -> skippedHold++;
				case DUE -> {
					try {
						if (Boolean.TRUE.equals(this.transactions.execute(status -> anonymiseIfDue(family.familyId(), cutOff)))) {
							anonymised++;
						}
						else {
							skippedChanged++;
						}
					}
					catch (RuntimeException ex) {
						log.error("Could not anonymise family {} under the retention policy; the next run tries again",
								family.familyId(), ex);
						failed++;
					}
				}
			}
		}
		RetentionRun run = new RetentionRun(Ids.newId(), startedAt, this.clock.instant(), cutOff, years, anonymised,
				skippedOpen, skippedHold, skippedChanged, failed, instance());
		this.repository.insertRun(run);
		log.info("Retention run: {} families anonymised (last closed before {}), {} kept with an episode open, {} under "
				+ "a legal hold, {} changed since listed, {} failed", anonymised, cutOff, skippedOpen, skippedHold,
				skippedChanged, failed);
		return run;
	}

	/** In the family's own transaction: locks it, reads again where it stands, and anonymises it if still due. */
	private boolean anonymiseIfDue(UUID familyId, LocalDate cutOff) {
		Optional<RetentionRepository.Standing> standing = this.repository.lockAndCheck(familyId, cutOff);
		if (standing.orElse(null) != RetentionRepository.Standing.DUE) {
			return false;
		}
		Instant now = this.clock.instant();
		RetentionRepository.Anonymised done = this.repository.anonymise(familyId, now);
		int redacted = this.audit.redactAnonymisedFamily(familyId);
		this.audit.recordWrite(new Caller.SystemCaller(), "anonymised under the retention policy", familyId, null,
				new AuditService.Written("Family", familyId, done.version(),
						List.of(new AuditEvent.FieldChange("anonymisedAt", null, now.toString()),
								new AuditEvent.FieldChange("people", null, Integer.toString(done.people())),
								new AuditEvent.FieldChange("episodes", null, Integer.toString(done.episodes())),
								new AuditEvent.FieldChange("auditEventsRedacted", null, Integer.toString(redacted)))));
		return true;
	}

	private LocalDate cutOff(int years) {
		return LocalDate.now(this.clock).minusYears(years);
	}

	private static String instance() {
		return ManagementFactory.getRuntimeMXBean().getName();
	}

	/** The policy as it stands today, for the Early Help team. */
	public RetentionPolicy policy(Caller caller) {
		earlyHelpTeamOnly(caller, "read the retention policy");
		int years = this.repository.retentionYears();
		return new RetentionPolicy(years, cutOff(years), this.properties.enabled(), this.properties.cron());
	}

	/** The job's runs, newest first, for the Early Help team. */
	public CountedWindow<RetentionRun> runs(Caller caller, @Nullable Integer first, @Nullable ScrollPosition after,
			boolean countTotal) {
		earlyHelpTeamOnly(caller, "read the retention runs");
		int limit = PageRequests.checkFirst(first);
		Map<String, Object> keys = PageRequests.keysAfter(after);
		RetentionRepository.Position start = (keys != null) ? RetentionRepository.Position.from(keys) : null;
		Integer total = countTotal ? this.repository.countRuns() : null;
		List<RetentionRun> rows = this.repository.runs(start, limit + 1);
		Window<RetentionRun> page = PageRequests.window(rows, limit,
				run -> new RetentionRepository.Position(run.startedAt(), run.id()).keys());
		return new CountedWindow<>(page, total);
	}

	private void earlyHelpTeamOnly(Caller caller, String what) {
		if (!this.access.isEarlyHelpTeam(caller)) {
			throw new AccessDeniedException("Only the Early Help team may " + what + ".");
		}
	}

	/**
	 * Puts a family under a legal hold: the Early Help team only, with a reason; never anonymised while held. Audited
	 * with the reason; sent again with the same request id, it answers as the first time.
	 */
	@Transactional
	public LegalHoldState setLegalHold(Caller caller, SetLegalHoldInput input) {
		UUID setBy = this.permissions.lockFamilyForEarlyHelpTeam(caller, input.familyId(), "put a family under a legal hold");
		if (this.requests.replayOf(caller, "setLegalHold", input.requestId(), input).isPresent()) {
			return current(input.familyId());
		}
		String reason = reason(input.reason(), "Say why the family's records must be kept (the claim, inquiry or request).");
		RetentionRepository.LockedFamily family = this.repository.lockFamily(input.familyId())
			.orElseThrow(() -> new AccessDeniedException("No family you may see has this id."));
		if (family.hold() != null) {
			throw UserErrorException.of("familyId", "ALREADY_HELD",
					"This family is already under a legal hold: release it first to change the reason.");
		}
		if (family.anonymised()) {
			throw UserErrorException.of("familyId", "ANONYMISED",
					"This family's records were anonymised already: there is nothing left to hold.");
		}
		LegalHold hold = new LegalHold(input.familyId(), reason, setBy, this.clock.instant());
		int version = this.repository.setHold(input.familyId(), hold);
		this.audit.recordWrite(caller, "set a legal hold", input.familyId(), null, new AuditService.Written("Family",
				input.familyId(), version, List.of(new AuditEvent.FieldChange("legalHoldReason", null, reason))));
		this.requests.answered(caller, "setLegalHold", input.requestId(), input, input.familyId());
		return new LegalHoldState(input.familyId(), hold);
	}

	/**
	 * Releases a family's legal hold: the Early Help team only, with a reason (kept in the audit trail). From then on
	 * the family is anonymised when due. Sent again with the same request id, it answers as the first time.
	 */
	@Transactional
	public LegalHoldState releaseLegalHold(Caller caller, ReleaseLegalHoldInput input) {
		this.permissions.lockFamilyForEarlyHelpTeam(caller, input.familyId(), "release a legal hold");
		if (this.requests.replayOf(caller, "releaseLegalHold", input.requestId(), input).isPresent()) {
			return current(input.familyId());
		}
		String reason = reason(input.reason(), "Say why the family's records need not be kept any more.");
		RetentionRepository.LockedFamily family = this.repository.lockFamily(input.familyId())
			.orElseThrow(() -> new AccessDeniedException("No family you may see has this id."));
		LegalHold hold = family.hold();
		if (hold == null) {
			throw UserErrorException.of("familyId", "NOT_HELD", "This family is not under a legal hold.");
		}
		int version = this.repository.setHold(input.familyId(), null);
		this.audit.recordWrite(caller, "released a legal hold", input.familyId(), null,
				new AuditService.Written("Family", input.familyId(), version,
						List.of(new AuditEvent.FieldChange("legalHoldReason", hold.reason(), null),
								new AuditEvent.FieldChange("legalHoldReleaseReason", null, reason))));
		this.requests.answered(caller, "releaseLegalHold", input.requestId(), input, input.familyId());
		return new LegalHoldState(input.familyId(), null);
	}

	private LegalHoldState current(UUID familyId) {
		return new LegalHoldState(familyId, this.repository.holds(List.of(familyId)).stream().findFirst().orElse(null));
	}

	private static String reason(@Nullable String typed, String whenMissing) {
		String reason = (typed != null) ? typed.strip() : "";
		if (reason.isEmpty()) {
			throw UserErrorException.of("reason", "REQUIRED", whenMissing);
		}
		if (reason.length() > MAX_REASON) {
			throw UserErrorException.of("reason", "TOO_LONG", "Keep the reason to %d characters.".formatted(MAX_REASON));
		}
		return reason;
	}

	/**
	 * Every family under a legal hold, most recently held first, with who set it: for the Early Help team only. The
	 * list names families, so reading it is audited for each.
	 */
	public List<HeldFamily> heldFamilies(Caller caller) {
		earlyHelpTeamOnly(caller, "see which families are under a legal hold");
		List<HeldFamily> held = this.repository.heldFamilies(null);
		if (!held.isEmpty()) {
			this.audit.record(caller, "read legal holds",
					held.stream().map(family -> new AuditService.Subject(family.familyId(), null)).toList());
		}
		return held;
	}

	/** The family's legal hold with who set it, if it has one: for the Early Help team only. Audited as a read. */
	public Optional<HeldFamily> heldFamily(Caller caller, UUID familyId) {
		earlyHelpTeamOnly(caller, "see a family's legal hold");
		Optional<HeldFamily> held = this.repository.heldFamilies(familyId).stream().findFirst();
		held.ifPresent(family -> this.audit.record(caller, "read legal hold", familyId, null));
		return held;
	}

	/** The families' legal holds, for the Early Help team; none for anyone else. */
	public List<LegalHold> holds(Caller caller, Collection<UUID> familyIds) {
		return (this.access.isEarlyHelpTeam(caller) && !familyIds.isEmpty()) ? this.repository.holds(familyIds)
				: List.of();
	}

}

package org.hearth.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.system.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records who read or changed which family's data. Services call it; nothing else writes the trail. */
@Service
public class AuditService {

	private final AuditRepository repository;

	private final Clock clock;

	AuditService(AuditRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** A family's data in one or more episodes was read or written. */
	public record Subject(@Nullable UUID familyId, @Nullable UUID episodeId) {
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Caller caller, String operation, Collection<Subject> subjects) {
		List<AuditEvent> events = subjects.stream()
			.map(subject -> new AuditEvent(Ids.newId(), this.clock.instant(), actorKind(caller), actorId(caller),
					caller.displayName(), caller.channel(), operation, subject.familyId(), subject.episodeId(), null))
			.toList();
		this.repository.append(events);
	}

	public void record(Caller caller, String operation, @Nullable UUID familyId, @Nullable UUID episodeId) {
		record(caller, operation, List.of(new Subject(familyId, episodeId)));
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

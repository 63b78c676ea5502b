package org.hearth.comment;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.access.FamilyMemberKind;
import org.hearth.access.Permissions;
import org.hearth.access.Step;
import org.hearth.access.Visibility;
import org.hearth.access.WriteAccess;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.family.FamilyService;
import org.hearth.graphql.UserErrorException;
import org.hearth.notification.NotificationService;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The family's comments on their plan: read with the episode, and added by the family or for them. */
@Service
public class CommentService {

	/** Longer than anyone says in one go; longer text is more likely pasted by mistake. */
	static final int MAX_LENGTH = 4000;

	private final CommentRepository repository;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	private final NotificationService notifications;

	private final FamilyService families;

	private final Clock clock;

	private final AccessService access;

	CommentService(CommentRepository repository, Permissions permissions, ClientRequests requests, AuditService audit,
			NotificationService notifications, FamilyService families, Clock clock, AccessService access) {
		this.access = access;
		this.repository = repository;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
		this.notifications = notifications;
		this.families = families;
		this.clock = clock;
	}

	/**
	 * Adds a comment to the family's plan: a family member's own, or one a practitioner on the lead's side or the team
	 * writes down for the family member who said it (marked as recorded for them). The lead is told, unless they wrote
	 * it. The comment's id, when the client chose one, makes sending it again safe.
	 * @return the episode commented on
	 */
	@Transactional
	public UUID add(Caller caller, AddFamilyCommentInput input) {
		if (this.requests.replayOf(caller, "addFamilyComment", input.id(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.ADD_FAMILY_COMMENT, null);
		String text = input.text().strip();
		if (text.isEmpty()) {
			throw UserErrorException.of("text", "REQUIRED", "Write the comment.");
		}
		if (text.length() > MAX_LENGTH) {
			throw UserErrorException.of("text", "TOO_LONG",
					"A comment can be at most %d characters; this one has %d.".formatted(MAX_LENGTH, text.length()));
		}
		UUID author = author(caller, input, episode);
		UUID recordedBy = (caller instanceof Caller.PractitionerCaller practitioner) ? practitioner.practitionerId() : null;
		UUID id = (input.id() != null) ? input.id() : Ids.newId();
		try {
			this.repository.insert(new FamilyComment(id, episode.episodeId(), author, this.clock.instant(), text,
					recordedBy != null, Boolean.TRUE.equals(input.hiddenFromYoungPeople())), recordedBy);
		}
		catch (DuplicateKeyException ex) {
			throw UserErrorException.of("id", "ID_REUSED", "Another record already has this id. Send a new id.");
		}
		this.audit.recordWrite(caller, "added a family comment", episode.familyId(), episode.episodeId(),
				new AuditService.Written("FamilyComment", id, 0, List.of(new AuditEvent.FieldChange("text", null, text))));
		if (episode.leadPractitionerId() != null && !episode.leadPractitionerId().equals(recordedBy)) {
			this.notifications.tellPractitioners(List.of(episode.leadPractitionerId()), episode.episodeId(),
					"FAMILY_COMMENT", "The family added a comment to the plan of " + episode.reference() + ".");
		}
		this.requests.answered(caller, "addFamilyComment", input.id(), input, id);
		return episode.episodeId();
	}

	/** Who said it: the family member writing, or the member of this family a practitioner names. */
	private UUID author(Caller caller, AddFamilyCommentInput input, WriteAccess episode) {
		if (caller instanceof Caller.FamilyMemberCaller member) {
			if (input.personId() != null && !input.personId().equals(member.personId())) {
				throw UserErrorException.of("personId", "NOT_YOURS",
						"You can add only your own comments; leave out personId.");
			}
			return member.personId();
		}
		if (input.personId() == null) {
			throw UserErrorException.of("personId", "REQUIRED",
					"Say which family member the comment is from (personId).");
		}
		boolean inFamily = this.families.people(List.of(input.personId()))
			.stream()
			.anyMatch(person -> person.familyId().equals(episode.familyId()));
		if (!inFamily) {
			throw UserErrorException.of("personId", "NOT_IN_FAMILY", "This person is not a member of this family.");
		}
		return input.personId();
	}

	public List<FamilyComment> ofEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.ofEpisodes(episodeIds);
	}

	/**
	 * The comments on these episodes (which the caller may see) that the caller may read: all of them, except that a
	 * young person does not read those hidden from young people, unless they wrote it themselves. Whether a comment
	 * is hidden is told to practitioners and to its author only (null for other family members).
	 */
	public List<FamilyComment> ofEpisodes(Caller caller, Collection<UUID> episodeIds) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		List<FamilyComment> all = ofEpisodes(episodeIds);
		if (own == null) {
			return all;
		}
		return all.stream()
			.filter(comment -> own.kind() != FamilyMemberKind.YOUNG_PERSON
					|| !Boolean.TRUE.equals(comment.hiddenFromYoungPeople()) || own.isSelf(comment.authorId()))
			.map(comment -> own.isSelf(comment.authorId()) ? comment
					: new FamilyComment(comment.id(), comment.episodeId(), comment.authorId(), comment.writtenAt(),
							comment.text(), comment.recordedOnBehalf(), null))
			.toList();
	}

}

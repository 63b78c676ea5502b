package org.hearth.request;

import java.util.List;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.assessment.AssessmentService;
import org.hearth.access.Permissions;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.EpisodeSource;
import org.hearth.family.FamilyService;
import org.hearth.family.Person;
import org.hearth.family.PersonRole;
import org.hearth.graphql.UserErrorException;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.hearth.team.TeamService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner asks for early help for a family: a family Hearth knows, or a new one with its members. Nothing
 * is opened for a child who already has an open episode (PLAN_ALREADY_OPEN, with the plans to join instead); the
 * practitioner who asked leads the new team until someone takes over.
 */
@Service
public class EarlyHelpRequests {

	private final Permissions permissions;

	private final ClientRequests requests;

	private final FamilyService families;

	private final EpisodeService episodes;

	private final TeamService teams;

	private final AuditService audit;

	private final AssessmentService assessments;

	EarlyHelpRequests(Permissions permissions, ClientRequests requests, FamilyService families,
			EpisodeService episodes, TeamService teams, AuditService audit, AssessmentService assessments) {
		this.assessments = assessments;
		this.permissions = permissions;
		this.requests = requests;
		this.families = families;
		this.episodes = episodes;
		this.teams = teams;
		this.audit = audit;
	}

	/** @return the new episode's id */
	@Transactional
	public UUID request(Caller caller, RequestEarlyHelpInput input) {
		if (this.requests.replayOf(caller, "requestEarlyHelp", input.id(), input).isPresent()) {
			return input.id();
		}
		if ((input.familyId() == null) == (input.newFamily() == null)) {
			throw UserErrorException.of("familyId", "FAMILY_REQUIRED",
					"Give either the id of a family Hearth knows or a new family, not both.");
		}
		if (input.requestReasons().isBlank()) {
			throw UserErrorException.of("requestReasons", "REQUIRED", "Say why the family needs early help.");
		}
		checkStepDown(input);
		UUID familyId;
		List<Person> children;
		if (input.familyId() != null) {
			this.permissions.lockFamilyForRequest(caller, input.familyId());
			familyId = input.familyId();
			children = this.families.members(List.of(familyId))
				.stream()
				.filter(person -> person.role() == PersonRole.CHILD)
				.toList();
		}
		else {
			this.permissions.checkRequester(caller);
			if (input.newFamily().members().stream().noneMatch(member -> member.role() == PersonRole.CHILD)) {
				throw UserErrorException.of("newFamily.members", "CHILD_REQUIRED",
						"Early help is for families with children: add at least one child (or an unborn baby).");
			}
			familyId = Ids.newId();
			children = this.families.create(familyId, input.newFamily(), "newFamily")
				.stream()
				.filter(person -> person.role() == PersonRole.CHILD)
				.toList();
		}
		UUID requester = ((Caller.PractitionerCaller) caller).practitionerId();
		UUID id = (input.id() != null) ? input.id() : Ids.newId();
		Episode episode;
		try {
			episode = this.episodes.open(id, familyId, children, input.levelOfNeed(), input.source(),
					input.requestReasons().strip(), requester);
		}
		catch (DuplicateKeyException ex) {
			throw UserErrorException.of("id", "ID_REUSED", "Another record already has this id. Send a new id.");
		}
		this.teams.addInterimLead(episode.id(), requester);
		if (input.stepDown() != null) {
			this.assessments.recordFromSocialCare(caller, familyId, episode.id(),
					input.stepDown().socialCareReference().strip(), input.stepDown().assessmentSummary().strip());
		}
		this.audit.recordWrite(caller, "requested early help", familyId, episode.id(),
				new AuditService.Written("Episode", episode.id(), 0,
						List.of(new AuditEvent.FieldChange("status", null, episode.status().name()),
								new AuditEvent.FieldChange("levelOfNeed", null, episode.levelOfNeed().name()),
								new AuditEvent.FieldChange("source", null, episode.source().name()))));
		this.episodes.refreshNextDue(List.of(episode.id()));
		this.requests.answered(caller, "requestEarlyHelp", input.id(), input, episode.id());
		return episode.id();
	}

	/** A step-down brings social care's reference and assessment; nothing else does. */
	private static void checkStepDown(RequestEarlyHelpInput input) {
		StepDownInput stepDown = input.stepDown();
		if (input.source() != EpisodeSource.STEP_DOWN_FROM_SOCIAL_CARE) {
			if (stepDown != null) {
				throw UserErrorException.of("stepDown", "NOT_A_STEP_DOWN",
						"Only a step-down from social care brings social care's reference and assessment.");
			}
			return;
		}
		if (stepDown == null) {
			throw UserErrorException.of("stepDown", "REQUIRED",
					"A step-down brings social care's case reference and the summary of its assessment.");
		}
		if (stepDown.socialCareReference().isBlank()) {
			throw UserErrorException.of("stepDown.socialCareReference", "REQUIRED", "Give social care's case reference.");
		}
		if (stepDown.assessmentSummary().isBlank()) {
			throw UserErrorException.of("stepDown.assessmentSummary", "REQUIRED",
					"Give the summary of social care's assessment: it stands as this episode's.");
		}
	}

}

package org.hearth.invitation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.hearth.access.Caller;
import org.hearth.access.Channel;
import org.hearth.access.Permissions;
import org.hearth.access.Step;
import org.hearth.access.WriteAccess;
import org.hearth.audit.AuditService;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodeService;
import org.hearth.family.FamilyService;
import org.hearth.family.Person;
import org.hearth.graphql.UserError;
import org.hearth.invitation.JoinResult.Field;
import org.hearth.system.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The invitation rules.
 * <p>
 * Inviting: only the episode's current lead practitioner may invite, and to anyone else the episode is answered as
 * missing (whether they can see it or not). The episode must be open. The person must be a member of the episode's
 * family who holds parental responsibility, or a child aged 12 or over (a young person); and must have no account
 * yet. A new invitation revokes the person's earlier unused ones. The code is returned once and only its hash kept.
 * <p>
 * Accepting (with no one signed in): the code must belong to an invitation that is unused, unrevoked and unexpired,
 * for a person still without an account, on an episode still open. Wrong, used, revoked and expired codes all get
 * the same answer, and wrong guesses are slowed down ({@link CodeAttempts}). The username must be free (3 to 50
 * letters, digits, dots, dashes or underscores), and the password at least 12 characters and not the username.
 * Accepting creates the account and marks the invitation used in one transaction, so a code works once.
 */
@Service
public class InvitationService {

	static final String EPISODE_CLOSED = "EPISODE_CLOSED";

	static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

	static final String ALREADY_HAS_ACCOUNT = "ALREADY_HAS_ACCOUNT";

	/** The age from which a child can have their own account. */
	static final String CODE_NOT_VALID = "This code is not valid. Ask your family's worker for a new one.";

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,50}");

	private static final int MIN_PASSWORD_LENGTH = 12;

	private static final int MAX_PASSWORD_LENGTH = 64;

	/** BCrypt reads no further than 72 bytes. */
	private static final int MAX_PASSWORD_BYTES = 72;

	private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

	private final InvitationRepository invitations;

	private final Permissions permissions;

	private final EpisodeService episodes;

	private final FamilyService families;

	private final AuditService audit;

	private final PasswordEncoder passwords;

	private final CodeAttempts attempts;

	private final InvitationProperties properties;

	private final Clock clock;

	InvitationService(InvitationRepository invitations, Permissions permissions, EpisodeService episodes,
			FamilyService families, AuditService audit, PasswordEncoder passwords, CodeAttempts attempts,
			InvitationProperties properties, Clock clock) {
		this.invitations = invitations;
		this.permissions = permissions;
		this.episodes = episodes;
		this.families = families;
		this.audit = audit;
		this.passwords = passwords;
		this.attempts = attempts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Invites a family member to set up an account. Only the episode's lead may.
	 * @throws org.springframework.security.access.AccessDeniedException when the caller may not (see {@link Step})
	 */
	@Transactional
	public InvitationPayload invite(Caller caller, InviteFamilyMemberInput input) {
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.INVITE_FAMILY_MEMBER, null);
		if (!episode.isOpen()) {
			return InvitationPayload.refused(new UserError(List.of("input", "episodeId"), EPISODE_CLOSED,
					"This episode is closed, so nobody new can be invited to it."));
		}
		List<String> personField = List.of("input", "personId");
		Optional<Person> member = this.families.people(List.of(input.personId()))
			.stream()
			.filter(person -> person.familyId().equals(episode.familyId()))
			.findFirst();
		if (member.isEmpty()) {
			return InvitationPayload.refused(
					new UserError(personField, NOT_ELIGIBLE, "Only a member of this family can be invited."));
		}
		Person person = member.get();
		if (!this.families.mayDecide(person)) {
			return InvitationPayload.refused(new UserError(personField, NOT_ELIGIBLE,
					"Only someone with parental responsibility, or a young person aged " + FamilyService.YOUNG_PERSON_AGE
							+ " or over, can be invited."));
		}
		if (this.invitations.personHasAccount(person.id())) {
			return InvitationPayload.refused(new UserError(personField, ALREADY_HAS_ACCOUNT,
					nameOf(person) + " already has an account and can sign in with it."));
		}
		Instant now = this.clock.instant();
		int revoked = this.invitations.revokeOpen(person.id(), now);
		String code = InvitationCodes.generate();
		UUID id = Ids.newId();
		Instant expiresAt = now.plus(this.properties.validFor());
		this.invitations.insert(id, person.id(), episode.episodeId(), InvitationCodes.hash(code),
				((Caller.PractitionerCaller) caller).practitionerId(), now, expiresAt);
		this.audit.record(caller, "invited a family member to set up an account"
				+ ((revoked > 0) ? " (earlier code revoked)" : ""), episode.familyId(), episode.episodeId());
		return new InvitationPayload(new Invitation(id, person, expiresAt, null), InvitationCodes.display(code),
				List.of());
	}

	/**
	 * A family member sets up their account with the code they were given.
	 * @param client the address the request came from, to slow down guessing
	 */
	@Transactional
	public JoinResult accept(String code, String username, String password, String client) {
		if (this.attempts.blocked(client)) {
			return JoinResult.refused(Field.CODE, "Too many codes have been tried. Wait "
					+ this.properties.attemptWindow().toMinutes() + " minutes, then try again.");
		}
		String name = username.strip();
		String normalized = InvitationCodes.normalize(code);
		List<JoinResult.Problem> problems = new ArrayList<>();
		if (normalized.isEmpty()) {
			problems.add(new JoinResult.Problem(Field.CODE, "Enter the code from your family's worker."));
		}
		usernameProblem(name).ifPresent(problems::add);
		passwordProblem(password, name).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			return JoinResult.refused(problems);
		}
		Instant now = this.clock.instant();
		Optional<InvitationRepository.OpenInvitation> open = InvitationCodes.wellFormed(normalized)
				? this.invitations.lockOpen(InvitationCodes.hash(normalized), now) : Optional.empty();
		Optional<Person> person = open.flatMap(found -> this.families.people(List.of(found.personId())).stream()
			.findFirst());
		Optional<Episode> episode = open.flatMap(found -> this.episodes.episodes(List.of(found.episodeId()))
			.stream()
			.findFirst());
		if (open.isEmpty() || person.isEmpty() || episode.isEmpty() || !episode.get().isOpen()
				|| this.invitations.personHasAccount(person.get().id())) {
			this.attempts.failed(client);
			return JoinResult.refused(Field.CODE, CODE_NOT_VALID);
		}
		// Only now, with a good code, is the username looked up: nobody can test names without one.
		if (this.invitations.usernameTaken(name)) {
			return JoinResult.refused(Field.USERNAME, "That username is already taken. Try another one.");
		}
		try {
			this.invitations.createFamilyAccount(Ids.newId(), name, this.passwords.encode(password),
					person.get().id());
		}
		catch (DuplicateKeyException ex) {
			// Taken a moment ago by someone else (or the person's account was made meanwhile): nothing is kept.
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return JoinResult.refused(Field.USERNAME, "That username is already taken. Try another one.");
		}
		if (!this.invitations.markAccepted(open.get().id(), now)) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return JoinResult.refused(Field.CODE, CODE_NOT_VALID);
		}
		Person member = person.get();
		this.audit.record(new Caller.FamilyMemberCaller(member.id(), member.familyId(), nameOf(member), Channel.SPA),
				"set up own account with an invitation", member.familyId(), episode.get().id());
		log.info("Invitation {} accepted", open.get().id());
		return JoinResult.ok();
	}

	private static Optional<JoinResult.Problem> usernameProblem(String username) {
		if (username.isEmpty()) {
			return Optional.of(new JoinResult.Problem(Field.USERNAME, "Choose a username."));
		}
		if (!USERNAME.matcher(username).matches()) {
			return Optional.of(new JoinResult.Problem(Field.USERNAME,
					"Use 3 to 50 letters or numbers, with no spaces. You can also use dots (.), dashes (-) "
							+ "and underscores (_)."));
		}
		return Optional.empty();
	}

	private static Optional<JoinResult.Problem> passwordProblem(String password, String username) {
		if (password.isEmpty()) {
			return Optional.of(new JoinResult.Problem(Field.PASSWORD, "Choose a password."));
		}
		if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			return Optional.of(new JoinResult.Problem(Field.PASSWORD, "Use at least " + MIN_PASSWORD_LENGTH
					+ " characters. Three or four words you will remember work well."));
		}
		if (password.codePointCount(0, password.length()) > MAX_PASSWORD_LENGTH
				|| password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return Optional.of(new JoinResult.Problem(Field.PASSWORD, "Use a shorter password: " + MAX_PASSWORD_LENGTH
					+ " characters at most."));
		}
		if (password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
			return Optional.of(new JoinResult.Problem(Field.PASSWORD, "Your password must not be your username."));
		}
		return Optional.empty();
	}

	private static String nameOf(Person person) {
		return person.givenName() + " " + person.familyName();
	}

}

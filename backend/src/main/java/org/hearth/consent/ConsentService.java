package org.hearth.consent;

import static org.hearth.system.Texts.blankToNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.access.Permissions;
import org.hearth.access.Step;
import org.hearth.access.Visibility;
import org.hearth.access.WriteAccess;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.EpisodeSource;
import org.hearth.episode.EpisodeStatus;
import org.hearth.family.FamilyService;
import org.hearth.family.Person;
import org.hearth.graphql.UserErrorException;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Consent: recording a family member's decision, and whether an episode's consent stands. */
@Service
public class ConsentService {

	/** The largest signature kept: 64 KB of PNG (a signature drawn on a tablet is usually 5 to 30 KB). */
	public static final int MAX_SIGNATURE_BYTES = 64 * 1024;

	/** The widest or tallest signature picture, in pixels. */
	static final int MAX_SIGNATURE_SIDE = 4096;

	private static final String PNG_DATA_URL = "data:image/png;base64,";

	private static final byte[] PNG_HEADER = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final ConsentRepository repository;

	private final EpisodeService episodes;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	private final FamilyService families;

	private final Clock clock;

	private final AccessService access;

	ConsentService(ConsentRepository repository, EpisodeService episodes, Permissions permissions,
			ClientRequests requests, AuditService audit, FamilyService families, Clock clock, AccessService access) {
		this.access = access;
		this.repository = repository;
		this.episodes = episodes;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
		this.families = families;
		this.clock = clock;
	}

	/**
	 * Records a family member's decision on starting, storing or sharing. A refusal is recorded and holds the
	 * episode where it is; once start and store are given, a requested episode moves to assessing (a step-down from
	 * social care, which brings its assessment, to planning). Only share consent may leave agencies out.
	 * @return the episode
	 */
	@Transactional
	public UUID record(Caller caller, RecordConsentInput input) {
		if (this.requests.replayOf(caller, "recordConsent", input.id(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.RECORD_CONSENT, null);
		if (input.decision() == ConsentDecision.WITHDRAWN) {
			throw UserErrorException.of("decision", "USE_WITHDRAW_CONSENT",
					"To take consent back, use withdrawConsent: it also closes the episode.");
		}
		Person person = decider(episode, input.givenByPersonId());
		List<UUID> excluded = (input.excludedAgencyIds() != null) ? List.copyOf(new LinkedHashSet<>(input.excludedAgencyIds()))
				: List.of();
		if (!excluded.isEmpty() && input.scope() != ConsentScope.SHARE) {
			throw UserErrorException.of("excludedAgencyIds", "NOT_FOR_SCOPE",
					"Only consent to share can leave agencies out.");
		}
		byte[] signature = signature(input);
		if (this.repository.countAgencies(excluded) != excluded.size()) {
			throw UserErrorException.of("excludedAgencyIds", "UNKNOWN_AGENCY", "One of these is not an agency.");
		}
		if (!(caller instanceof Caller.PractitionerCaller practitioner)) {
			throw new AccessDeniedException("Consent is taken down by a practitioner.");
		}
		UUID id = (input.id() != null) ? input.id() : Ids.newId();
		Consent consent = new Consent(id, episode.episodeId(), input.scope(), input.decision(), person.id(),
				practitioner.practitionerId(), this.clock.instant(), input.method(), blankToNull(input.notes()),
				signature != null);
		try {
			this.repository.insert(consent, excluded);
		}
		catch (DuplicateKeyException ex) {
			throw UserErrorException.of("id", "ID_REUSED", "Another record already has this id. Send a new id.");
		}
		if (signature != null) {
			this.repository.insertSignature(id, signature);
		}
		this.audit.recordWrite(caller, "recorded consent", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Consent", id, 0,
						List.of(new AuditEvent.FieldChange("scope", null, input.scope().name()),
								new AuditEvent.FieldChange("decision", null, input.decision().name()),
								new AuditEvent.FieldChange("excludedAgencyIds", null,
										excluded.isEmpty() ? null : excluded.toString()),
								new AuditEvent.FieldChange("method", null, input.method().name()),
								new AuditEvent.FieldChange("signed", null, (signature != null) ? "true" : null))));
		if (EpisodeStatus.REQUESTED.name().equals(episode.status()) && startAndStoreGiven(episode.episodeId())) {
			boolean stepDown = this.episodes.episodes(List.of(episode.episodeId()))
				.stream()
				.anyMatch(found -> found.source() == EpisodeSource.STEP_DOWN_FROM_SOCIAL_CARE);
			this.episodes.move(caller, episode, EpisodeStatus.REQUESTED,
					stepDown ? EpisodeStatus.PLANNING : EpisodeStatus.ASSESSING);
		}
		this.requests.answered(caller, "recordConsent", input.id(), input, id);
		return episode.episodeId();
	}

	/**
	 * Records that a family member takes their consent back, as part of the step that closes the episode for it:
	 * the withdrawal stands for the support itself (start), and the access rule narrows at once. A practitioner takes
	 * it down for whoever says so; a family member in their own app withdraws only their own consent, and then nobody
	 * on the practitioners' side recorded it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordWithdrawal(Caller caller, WriteAccess episode, UUID personId, String reason) {
		UUID recordedBy = switch (caller) {
			case Caller.PractitionerCaller practitioner -> practitioner.practitionerId();
			case Caller.FamilyMemberCaller member when member.personId().equals(personId) -> null;
			case Caller.FamilyMemberCaller member -> throw new AccessDeniedException(
					"A family member withdraws only their own consent.");
			default -> throw new AccessDeniedException("A withdrawal of consent is taken down by a practitioner.");
		};
		Person person = decider(episode, personId);
		ConsentMethod method = (recordedBy != null) ? ConsentMethod.VERBAL : ConsentMethod.WRITTEN;
		UUID id = Ids.newId();
		this.repository.insert(new Consent(id, episode.episodeId(), ConsentScope.START, ConsentDecision.WITHDRAWN,
				person.id(), recordedBy, this.clock.instant(), method, reason, false), List.of());
		this.audit.recordWrite(caller, "recorded a withdrawal of consent", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Consent", id, 0,
						List.of(new AuditEvent.FieldChange("decision", null, ConsentDecision.WITHDRAWN.name()),
								new AuditEvent.FieldChange("method", null, method.name()))));
	}

	/**
	 * The signature drawn on the tablet, as the PNG's bytes: only with SIGNED_ON_DEVICE, at most
	 * {@link #MAX_SIGNATURE_BYTES}, and a PNG by its header (its signature bytes, an IHDR of sensible size, an IEND at
	 * the end). The image is never decoded here.
	 */
	private static byte @Nullable [] signature(RecordConsentInput input) {
		String dataUrl = input.signature();
		if (dataUrl == null) {
			return null;
		}
		if (input.method() != ConsentMethod.SIGNED_ON_DEVICE) {
			throw UserErrorException.of("signature", "NOT_FOR_METHOD",
					"A signature is kept only with consent signed on this device.");
		}
		if (!dataUrl.startsWith(PNG_DATA_URL)) {
			throw notPng();
		}
		String base64 = dataUrl.substring(PNG_DATA_URL.length());
		if (base64.length() > (MAX_SIGNATURE_BYTES + 2) / 3 * 4) {
			throw tooLarge();
		}
		byte[] png;
		try {
			png = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw notPng();
		}
		if (png.length > MAX_SIGNATURE_BYTES) {
			throw tooLarge();
		}
		if (!looksLikePng(png)) {
			throw notPng();
		}
		return png;
	}

	private static boolean looksLikePng(byte[] png) {
		if (png.length < PNG_HEADER.length + 25 + 12 || !Arrays.equals(png, 0, PNG_HEADER.length, PNG_HEADER, 0,
				PNG_HEADER.length)) {
			return false;
		}
		ByteBuffer bytes = ByteBuffer.wrap(png);
		int headerLength = bytes.getInt(8);
		String headerType = new String(png, 12, 4, StandardCharsets.US_ASCII);
		int width = bytes.getInt(16);
		int height = bytes.getInt(20);
		String last = new String(png, png.length - 8, 4, StandardCharsets.US_ASCII);
		return headerLength == 13 && "IHDR".equals(headerType) && width > 0 && width <= MAX_SIGNATURE_SIDE
				&& height > 0 && height <= MAX_SIGNATURE_SIDE && "IEND".equals(last);
	}

	private static UserErrorException notPng() {
		return UserErrorException.of("signature", "NOT_A_PNG", "The signature did not arrive as a picture. Sign again.");
	}

	private static UserErrorException tooLarge() {
		return UserErrorException.of("signature", "TOO_LARGE",
				"The signature picture is larger than " + MAX_SIGNATURE_BYTES / 1024 + " KB. Clear it and sign again.");
	}

	/** Someone of the episode's family who may decide on the family's support. */
	private Person decider(WriteAccess episode, UUID personId) {
		Person person = this.families.people(List.of(personId))
			.stream()
			.filter(found -> found.familyId().equals(episode.familyId()))
			.findFirst()
			.orElseThrow(() -> UserErrorException.of("givenByPersonId", "NOT_IN_FAMILY",
					"This person is not a member of this family."));
		if (!this.families.mayDecide(person)) {
			throw UserErrorException.of("givenByPersonId", "NOT_ELIGIBLE",
					"Consent is given by someone with parental responsibility, or by a young person aged "
							+ FamilyService.YOUNG_PERSON_AGE + " or over for themself.");
		}
		return person;
	}

	/** The latest decision on start and on store is to give it. */
	private boolean startAndStoreGiven(UUID episodeId) {
		Map<ConsentScope, ConsentDecision> latest = new EnumMap<>(ConsentScope.class);
		this.repository.ofEpisodes(List.of(episodeId)).forEach(consent -> latest.put(consent.scope(), consent.decision()));
		return latest.get(ConsentScope.START) == ConsentDecision.GIVEN
				&& latest.get(ConsentScope.STORE) == ConsentDecision.GIVEN;
	}

	/** Every decision on these episodes, for the rules (whether consent stands); not narrowed for any caller. */
	public List<Consent> ofEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.ofEpisodes(episodeIds);
	}

	/**
	 * The decisions on these episodes (which the caller may see) that the caller may read: all of them, except that a
	 * family member reads only the decisions they gave themselves.
	 */
	public List<Consent> ofEpisodes(Caller caller, Collection<UUID> episodeIds) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		List<Consent> all = ofEpisodes(episodeIds);
		return (own == null) ? all : all.stream().filter(consent -> own.isSelf(consent.givenById())).toList();
	}

	/** A consent record, if the caller may see its episode (and, for a family member, they gave it). */
	public Optional<Consent> find(Caller caller, UUID id) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return this.repository.find(id)
			.filter(consent -> own == null || own.isSelf(consent.givenById()))
			.filter(consent -> this.episodes.find(caller, consent.episodeId()).isPresent());
	}

	public Map<UUID, List<UUID>> excludedAgencyIds(Collection<UUID> consentIds) {
		return consentIds.isEmpty() ? Map.of() : this.repository.excludedAgencies(consentIds);
	}

	/**
	 * Whether the family's latest decision on sharing leaves this agency out: its practitioners may not join the
	 * team while it does.
	 */
	public boolean excludesAgency(UUID episodeId, UUID agencyId) {
		return this.repository.excludedByLatestShare(episodeId).contains(agencyId);
	}

	/**
	 * Consent stands while start, store and share have each been given by someone and nobody has withdrawn any of
	 * them: a withdrawal ends the episode.
	 */
	public boolean isActive(List<Consent> consents) {
		if (consents.stream().anyMatch(consent -> consent.decision() == ConsentDecision.WITHDRAWN)) {
			return false;
		}
		Set<ConsentScope> given = EnumSet.noneOf(ConsentScope.class);
		consents.stream()
			.filter(consent -> consent.decision() == ConsentDecision.GIVEN)
			.forEach(consent -> given.add(consent.scope()));
		return given.containsAll(EnumSet.allOf(ConsentScope.class));
	}

}

package org.hearth.family;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hearth.access.Caller;
import org.hearth.access.Permissions;
import org.hearth.access.Step;
import org.hearth.access.WriteAccess;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.graphql.UserErrorException;
import org.hearth.replay.ClientRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a family member agreed to be contacted by Hearth itself (reminders by e-mail or text), and where: recorded
 * by whoever may change the family's members ({@link Step#ADD_FAMILY_MEMBER}), read by them too, and by the family
 * member for themselves. A child under {@value FamilyService#YOUNG_PERSON_AGE} (or unborn) is never contacted.
 */
@Service
public class ContactService {

	/** Something, an at sign, something with a dot in it: no spaces. Delivery finds out the rest. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	/** A UK number: 0 or +44, then 9 or 10 digits (spaces between them allowed, and dropped before this). */
	private static final Pattern UK_PHONE = Pattern.compile("(0|\\+44)[1-9][0-9]{8,9}");

	private static final int MAX_EMAIL = 254;

	private final FamilyRepository families;

	private final ContactRepository repository;

	private final FamilyService familyService;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	ContactService(FamilyRepository families, ContactRepository repository, FamilyService familyService,
			Permissions permissions, ClientRequests requests, AuditService audit) {
		this.families = families;
		this.repository = repository;
		this.familyService = familyService;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
	}

	/** The person after the change, and their contact now. */
	public record Recorded(Person person, Contact contact) {
	}

	/**
	 * Records a family member's e-mail address and phone number and whether they agreed to be contacted, over the
	 * person's version as last read: whoever may change the family's members may. Audited without the address or
	 * number. Sent again with the same request id, it answers as the first time.
	 */
	@Transactional
	public Recorded record(Caller caller, RecordContactAgreementInput input) {
		if (this.requests.replayOf(caller, "recordContactAgreement", input.requestId(), input).isPresent()) {
			Person person = this.families.person(input.personId()).orElseThrow();
			return new Recorded(person, this.repository.contact(person.id()).orElseThrow());
		}
		Person person = this.families.person(input.personId())
			.orElseThrow(() -> new AccessDeniedException("No family member you may change has this id."));
		UUID episode = this.families.openEpisodeOf(person.familyId());
		if (episode == null) {
			throw new AccessDeniedException("No family member you may change has this id.");
		}
		WriteAccess locked = this.permissions.lock(caller, episode, Step.ADD_FAMILY_MEMBER, null);
		if (!mayBeContacted(person)) {
			throw UserErrorException.of("personId", "CANNOT_BE_CONTACTED",
					"Hearth does not contact an unborn child or a child under " + FamilyService.YOUNG_PERSON_AGE
							+ "; record the contact of a parent or carer instead.");
		}
		String email = email(input.email());
		String phone = phone(input.phone());
		if (input.agreedToBeContacted() && email == null && phone == null) {
			throw UserErrorException.of("email", "CONTACT_REQUIRED",
					"Give an e-mail address or a mobile number to send reminders to.");
		}
		Contact before = this.repository.contact(person.id()).orElseThrow();
		int version = this.repository.update(person.id(), input.version(), email, phone, input.agreedToBeContacted());
		Contact after = new Contact(person.id(), email, phone, input.agreedToBeContacted());
		this.audit.recordWrite(caller, words(before, after), person.familyId(), locked.episodeId(),
				new AuditService.Written("Person", person.id(), version, changes(before, after)));
		this.requests.answered(caller, "recordContactAgreement", input.requestId(), input, person.id());
		return new Recorded(new Person(person.id(), person.familyId(), person.givenName(), person.familyName(),
				person.dateOfBirth(), person.expectedDateOfBirth(), person.role(), person.livesInHousehold(),
				person.hasParentalResponsibility(), version), after);
	}

	/**
	 * Whether Hearth may contact this person at all: not an unborn child, nor a child under
	 * {@value FamilyService#YOUNG_PERSON_AGE} (or of unknown age), the age at which a young person decides for
	 * themself (as for invitations).
	 */
	public boolean mayBeContacted(Person person) {
		if (person.expectedDateOfBirth() != null) {
			return false;
		}
		if (person.role() != PersonRole.CHILD) {
			return true;
		}
		Integer age = this.familyService.ageOf(person);
		return age != null && age >= FamilyService.YOUNG_PERSON_AGE;
	}

	/**
	 * The contacts of those of these people the caller may read them for: whoever may change their family's members
	 * (the same rule as recording them); nobody else (partner systems, family members, practitioners off the team).
	 * Reading them is audited, once per family.
	 */
	public Map<UUID, Contact> contacts(Caller caller, Collection<Person> people) {
		if (people.isEmpty()) {
			return Map.of();
		}
		Set<UUID> allowed = this.permissions.familiesAllowing(caller,
				people.stream().map(Person::familyId).collect(Collectors.toSet()), Step.ADD_FAMILY_MEMBER);
		List<Person> readable = people.stream().filter(person -> allowed.contains(person.familyId())).toList();
		if (readable.isEmpty()) {
			return Map.of();
		}
		this.audit.record(caller, "read contact details",
				allowed.stream().map(family -> new AuditService.Subject(family, null)).toList());
		return this.repository.contacts(readable.stream().map(Person::id).toList())
			.stream()
			.collect(Collectors.toMap(Contact::personId, Function.identity()));
	}

	/** The signed-in family member's own contact and agreement (null for anyone else). */
	public @Nullable Contact ownContact(Caller caller) {
		if (!(caller instanceof Caller.FamilyMemberCaller member)) {
			return null;
		}
		return this.repository.contact(member.personId()).orElse(null);
	}

	private static @Nullable String email(@Nullable String typed) {
		String email = (typed != null) ? typed.strip() : "";
		if (email.isEmpty()) {
			return null;
		}
		if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
			throw UserErrorException.of("email", "EMAIL_NOT_VALID",
					"This does not look like an e-mail address: it needs an @ and a domain, such as name@example.org.");
		}
		return email;
	}

	private static @Nullable String phone(@Nullable String typed) {
		String phone = (typed != null) ? typed.strip() : "";
		if (phone.isEmpty()) {
			return null;
		}
		String digits = phone.replace(" ", "");
		if (!UK_PHONE.matcher(digits).matches()) {
			throw UserErrorException.of("phone", "PHONE_NOT_UK",
					"Give a UK phone number: digits and spaces, starting with 0 or +44, such as 07700 900123.");
		}
		return phone.replaceAll("\\s+", " ");
	}

	/** What was recorded, in words that name neither the address nor the number. */
	private static String words(Contact before, Contact after) {
		List<String> given = new ArrayList<>();
		if (after.email() != null) {
			given.add("e-mail");
		}
		if (after.phone() != null) {
			given.add("phone");
		}
		String what = given.isEmpty() ? "no e-mail or phone given" : String.join(" and ", given) + " given";
		if (after.agreedToBeContacted()) {
			return "recorded agreement to be contacted: " + what;
		}
		return (before.agreedToBeContacted() ? "recorded agreement to be contacted withdrawn: "
				: "recorded no agreement to be contacted: ") + what;
	}

	/** The fields that changed, as "given", "changed" or "none": never the address or number themselves. */
	private static List<AuditEvent.FieldChange> changes(Contact before, Contact after) {
		List<AuditEvent.FieldChange> changes = new ArrayList<>();
		detail("email", before.email(), after.email(), changes);
		detail("phone", before.phone(), after.phone(), changes);
		if (before.agreedToBeContacted() != after.agreedToBeContacted()) {
			changes.add(new AuditEvent.FieldChange("agreedToBeContacted",
					Boolean.toString(before.agreedToBeContacted()), Boolean.toString(after.agreedToBeContacted())));
		}
		return changes;
	}

	private static void detail(String field, @Nullable String before, @Nullable String after,
			List<AuditEvent.FieldChange> changes) {
		if (Objects.equals(before, after)) {
			return;
		}
		String was = (before != null) ? "given" : "none";
		String now = (after == null) ? "none" : (before == null) ? "given" : "changed";
		changes.add(new AuditEvent.FieldChange(field, was, now));
	}

}

package org.hearth.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.access.Permissions;
import org.hearth.access.Step;
import org.hearth.access.WriteAccess;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.graphql.UserErrorException;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.hearth.system.ReferenceNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Families and their members. A family is found only by a caller who may see it; otherwise it is answered exactly
 * as a family that does not exist. A new family is created as part of a request for early help.
 */
@Service
public class FamilyService {

	/** A young person this old or older decides for themself. */
	public static final int YOUNG_PERSON_AGE = 12;

	private final FamilyRepository repository;

	private final AccessService access;

	private final AuditService audit;

	private final ReferenceNumbers references;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final Clock clock;

	FamilyService(FamilyRepository repository, AccessService access, AuditService audit, ReferenceNumbers references,
			Permissions permissions, ClientRequests requests, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.audit = audit;
		this.references = references;
		this.permissions = permissions;
		this.requests = requests;
		this.clock = clock;
	}

	public Optional<Family> find(Caller caller, UUID id) {
		Optional<Family> family = this.repository.findVisible(id, this.access.visibilityOf(caller));
		family.ifPresent(found -> this.audit.record(caller, "read family", found.id(), null));
		return family;
	}

	/** Families already reached through something the caller may see (an episode, a person). */
	public List<Family> families(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.repository.findAll(ids);
	}

	public List<Person> members(Collection<UUID> familyIds) {
		return familyIds.isEmpty() ? List.of() : this.repository.members(familyIds);
	}

	public List<Person> people(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.repository.people(ids);
	}

	/** A person, if the caller may see their family. */
	public Optional<Person> findPerson(Caller caller, UUID id) {
		return this.repository.person(id).filter(person -> find(caller, person.familyId()).isPresent());
	}

	/** Age in whole years today; null for an unborn child. */
	/**
	 * Creates a family and its first members, as part of a request for early help: each member needs a name, and a
	 * date of birth, if given, that has passed (an unborn child has an expected date instead).
	 * @return the family's members as created
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Person> create(UUID familyId, NewFamilyInput input, String field) {
		List<Person> members = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		for (int i = 0; i < input.members().size(); i++) {
			members.add(checked(familyId, input.members().get(i), field + ".members." + i, today));
		}
		this.repository.insertFamily(new Family(familyId, this.references.next("EH"), input.address(),
				input.primaryLanguage(), Boolean.TRUE.equals(input.interpreterRequired()), 0), this.clock.instant());
		members.forEach(this.repository::insertPerson);
		return members;
	}

	/**
	 * Adds someone to a family with an open episode (a new baby, a partner moving in): whoever may record steps of
	 * that episode may. The person's id, when the client chose one, makes sending it again safe.
	 */
	@Transactional
	public Person addMember(Caller caller, AddFamilyMemberInput input) {
		if (this.requests.replayOf(caller, "addFamilyMember", input.person().id(), input).isPresent()) {
			return this.repository.person(input.person().id()).orElseThrow();
		}
		UUID episode = this.repository.openEpisodeOf(input.familyId());
		if (episode == null) {
			throw new AccessDeniedException("No family with an open episode you may change has this id.");
		}
		WriteAccess locked = this.permissions.lock(caller, episode, Step.ADD_FAMILY_MEMBER, null);
		Person person = checked(input.familyId(), input.person(), "person", LocalDate.now(this.clock));
		try {
			this.repository.insertPerson(person);
		}
		catch (DuplicateKeyException ex) {
			throw UserErrorException.of("person.id", "ID_REUSED", "Another record already has this id. Send a new id.");
		}
		this.audit.recordWrite(caller, "added a family member", input.familyId(), locked.episodeId(),
				new AuditService.Written("Person", person.id(), 0,
						List.of(new AuditEvent.FieldChange("role", null, person.role().name()))));
		this.requests.answered(caller, "addFamilyMember", input.person().id(), input, person.id());
		return person;
	}

	/** A new family member as entered, checked: a name, and birth dates that make sense. */
	private static Person checked(UUID familyId, NewFamilyInput.NewPerson person, String at, LocalDate today) {
		if (person.givenName().isBlank() || person.familyName().isBlank()) {
			throw UserErrorException.of(at, "REQUIRED", "Give each family member's given and family name.");
		}
		if (person.dateOfBirth() != null && person.dateOfBirth().isAfter(today)) {
			throw UserErrorException.of(at + ".dateOfBirth", "IN_THE_FUTURE",
					"A date of birth cannot be in the future; for an unborn child give the expected date instead.");
		}
		if (person.dateOfBirth() != null && person.expectedDateOfBirth() != null) {
			throw UserErrorException.of(at + ".expectedDateOfBirth", "ONE_BIRTH_DATE",
					"Give a date of birth or an expected date of birth, not both.");
		}
		if (person.expectedDateOfBirth() != null && person.role() != PersonRole.CHILD) {
			throw UserErrorException.of(at + ".role", "UNBORN_IS_A_CHILD", "An unborn baby is a child of the family.");
		}
		return new Person((person.id() != null) ? person.id() : Ids.newId(), familyId, person.givenName().strip(),
				person.familyName().strip(), person.dateOfBirth(), person.expectedDateOfBirth(), person.role(),
				person.livesInHousehold(), person.hasParentalResponsibility(), 0);
	}

	/**
	 * Whether the person may decide for the family's support (consent, an account of their own): someone with
	 * parental responsibility, or a child of {@value #YOUNG_PERSON_AGE} or over deciding for themself.
	 */
	public boolean mayDecide(Person person) {
		if (person.hasParentalResponsibility()) {
			return true;
		}
		Integer age = ageOf(person);
		return person.role() == PersonRole.CHILD && age != null && age >= YOUNG_PERSON_AGE;
	}

	public @Nullable Integer ageOf(Person person) {
		if (person.dateOfBirth() == null) {
			return null;
		}
		return Period.between(person.dateOfBirth(), LocalDate.now(this.clock)).getYears();
	}

}

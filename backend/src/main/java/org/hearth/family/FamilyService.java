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
import org.hearth.audit.AuditService;
import org.hearth.graphql.UserErrorException;
import org.hearth.system.Ids;
import org.hearth.system.ReferenceNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Families and their members. A family is found only by a caller who may see it; otherwise it is answered exactly
 * as a family that does not exist. A new family is created as part of a request for early help.
 */
@Service
public class FamilyService {

	private final FamilyRepository repository;

	private final AccessService access;

	private final AuditService audit;

	private final ReferenceNumbers references;

	private final Clock clock;

	FamilyService(FamilyRepository repository, AccessService access, AuditService audit, ReferenceNumbers references,
			Clock clock) {
		this.repository = repository;
		this.access = access;
		this.audit = audit;
		this.references = references;
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
			NewFamilyInput.NewPerson person = input.members().get(i);
			String at = field + ".members." + i;
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
			members.add(new Person((person.id() != null) ? person.id() : Ids.newId(), familyId,
					person.givenName().strip(), person.familyName().strip(), person.dateOfBirth(),
					person.expectedDateOfBirth(), person.role(), person.livesInHousehold(),
					person.hasParentalResponsibility(), 0));
		}
		this.repository.insertFamily(new Family(familyId, this.references.next("EH"), input.address(),
				input.primaryLanguage(), Boolean.TRUE.equals(input.interpreterRequired()), 0), this.clock.instant());
		members.forEach(this.repository::insertPerson);
		return members;
	}

	public @Nullable Integer ageOf(Person person) {
		if (person.dateOfBirth() == null) {
			return null;
		}
		return Period.between(person.dateOfBirth(), LocalDate.now(this.clock)).getYears();
	}

}

package org.hearth.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.audit.AuditService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reads families and their members. A family is found only by a caller who may see it; otherwise it is answered
 * exactly as a family that does not exist.
 */
@Service
public class FamilyService {

	private final FamilyRepository repository;

	private final AccessService access;

	private final AuditService audit;

	private final Clock clock;

	FamilyService(FamilyRepository repository, AccessService access, AuditService audit, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.audit = audit;
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
	public @Nullable Integer ageOf(Person person) {
		if (person.dateOfBirth() == null) {
			return null;
		}
		return Period.between(person.dateOfBirth(), LocalDate.now(this.clock)).getYears();
	}

}

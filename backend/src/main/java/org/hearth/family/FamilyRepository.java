package org.hearth.family;

import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.PERSON;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.AccessRepository;
import org.hearth.access.Visibility;
import org.hearth.db.jooq.tables.records.FamilyRecord;
import org.hearth.db.jooq.tables.records.PersonRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class FamilyRepository {

	private final DSLContext dsl;

	private final AccessRepository access;

	FamilyRepository(DSLContext dsl, AccessRepository access) {
		this.dsl = dsl;
		this.access = access;
	}

	Optional<Family> findVisible(UUID id, Visibility visibility) {
		return this.dsl.selectFrom(FAMILY)
			.where(FAMILY.ID.eq(id))
			.and(this.access.familyVisible(visibility))
			.fetchOptional(FamilyRepository::toFamily);
	}

	List<Family> findAll(Collection<UUID> ids) {
		return this.dsl.selectFrom(FAMILY).where(FAMILY.ID.in(ids)).fetch(FamilyRepository::toFamily);
	}

	List<Person> members(Collection<UUID> familyIds) {
		return this.dsl.selectFrom(PERSON)
			.where(PERSON.FAMILY_ID.in(familyIds))
			.orderBy(PERSON.ROLE.eq("CHILD").desc(), PERSON.DATE_OF_BIRTH, PERSON.GIVEN_NAME)
			.fetch(FamilyRepository::toPerson);
	}

	List<Person> people(Collection<UUID> ids) {
		return this.dsl.selectFrom(PERSON).where(PERSON.ID.in(ids)).fetch(FamilyRepository::toPerson);
	}

	Optional<Person> person(UUID id) {
		return this.dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(FamilyRepository::toPerson);
	}

	private static Family toFamily(FamilyRecord row) {
		return new Family(row.getId(), row.getReference(),
				Address.of(row.getAddressLine1(), row.getAddressLine2(), row.getAddressTown(),
						row.getAddressPostcode()),
				row.getPrimaryLanguage(), row.getInterpreterRequired(), row.getVersion());
	}

	private static Person toPerson(PersonRecord row) {
		return new Person(row.getId(), row.getFamilyId(), row.getGivenName(), row.getFamilyName(),
				row.getDateOfBirth(), row.getExpectedDateOfBirth(), PersonRole.valueOf(row.getRole()),
				row.getLivesInHousehold(), row.getHasParentalResponsibility(), row.getVersion());
	}

}

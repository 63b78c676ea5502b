package org.hearth.family;

import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.PERSON;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.AccessRepository;
import org.hearth.access.Visibility;
import org.hearth.db.jooq.tables.records.FamilyRecord;
import org.hearth.db.jooq.tables.records.PersonRecord;
import org.hearth.system.StaleVersionException;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
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

	/** The family's open episode, if it has one (at most one is open). */
	@Nullable UUID openEpisodeOf(UUID familyId) {
		return this.dsl.select(EPISODE.ID).from(EPISODE).where(EPISODE.OPEN_FAMILY_ID.eq(familyId)).fetchOne(EPISODE.ID);
	}

	void insertFamily(Family family, Instant createdAt) {
		Address address = (family.address() != null) ? family.address() : new Address(null, null, null, null);
		this.dsl.insertInto(FAMILY)
			.set(FAMILY.ID, family.id())
			.set(FAMILY.REFERENCE, family.reference())
			.set(FAMILY.ADDRESS_LINE1, address.line1())
			.set(FAMILY.ADDRESS_LINE2, address.line2())
			.set(FAMILY.ADDRESS_TOWN, address.town())
			.set(FAMILY.ADDRESS_POSTCODE, address.postcode())
			.set(FAMILY.PRIMARY_LANGUAGE, family.primaryLanguage())
			.set(FAMILY.INTERPRETER_REQUIRED, family.interpreterRequired())
			.set(FAMILY.CREATED_AT, createdAt)
			.execute();
	}

	void insertPerson(Person person) {
		this.dsl.insertInto(PERSON)
			.set(PERSON.ID, person.id())
			.set(PERSON.FAMILY_ID, person.familyId())
			.set(PERSON.GIVEN_NAME, person.givenName())
			.set(PERSON.FAMILY_NAME, person.familyName())
			.set(PERSON.DATE_OF_BIRTH, person.dateOfBirth())
			.set(PERSON.EXPECTED_DATE_OF_BIRTH, person.expectedDateOfBirth())
			.set(PERSON.ROLE, person.role().name())
			.set(PERSON.LIVES_IN_HOUSEHOLD, person.livesInHousehold())
			.set(PERSON.HAS_PARENTAL_RESPONSIBILITY, person.hasParentalResponsibility())
			.execute();
	}

	/**
	 * Changes a family's contact details if nobody else has since {@code expectedVersion} was read.
	 *
	 * @return the new version
	 * @throws StaleVersionException when the stored version is no longer {@code expectedVersion}
	 */
	int updateDetails(UUID id, int expectedVersion, @Nullable Address address, @Nullable String primaryLanguage,
			boolean interpreterRequired) {
		Address given = (address != null) ? address : new Address(null, null, null, null);
		int updated = this.dsl.update(FAMILY)
			.set(FAMILY.ADDRESS_LINE1, given.line1())
			.set(FAMILY.ADDRESS_LINE2, given.line2())
			.set(FAMILY.ADDRESS_TOWN, given.town())
			.set(FAMILY.ADDRESS_POSTCODE, given.postcode())
			.set(FAMILY.PRIMARY_LANGUAGE, primaryLanguage)
			.set(FAMILY.INTERPRETER_REQUIRED, interpreterRequired)
			.set(FAMILY.VERSION, FAMILY.VERSION.plus(1))
			.where(FAMILY.ID.eq(id))
			.and(FAMILY.VERSION.eq(expectedVersion))
			.execute();
		if (updated == 0) {
			throw new StaleVersionException("The family's details");
		}
		return expectedVersion + 1;
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

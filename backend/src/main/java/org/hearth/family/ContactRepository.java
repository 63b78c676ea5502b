package org.hearth.family;

import static org.hearth.db.jooq.Tables.PERSON;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.system.StaleVersionException;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The contact columns of {@code person}: e-mail, phone, and the agreement to be contacted. */
@Repository
class ContactRepository {

	private final DSLContext dsl;

	ContactRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Contact> contacts(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return this.dsl.select(PERSON.ID, PERSON.EMAIL, PERSON.PHONE, PERSON.AGREED_TO_BE_CONTACTED)
			.from(PERSON)
			.where(PERSON.ID.in(personIds))
			.fetch(row -> new Contact(row.value1(), row.value2(), row.value3(), Boolean.TRUE.equals(row.value4())));
	}

	Optional<Contact> contact(UUID personId) {
		return contacts(List.of(personId)).stream().findFirst();
	}

	/**
	 * Records the person's contact and agreement if nobody changed the person since {@code expectedVersion}.
	 * @return the new version
	 * @throws StaleVersionException when the stored version is no longer {@code expectedVersion}
	 */
	int update(UUID personId, int expectedVersion, @Nullable String email, @Nullable String phone, boolean agreed) {
		int updated = this.dsl.update(PERSON)
			.set(PERSON.EMAIL, email)
			.set(PERSON.PHONE, phone)
			.set(PERSON.AGREED_TO_BE_CONTACTED, agreed)
			.set(PERSON.VERSION, PERSON.VERSION.plus(1))
			.where(PERSON.ID.eq(personId))
			.and(PERSON.VERSION.eq(expectedVersion))
			.execute();
		if (updated == 0) {
			throw new StaleVersionException("The person's record");
		}
		return expectedVersion + 1;
	}

}

package org.hearth.agency;

import static org.hearth.db.jooq.Tables.AGENCY;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.PRACTITIONER_ROLE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.PractitionerRole;
import org.hearth.db.jooq.tables.records.AgencyRecord;
import org.hearth.db.jooq.tables.records.PractitionerRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class AgencyRepository {

	private final DSLContext dsl;

	AgencyRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Agency> findAll() {
		return this.dsl.selectFrom(AGENCY).orderBy(AGENCY.NAME).fetch(AgencyRepository::toAgency);
	}

	List<Agency> findAgencies(Collection<UUID> ids) {
		return this.dsl.selectFrom(AGENCY).where(AGENCY.ID.in(ids)).fetch(AgencyRepository::toAgency);
	}

	List<Practitioner> findPractitioners(Collection<UUID> ids) {
		return this.dsl.selectFrom(PRACTITIONER)
			.where(PRACTITIONER.ID.in(ids))
			.fetch(AgencyRepository::toPractitioner);
	}

	Optional<Practitioner> findPractitioner(UUID id) {
		return this.dsl.selectFrom(PRACTITIONER)
			.where(PRACTITIONER.ID.eq(id))
			.fetchOptional(AgencyRepository::toPractitioner);
	}

	/** Practitioners (by role) whose name or agency's name holds the text, whatever its case, by name. */
	List<PractitionerMatch> search(String text, int limit) {
		return this.dsl.select(PRACTITIONER.ID, PRACTITIONER.NAME, PRACTITIONER.JOB_TITLE, AGENCY.NAME)
			.from(PRACTITIONER)
			.join(AGENCY)
			.on(AGENCY.ID.eq(PRACTITIONER.AGENCY_ID))
			.where(PRACTITIONER.NAME.containsIgnoreCase(text).or(AGENCY.NAME.containsIgnoreCase(text)))
			.andExists(DSL.selectOne()
				.from(PRACTITIONER_ROLE)
				.where(PRACTITIONER_ROLE.PRACTITIONER_ID.eq(PRACTITIONER.ID))
				.and(PRACTITIONER_ROLE.ROLE.eq(PractitionerRole.PRACTITIONER.name())))
			.orderBy(PRACTITIONER.NAME, PRACTITIONER.ID)
			.limit(limit)
			.fetch(row -> new PractitionerMatch(row.value1().toString(), row.value2(), row.value3(), row.value4()));
	}

	List<Practitioner> managedBy(UUID managerId) {
		return this.dsl.selectFrom(PRACTITIONER)
			.where(PRACTITIONER.MANAGER_ID.eq(managerId))
			.orderBy(PRACTITIONER.NAME, PRACTITIONER.ID)
			.fetch(AgencyRepository::toPractitioner);
	}

	List<UUID> managersOf(Collection<UUID> practitionerIds) {
		return this.dsl.selectDistinct(PRACTITIONER.MANAGER_ID)
			.from(PRACTITIONER)
			.where(PRACTITIONER.ID.in(practitionerIds))
			.and(PRACTITIONER.MANAGER_ID.isNotNull())
			.fetch(PRACTITIONER.MANAGER_ID);
	}

	Map<UUID, UUID> managerOf(Collection<UUID> practitionerIds) {
		return this.dsl.select(PRACTITIONER.ID, PRACTITIONER.MANAGER_ID)
			.from(PRACTITIONER)
			.where(PRACTITIONER.ID.in(practitionerIds))
			.and(PRACTITIONER.MANAGER_ID.isNotNull())
			.fetchMap(PRACTITIONER.ID, PRACTITIONER.MANAGER_ID);
	}

	List<PractitionerRole> rolesOf(UUID practitionerId) {
		return this.dsl.select(PRACTITIONER_ROLE.ROLE)
			.from(PRACTITIONER_ROLE)
			.where(PRACTITIONER_ROLE.PRACTITIONER_ID.eq(practitionerId))
			.orderBy(PRACTITIONER_ROLE.ROLE)
			.fetch(row -> PractitionerRole.valueOf(row.value1()));
	}

	private static Agency toAgency(AgencyRecord row) {
		return new Agency(row.getId(), row.getName(), AgencyKind.valueOf(row.getKind()), row.getPhone());
	}

	private static Practitioner toPractitioner(PractitionerRecord row) {
		return new Practitioner(row.getId(), row.getName(), row.getJobTitle(), row.getAgencyId(), row.getEmail(),
				row.getPhone());
	}

}

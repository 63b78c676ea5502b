package org.hearth.access;

import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.CONSENT_EXCLUDED_AGENCY;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Turns a {@link Visibility} into SQL conditions that other repositories add to their queries. */
@Repository
public class AccessRepository {

	private final DSLContext dsl;

	AccessRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The condition on {@code EPISODE} that keeps only the episodes the visibility allows. */
	public Condition episodeVisible(Visibility visibility) {
		return switch (visibility) {
			case Visibility.Everything everything -> noCondition();
			case Visibility.Nothing nothing -> falseCondition();
			case Visibility.OwnFamily own -> EPISODE.FAMILY_ID.eq(own.familyId());
			case Visibility.ThroughTeam team -> exists(selectOne().from(TEAM_MEMBER)
				.join(PRACTITIONER)
				.on(PRACTITIONER.ID.eq(TEAM_MEMBER.PRACTITIONER_ID))
				.where(TEAM_MEMBER.EPISODE_ID.eq(EPISODE.ID))
				// Leaving the team ends what one sees through it (and what one's manager sees through one).
				.and(TEAM_MEMBER.LEFT_ON.isNull())
				.and(PRACTITIONER.ID.eq(team.practitionerId()).or(PRACTITIONER.MANAGER_ID.eq(team.practitionerId())))
				// Without the family's agreement to share with them, only the lead (and the lead's manager) may see it.
				.and(TEAM_MEMBER.IS_LEAD.isTrue()
					.or(shareConsentStands().and(agencyExcluded(PRACTITIONER.AGENCY_ID).not()))));
			case Visibility.AgencyOnTeam partner -> shareConsentStands()
				.and(agencyExcluded(DSL.val(partner.agencyId(), CONSENT_EXCLUDED_AGENCY.AGENCY_ID)).not())
				.and(exists(selectOne().from(TEAM_MEMBER)
					.join(PRACTITIONER)
					.on(PRACTITIONER.ID.eq(TEAM_MEMBER.PRACTITIONER_ID))
					.where(TEAM_MEMBER.EPISODE_ID.eq(EPISODE.ID))
					.and(TEAM_MEMBER.LEFT_ON.isNull())
					.and(PRACTITIONER.AGENCY_ID.eq(partner.agencyId()))));
		};
	}

	/** The condition on {@code FAMILY}: a family is visible through any visible episode, or to its own members. */
	public Condition familyVisible(Visibility visibility) {
		return switch (visibility) {
			case Visibility.Everything everything -> noCondition();
			case Visibility.Nothing nothing -> falseCondition();
			case Visibility.OwnFamily own -> FAMILY.ID.eq(own.familyId());
			default -> exists(selectOne().from(EPISODE)
				.where(EPISODE.FAMILY_ID.eq(FAMILY.ID))
				.and(episodeVisible(visibility)));
		};
	}

	/** Which kind of family member this person of this family is; null when there is no such person in it. */
	@Nullable FamilyMemberKind kindOf(UUID personId, UUID familyId) {
		return this.dsl.select(PERSON.ROLE, PERSON.HAS_PARENTAL_RESPONSIBILITY)
			.from(PERSON)
			.where(PERSON.ID.eq(personId))
			.and(PERSON.FAMILY_ID.eq(familyId))
			.fetchOptional(row -> FamilyMemberKind.of(row.value1(), Boolean.TRUE.equals(row.value2())))
			.orElse(null);
	}

	/** How a caller stands to an episode they are about to change; see {@link Permissions}. */
	record Standing(UUID familyId, String reference, String status, int version, @Nullable UUID leadPractitionerId,
			boolean lead, boolean member, boolean leadsManager, boolean membersManager, boolean owner) {
	}

	/** How a practitioner can stand to an episode's current team. */
	private enum Place {

		LEAD, MEMBER, LEADS_MANAGER, MEMBERS_MANAGER

	}

	/** Whether the practitioner stands so to the episode's current team (never, without a practitioner). */
	private static Condition stands(Condition current, @Nullable UUID practitionerId, Place place) {
		if (practitionerId == null) {
			return falseCondition();
		}
		return switch (place) {
			case LEAD -> exists(selectOne().from(TEAM_MEMBER)
				.where(current)
				.and(TEAM_MEMBER.IS_LEAD.isTrue())
				.and(TEAM_MEMBER.PRACTITIONER_ID.eq(practitionerId)));
			case MEMBER ->
				exists(selectOne().from(TEAM_MEMBER).where(current).and(TEAM_MEMBER.PRACTITIONER_ID.eq(practitionerId)));
			case LEADS_MANAGER, MEMBERS_MANAGER -> exists(selectOne().from(TEAM_MEMBER)
				.join(PRACTITIONER)
				.on(PRACTITIONER.ID.eq(TEAM_MEMBER.PRACTITIONER_ID))
				.where(current)
				.and(TEAM_MEMBER.IS_LEAD.eq(place == Place.LEADS_MANAGER))
				.and(PRACTITIONER.MANAGER_ID.eq(practitionerId)));
		};
	}

	/**
	 * Locks the episode (until the transaction ends) if the caller may see it, and reads how they stand to it: lead,
	 * member, manager of the lead or of another member now, and whether the given team member is theirs (themselves,
	 * someone they manage, or for a partner a practitioner of its agency). Null when there is no such episode the
	 * caller may see.
	 */
	@Nullable Standing lockForWrite(UUID episodeId, Visibility visibility, @Nullable UUID practitionerId,
			@Nullable UUID personId, @Nullable UUID agencyId, @Nullable UUID ownerMemberId) {
		var current = TEAM_MEMBER.EPISODE_ID.eq(EPISODE.ID).and(TEAM_MEMBER.LEFT_ON.isNull());
		Condition owns = (ownerMemberId == null) ? falseCondition()
				: exists(selectOne().from(TEAM_MEMBER)
					.leftJoin(PRACTITIONER)
					.on(PRACTITIONER.ID.eq(TEAM_MEMBER.PRACTITIONER_ID))
					.where(TEAM_MEMBER.ID.eq(ownerMemberId))
					.and(TEAM_MEMBER.EPISODE_ID.eq(EPISODE.ID))
					.and(or((practitionerId == null) ? falseCondition()
							: TEAM_MEMBER.PRACTITIONER_ID.eq(practitionerId).or(PRACTITIONER.MANAGER_ID.eq(practitionerId)),
							(personId == null) ? falseCondition() : TEAM_MEMBER.PERSON_ID.eq(personId),
							(agencyId == null) ? falseCondition() : PRACTITIONER.AGENCY_ID.eq(agencyId))));
		Field<UUID> leadPractitioner = field(select(TEAM_MEMBER.PRACTITIONER_ID).from(TEAM_MEMBER)
			.where(current)
			.and(TEAM_MEMBER.IS_LEAD.isTrue()));
		return this.dsl
			.select(EPISODE.FAMILY_ID, EPISODE.REFERENCE, EPISODE.STATUS, EPISODE.VERSION, leadPractitioner,
					field(stands(current, practitionerId, Place.LEAD)), field(stands(current, practitionerId, Place.MEMBER)),
					field(stands(current, practitionerId, Place.LEADS_MANAGER)),
					field(stands(current, practitionerId, Place.MEMBERS_MANAGER)), field(owns))
			.from(EPISODE)
			.where(EPISODE.ID.eq(episodeId))
			.and(episodeVisible(visibility))
			.forUpdate()
			.fetchOptional(row -> new Standing(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					Boolean.TRUE.equals(row.value6()), Boolean.TRUE.equals(row.value7()),
					Boolean.TRUE.equals(row.value8()), Boolean.TRUE.equals(row.value9()),
					Boolean.TRUE.equals(row.value10())))
			.orElse(null);
	}

	/**
	 * How a practitioner (or, with a null id, anyone else) stands to the open episode of each of these families that the
	 * visibility allows, read without a lock: for a read that shows a field only to those who may take a step (see
	 * {@link Permissions#familiesAllowing}). Families with no open episode the caller may see are left out.
	 */
	java.util.Map<UUID, Standing> openEpisodeStandings(java.util.Collection<UUID> familyIds, Visibility visibility,
			@Nullable UUID practitionerId) {
		if (familyIds.isEmpty()) {
			return java.util.Map.of();
		}
		var current = TEAM_MEMBER.EPISODE_ID.eq(EPISODE.ID).and(TEAM_MEMBER.LEFT_ON.isNull());
		java.util.Map<UUID, Standing> standings = new java.util.HashMap<>();
		this.dsl
			.select(EPISODE.FAMILY_ID, EPISODE.REFERENCE, EPISODE.STATUS, EPISODE.VERSION,
					field(stands(current, practitionerId, Place.LEAD)), field(stands(current, practitionerId, Place.MEMBER)),
					field(stands(current, practitionerId, Place.LEADS_MANAGER)),
					field(stands(current, practitionerId, Place.MEMBERS_MANAGER)))
			.from(EPISODE)
			.where(EPISODE.OPEN_FAMILY_ID.in(familyIds))
			.and(episodeVisible(visibility))
			.forEach(row -> standings.put(row.value1(),
					new Standing(row.value1(), row.value2(), row.value3(), row.value4(), null,
							Boolean.TRUE.equals(row.value5()), Boolean.TRUE.equals(row.value6()),
							Boolean.TRUE.equals(row.value7()), Boolean.TRUE.equals(row.value8()), false)));
		return standings;
	}

	/** Locks the family's row if the visibility allows it; false when there is no such family to see. */
	boolean lockFamily(UUID familyId, Visibility visibility) {
		return this.dsl.select(FAMILY.ID)
			.from(FAMILY)
			.where(FAMILY.ID.eq(familyId))
			.and(familyVisible(visibility))
			.forUpdate()
			.fetchOptional()
			.isPresent();
	}

	/** Locks the family (until the transaction ends) if the practitioner is on the team of one of its episodes now. */
	boolean lockFamilyOfTeamMember(UUID familyId, UUID practitionerId) {
		return this.dsl.select(FAMILY.ID)
			.from(FAMILY)
			.where(FAMILY.ID.eq(familyId))
			.andExists(selectOne().from(TEAM_MEMBER)
				.join(EPISODE)
				.on(EPISODE.ID.eq(TEAM_MEMBER.EPISODE_ID))
				.where(EPISODE.FAMILY_ID.eq(FAMILY.ID))
				.and(TEAM_MEMBER.PRACTITIONER_ID.eq(practitionerId))
				.and(TEAM_MEMBER.LEFT_ON.isNull()))
			.forUpdate()
			.fetchOptional()
			.isPresent();
	}

	/** The family's share consent names this agency as one not to share with. */
	private static Condition agencyExcluded(Field<UUID> agency) {
		return exists(selectOne().from(CONSENT_EXCLUDED_AGENCY)
			.join(CONSENT)
			.on(CONSENT.ID.eq(CONSENT_EXCLUDED_AGENCY.CONSENT_ID))
			.where(CONSENT.EPISODE_ID.eq(EPISODE.ID))
			.and(CONSENT.SCOPE.eq("SHARE"))
			.and(CONSENT_EXCLUDED_AGENCY.AGENCY_ID.eq(agency)));
	}

	/**
	 * The family agreed to share with the team: someone gave share consent, and nobody has withdrawn consent (a
	 * withdrawal ends the episode, and sharing with it).
	 */
	private static Condition shareConsentStands() {
		return exists(selectOne().from(CONSENT)
			.where(CONSENT.EPISODE_ID.eq(EPISODE.ID))
			.and(CONSENT.SCOPE.eq("SHARE"))
			.and(CONSENT.DECISION.eq("GIVEN")))
			.and(notExists(selectOne().from(CONSENT)
				.where(CONSENT.EPISODE_ID.eq(EPISODE.ID))
				.and(CONSENT.DECISION.eq("WITHDRAWN"))));
	}

}

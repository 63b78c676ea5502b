package org.hearth.team;

import static org.hearth.db.jooq.Tables.HANDOVER;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.db.jooq.tables.records.TeamMemberRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class TeamRepository {

	private final DSLContext dsl;

	TeamRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<TeamMember> ofEpisodes(Collection<UUID> episodeIds) {
		return this.dsl.selectFrom(TEAM_MEMBER)
			.where(TEAM_MEMBER.EPISODE_ID.in(episodeIds))
			.orderBy(TEAM_MEMBER.IS_LEAD.desc(), TEAM_MEMBER.JOINED_ON, TEAM_MEMBER.ID)
			.fetch(TeamRepository::toMember);
	}

	List<TeamMember> findAll(Collection<UUID> ids) {
		return this.dsl.selectFrom(TEAM_MEMBER).where(TEAM_MEMBER.ID.in(ids)).fetch(TeamRepository::toMember);
	}

	Optional<TeamMember> find(UUID id) {
		return this.dsl.selectFrom(TEAM_MEMBER).where(TEAM_MEMBER.ID.eq(id)).fetchOptional(TeamRepository::toMember);
	}

	List<Handover> handovers(Collection<UUID> episodeIds) {
		return this.dsl.selectFrom(HANDOVER)
			.where(HANDOVER.EPISODE_ID.in(episodeIds))
			.orderBy(HANDOVER.HANDED_OVER_ON, HANDOVER.ID)
			.fetch(row -> new Handover(row.getId(), row.getEpisodeId(), row.getFromMemberId(), row.getToMemberId(),
					row.getHandedOverOn(), row.getFamilyConsulted(), row.getNotes()));
	}

	void insert(TeamMember member) {
		this.dsl.insertInto(TEAM_MEMBER)
			.set(TEAM_MEMBER.ID, member.id())
			.set(TEAM_MEMBER.EPISODE_ID, member.episodeId())
			.set(TEAM_MEMBER.PRACTITIONER_ID, member.practitionerId())
			.set(TEAM_MEMBER.PERSON_ID, member.personId())
			.set(TEAM_MEMBER.ROLE_DESCRIPTION, member.roleDescription())
			.set(TEAM_MEMBER.IS_LEAD, member.isLead())
			.set(TEAM_MEMBER.LEAD_OF_EPISODE, member.isLead() ? member.episodeId() : null)
			.set(TEAM_MEMBER.JOINED_ON, member.joinedOn())
			.execute();
	}

	/** Takes the lead from a member; done before {@link #makeLead}, as the one-lead key allows one at a time. */
	void clearLead(UUID memberId) {
		this.dsl.update(TEAM_MEMBER)
			.set(TEAM_MEMBER.IS_LEAD, false)
			.set(TEAM_MEMBER.LEAD_OF_EPISODE, (UUID) null)
			.set(TEAM_MEMBER.VERSION, TEAM_MEMBER.VERSION.plus(1))
			.where(TEAM_MEMBER.ID.eq(memberId))
			.execute();
	}

	void makeLead(TeamMember member) {
		this.dsl.update(TEAM_MEMBER)
			.set(TEAM_MEMBER.IS_LEAD, true)
			.set(TEAM_MEMBER.LEAD_OF_EPISODE, member.episodeId())
			.set(TEAM_MEMBER.VERSION, TEAM_MEMBER.VERSION.plus(1))
			.where(TEAM_MEMBER.ID.eq(member.id()))
			.execute();
	}

	void markLeft(UUID memberId, LocalDate leftOn) {
		this.dsl.update(TEAM_MEMBER)
			.set(TEAM_MEMBER.LEFT_ON, leftOn)
			.set(TEAM_MEMBER.VERSION, TEAM_MEMBER.VERSION.plus(1))
			.where(TEAM_MEMBER.ID.eq(memberId))
			.execute();
	}

	void insertHandover(Handover handover, UUID recordedBy) {
		this.dsl.insertInto(HANDOVER)
			.set(HANDOVER.ID, handover.id())
			.set(HANDOVER.EPISODE_ID, handover.episodeId())
			.set(HANDOVER.FROM_MEMBER_ID, handover.fromMemberId())
			.set(HANDOVER.TO_MEMBER_ID, handover.toMemberId())
			.set(HANDOVER.HANDED_OVER_ON, handover.handedOverOn())
			.set(HANDOVER.FAMILY_CONSULTED, handover.familyConsulted())
			.set(HANDOVER.NOTES, handover.notes())
			.set(HANDOVER.RECORDED_BY, recordedBy)
			.execute();
	}

	private static TeamMember toMember(TeamMemberRecord row) {
		return new TeamMember(row.getId(), row.getEpisodeId(), row.getPractitionerId(), row.getPersonId(),
				row.getRoleDescription(), row.getIsLead(), row.getJoinedOn(), row.getLeftOn());
	}

}

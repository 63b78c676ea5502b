package org.hearth.access;

import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import org.jooq.Condition;
import org.springframework.stereotype.Repository;

/** Turns a {@link Visibility} into SQL conditions that other repositories add to their queries. */
@Repository
public class AccessRepository {

	/** The condition on {@code EPISODE} that keeps only the episodes the visibility allows. */
	public Condition episodeVisible(Visibility visibility) {
		return switch (visibility) {
			case Visibility.Everything everything -> noCondition();
			case Visibility.OwnFamily own -> EPISODE.FAMILY_ID.eq(own.familyId());
			case Visibility.ThroughTeam team -> exists(selectOne().from(TEAM_MEMBER)
				.where(TEAM_MEMBER.EPISODE_ID.eq(EPISODE.ID))
				.and(TEAM_MEMBER.PRACTITIONER_ID.eq(team.practitionerId())
					.or(TEAM_MEMBER.PRACTITIONER_ID.in(select(PRACTITIONER.ID).from(PRACTITIONER)
						.where(PRACTITIONER.MANAGER_ID.eq(team.practitionerId()))))));
			case Visibility.AgencyOnTeam partner -> exists(selectOne().from(TEAM_MEMBER)
				.join(PRACTITIONER)
				.on(PRACTITIONER.ID.eq(TEAM_MEMBER.PRACTITIONER_ID))
				.where(TEAM_MEMBER.EPISODE_ID.eq(EPISODE.ID))
				.and(PRACTITIONER.AGENCY_ID.eq(partner.agencyId())));
		};
	}

	/** The condition on {@code FAMILY}: a family is visible through any visible episode, or to its own members. */
	public Condition familyVisible(Visibility visibility) {
		return switch (visibility) {
			case Visibility.Everything everything -> noCondition();
			case Visibility.OwnFamily own -> FAMILY.ID.eq(own.familyId());
			default -> exists(selectOne().from(EPISODE)
				.where(EPISODE.FAMILY_ID.eq(FAMILY.ID))
				.and(episodeVisible(visibility)));
		};
	}

}

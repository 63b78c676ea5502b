package org.hearth.safeguarding;

import static org.hearth.db.jooq.Tables.SAFEGUARDING_REFERRAL;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.db.jooq.tables.records.SafeguardingReferralRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class SafeguardingRepository {

	private final DSLContext dsl;

	SafeguardingRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(SafeguardingReferral referral) {
		this.dsl.insertInto(SAFEGUARDING_REFERRAL)
			.set(SAFEGUARDING_REFERRAL.ID, referral.id())
			.set(SAFEGUARDING_REFERRAL.FAMILY_ID, referral.familyId())
			.set(SAFEGUARDING_REFERRAL.EPISODE_ID, referral.episodeId())
			.set(SAFEGUARDING_REFERRAL.DECIDED_BY, referral.decidedById())
			.set(SAFEGUARDING_REFERRAL.DECIDED_AT, referral.decidedAt())
			.set(SAFEGUARDING_REFERRAL.REASON, referral.reason())
			.set(SAFEGUARDING_REFERRAL.SOCIAL_CARE_REFERENCE, referral.socialCareReference())
			.execute();
	}

	Optional<SafeguardingReferral> find(UUID id) {
		return this.dsl.selectFrom(SAFEGUARDING_REFERRAL)
			.where(SAFEGUARDING_REFERRAL.ID.eq(id))
			.fetchOptional(SafeguardingRepository::toReferral);
	}

	/** The families' referrals, newest first. */
	List<SafeguardingReferral> ofFamilies(Collection<UUID> familyIds) {
		return this.dsl.selectFrom(SAFEGUARDING_REFERRAL)
			.where(SAFEGUARDING_REFERRAL.FAMILY_ID.in(familyIds))
			.orderBy(SAFEGUARDING_REFERRAL.DECIDED_AT.desc(), SAFEGUARDING_REFERRAL.ID.desc())
			.fetch(SafeguardingRepository::toReferral);
	}

	private static SafeguardingReferral toReferral(SafeguardingReferralRecord row) {
		return new SafeguardingReferral(row.getId(), row.getFamilyId(), row.getEpisodeId(), row.getDecidedBy(),
				row.getDecidedAt(), row.getReason(), row.getSocialCareReference());
	}

}

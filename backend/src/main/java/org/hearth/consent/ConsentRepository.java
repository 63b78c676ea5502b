package org.hearth.consent;

import static org.hearth.db.jooq.Tables.AGENCY;
import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.CONSENT_EXCLUDED_AGENCY;
import static org.hearth.db.jooq.Tables.CONSENT_SIGNATURE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.db.jooq.tables.records.ConsentRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ConsentRepository {

	private final DSLContext dsl;

	ConsentRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Whether a signature is kept with the consent (the image itself is not read). */
	private static final org.jooq.Field<Boolean> SIGNED = field(
			exists(selectOne().from(CONSENT_SIGNATURE).where(CONSENT_SIGNATURE.CONSENT_ID.eq(CONSENT.ID))))
		.as("signed");

	List<Consent> ofEpisodes(Collection<UUID> episodeIds) {
		return this.dsl.select(CONSENT.asterisk(), SIGNED)
			.from(CONSENT)
			.where(CONSENT.EPISODE_ID.in(episodeIds))
			.orderBy(CONSENT.RECORDED_AT, CONSENT.ID)
			.fetch(ConsentRepository::toConsent);
	}

	Optional<Consent> find(UUID id) {
		return this.dsl.select(CONSENT.asterisk(), SIGNED)
			.from(CONSENT)
			.where(CONSENT.ID.eq(id))
			.fetchOptional(ConsentRepository::toConsent);
	}

	/** Keeps the signature drawn for a consent: the PNG's bytes. */
	void insertSignature(UUID consentId, byte[] png) {
		this.dsl.insertInto(CONSENT_SIGNATURE)
			.set(CONSENT_SIGNATURE.CONSENT_ID, consentId)
			.set(CONSENT_SIGNATURE.PNG, png)
			.execute();
	}

	/** Consent id to the ids of the agencies it excludes. */
	Map<UUID, List<UUID>> excludedAgencies(Collection<UUID> consentIds) {
		return this.dsl.select(CONSENT_EXCLUDED_AGENCY.CONSENT_ID, CONSENT_EXCLUDED_AGENCY.AGENCY_ID)
			.from(CONSENT_EXCLUDED_AGENCY)
			.where(CONSENT_EXCLUDED_AGENCY.CONSENT_ID.in(consentIds))
			.fetchGroups(CONSENT_EXCLUDED_AGENCY.CONSENT_ID, CONSENT_EXCLUDED_AGENCY.AGENCY_ID);
	}

	/** The agencies the episode's latest share decision leaves out (none when there is no share decision). */
	List<UUID> excludedByLatestShare(UUID episodeId) {
		var latestShare = select(CONSENT.ID).from(CONSENT)
			.where(CONSENT.EPISODE_ID.eq(episodeId))
			.and(CONSENT.SCOPE.eq(ConsentScope.SHARE.name()))
			.orderBy(CONSENT.RECORDED_AT.desc(), CONSENT.ID.desc())
			.limit(1);
		return this.dsl.select(CONSENT_EXCLUDED_AGENCY.AGENCY_ID)
			.from(CONSENT_EXCLUDED_AGENCY)
			.where(CONSENT_EXCLUDED_AGENCY.CONSENT_ID.eq(field(latestShare)))
			.fetch(CONSENT_EXCLUDED_AGENCY.AGENCY_ID);
	}

	int countAgencies(Collection<UUID> ids) {
		return ids.isEmpty() ? 0 : this.dsl.fetchCount(AGENCY, AGENCY.ID.in(ids));
	}

	void insert(Consent consent, List<UUID> excludedAgencyIds) {
		this.dsl.insertInto(CONSENT)
			.set(CONSENT.ID, consent.id())
			.set(CONSENT.EPISODE_ID, consent.episodeId())
			.set(CONSENT.SCOPE, consent.scope().name())
			.set(CONSENT.DECISION, consent.decision().name())
			.set(CONSENT.GIVEN_BY, consent.givenById())
			.set(CONSENT.RECORDED_BY, consent.recordedById())
			.set(CONSENT.RECORDED_AT, consent.recordedAt())
			.set(CONSENT.METHOD, consent.method().name())
			.set(CONSENT.NOTES, consent.notes())
			.execute();
		if (!excludedAgencyIds.isEmpty()) {
			var insert = this.dsl.insertInto(CONSENT_EXCLUDED_AGENCY, CONSENT_EXCLUDED_AGENCY.CONSENT_ID,
					CONSENT_EXCLUDED_AGENCY.AGENCY_ID);
			for (UUID agency : excludedAgencyIds) {
				insert = insert.values(consent.id(), agency);
			}
			insert.execute();
		}
	}

	private static Consent toConsent(org.jooq.Record record) {
		ConsentRecord row = record.into(CONSENT);
		return new Consent(row.getId(), row.getEpisodeId(), ConsentScope.valueOf(row.getScope()),
				ConsentDecision.valueOf(row.getDecision()), row.getGivenBy(), row.getRecordedBy(),
				row.getRecordedAt(), ConsentMethod.valueOf(row.getMethod()), row.getNotes(),
				Boolean.TRUE.equals(record.get(SIGNED)));
	}

}

package org.hearth.episode;

import static org.hearth.db.jooq.Tables.AGENCY;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.trim;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.AccessRepository;
import org.hearth.access.Visibility;
import org.hearth.db.jooq.tables.records.EpisodeRecord;
import org.hearth.graphql.InvalidArgumentException;
import org.hearth.graphql.PageRequests;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class EpisodeRepository {

	/** Sorts episodes without a due date after those with one. */
	static final LocalDate NOTHING_DUE = LocalDate.of(9999, 12, 31);

	/**
	 * Whether the episode is closed, and its due date or {@link #NOTHING_DUE}: columns the database generates from
	 * status and next_due_on (migration V0015, which jOOQ's code generator cannot read), indexed with the id.
	 */
	private static final Field<Boolean> CLOSED = field(name("episode", "urgency_closed"), SQLDataType.BOOLEAN);

	private static final Field<LocalDate> DUE = field(name("episode", "urgency_due"), SQLDataType.LOCALDATE);

	/** Most urgent first: open before closed, then the earliest due date. The id makes the order total. */
	private static final List<SortField<?>> URGENCY = List.of(CLOSED.asc(), DUE.asc(), EPISODE.ID.asc());

	private final DSLContext dsl;

	private final AccessRepository access;

	EpisodeRepository(DSLContext dsl, AccessRepository access) {
		this.dsl = dsl;
		this.access = access;
	}

	/** Where one episode sits in the urgency order; a page's cursors are made of these keys. */
	record Position(boolean closed, LocalDate due, UUID id) {

		static Position of(Episode episode) {
			return new Position(!episode.isOpen(),
					(episode.nextDueOn() != null) ? episode.nextDueOn() : NOTHING_DUE, episode.id());
		}

		Map<String, String> keys() {
			return Map.of("closed", String.valueOf(this.closed), "due", this.due.toString(), "id", this.id.toString());
		}

		/** The position a cursor's keys name; keys Hearth did not write are not a cursor of this list. */
		static Position from(Map<String, Object> keys) {
			String closed = PageRequests.key(keys, "closed");
			try {
				if (!closed.equals("true") && !closed.equals("false")) {
					throw new IllegalArgumentException(closed);
				}
				return new Position(Boolean.parseBoolean(closed), LocalDate.parse(PageRequests.key(keys, "due")),
						UUID.fromString(PageRequests.key(keys, "id")));
			}
			catch (RuntimeException ex) {
				throw InvalidArgumentException.notACursor();
			}
		}

	}

	/** What a list is narrowed to, beyond what the caller may see. */
	record ListCriteria(@Nullable List<EpisodeStatus> statuses, @Nullable UUID leadPractitionerId,
			@Nullable UUID memberPractitionerId, @Nullable LocalDate overdueBefore) {
	}

	Optional<Episode> findVisible(UUID id, Visibility visibility) {
		return this.dsl.selectFrom(EPISODE)
			.where(EPISODE.ID.eq(id))
			.and(this.access.episodeVisible(visibility))
			.fetchOptional(EpisodeRepository::toEpisode);
	}

	/** Open episodes led now by any of these practitioners, most urgent first. */
	List<Episode> openLedBy(Collection<UUID> leadPractitionerIds, Visibility visibility) {
		return this.dsl.selectFrom(EPISODE)
			.where(this.access.episodeVisible(visibility))
			.and(CLOSED.isFalse())
			.and(exists(selectOne().from(TEAM_MEMBER)
				.where(TEAM_MEMBER.EPISODE_ID.eq(EPISODE.ID))
				.and(TEAM_MEMBER.IS_LEAD.isTrue())
				.and(TEAM_MEMBER.LEFT_ON.isNull())
				.and(TEAM_MEMBER.PRACTITIONER_ID.in(leadPractitionerIds))))
			.orderBy(URGENCY)
			.fetch(EpisodeRepository::toEpisode);
	}

	List<Episode> findAllVisible(Collection<UUID> ids, Visibility visibility) {
		return this.dsl.selectFrom(EPISODE)
			.where(EPISODE.ID.in(ids))
			.and(this.access.episodeVisible(visibility))
			.fetch(EpisodeRepository::toEpisode);
	}

	List<Episode> page(Visibility visibility, ListCriteria criteria, @Nullable Position after, int limit) {
		var ordered = this.dsl.selectFrom(EPISODE)
			.where(this.access.episodeVisible(visibility))
			.and(matching(criteria))
			.orderBy(URGENCY);
		var page = (after != null) ? ordered.seek(after.closed(), after.due(), after.id()).limit(limit)
				: ordered.limit(limit);
		return page.fetch(EpisodeRepository::toEpisode);
	}

	int count(Visibility visibility, ListCriteria criteria) {
		return this.dsl.fetchCount(EPISODE, this.access.episodeVisible(visibility).and(matching(criteria)));
	}

	List<Episode> ofFamilies(Collection<UUID> familyIds, Visibility visibility) {
		return this.dsl.selectFrom(EPISODE)
			.where(EPISODE.FAMILY_ID.in(familyIds))
			.and(this.access.episodeVisible(visibility))
			.orderBy(EPISODE.OPENED_ON.desc(), EPISODE.ID.desc())
			.fetch(EpisodeRepository::toEpisode);
	}

	List<Episode> findAll(Collection<UUID> ids) {
		return this.dsl.selectFrom(EPISODE).where(EPISODE.ID.in(ids)).fetch(EpisodeRepository::toEpisode);
	}

	/** Open episodes of any family with a child of this name and date of birth, with the lead's work contact. */
	List<ExistingPlanMatch> openPlansFor(String givenName, String familyName, LocalDate dateOfBirth) {
		return this.dsl
			.select(EPISODE.REFERENCE, EPISODE.STATUS, PRACTITIONER.NAME, AGENCY.NAME,
					coalesce(PRACTITIONER.PHONE, PRACTITIONER.EMAIL, AGENCY.PHONE, AGENCY.EMAIL))
			.from(EPISODE)
			.leftJoin(TEAM_MEMBER)
			.on(TEAM_MEMBER.EPISODE_ID.eq(EPISODE.ID).and(TEAM_MEMBER.IS_LEAD.isTrue()))
			.leftJoin(PRACTITIONER)
			.on(PRACTITIONER.ID.eq(TEAM_MEMBER.PRACTITIONER_ID))
			.leftJoin(AGENCY)
			.on(AGENCY.ID.eq(PRACTITIONER.AGENCY_ID))
			.where(EPISODE.OPEN_FAMILY_ID.in(select(PERSON.FAMILY_ID).from(PERSON)
				.where(lower(trim(PERSON.GIVEN_NAME)).eq(givenName.trim().toLowerCase()))
				.and(lower(trim(PERSON.FAMILY_NAME)).eq(familyName.trim().toLowerCase()))
				.and(PERSON.DATE_OF_BIRTH.eq(dateOfBirth))))
			.orderBy(EPISODE.OPENED_ON)
			.fetch(row -> new ExistingPlanMatch(row.value1(), EpisodeStatus.valueOf(row.value2()), row.value3(),
					row.value4(), row.value5()));
	}

	void insert(Episode episode, UUID requestedBy, java.time.Instant createdAt) {
		this.dsl.insertInto(EPISODE)
			.set(EPISODE.ID, episode.id())
			.set(EPISODE.REFERENCE, episode.reference())
			.set(EPISODE.FAMILY_ID, episode.familyId())
			.set(EPISODE.OPEN_FAMILY_ID, episode.familyId())
			.set(EPISODE.STATUS, episode.status().name())
			.set(EPISODE.LEVEL_OF_NEED, episode.levelOfNeed().name())
			.set(EPISODE.SOURCE, episode.source().name())
			.set(EPISODE.REQUEST_REASONS, episode.requestReasons())
			.set(EPISODE.OPENED_ON, episode.openedOn())
			.set(EPISODE.REQUESTED_BY, requestedBy)
			.set(EPISODE.CREATED_AT, createdAt)
			.execute();
	}

	/** Whether the family has an open episode now. */
	boolean hasOpenEpisode(UUID familyId) {
		return this.dsl.fetchExists(EPISODE, EPISODE.OPEN_FAMILY_ID.eq(familyId));
	}

	/** Moves the episode from one status to another and its version on; false when it was not in that status. */
	/** Moves the status on; a closed episode no longer holds its family's one open place. */
	boolean moveStatus(UUID episodeId, EpisodeStatus from, EpisodeStatus to) {
		return this.dsl.update(EPISODE)
			.set(EPISODE.STATUS, to.name())
			.set(EPISODE.OPEN_FAMILY_ID,
					(to == EpisodeStatus.CLOSED) ? inline(null, EPISODE.OPEN_FAMILY_ID) : EPISODE.OPEN_FAMILY_ID)
			.set(EPISODE.VERSION, EPISODE.VERSION.plus(1))
			.where(EPISODE.ID.eq(episodeId))
			.and(EPISODE.STATUS.eq(from.name()))
			.execute() == 1;
	}

	void setNextDueOn(UUID episodeId, @Nullable LocalDate nextDueOn) {
		this.dsl.update(EPISODE).set(EPISODE.NEXT_DUE_ON, nextDueOn).where(EPISODE.ID.eq(episodeId)).execute();
	}

	private Condition matching(ListCriteria criteria) {
		Condition condition = noCondition();
		if (criteria.statuses() != null && !criteria.statuses().isEmpty()) {
			condition = condition.and(EPISODE.STATUS.in(criteria.statuses().stream().map(Enum::name).toList()));
		}
		if (criteria.leadPractitionerId() != null) {
			condition = condition.and(exists(selectOne().from(TEAM_MEMBER)
				.where(TEAM_MEMBER.EPISODE_ID.eq(EPISODE.ID))
				.and(TEAM_MEMBER.IS_LEAD.isTrue())
				.and(TEAM_MEMBER.PRACTITIONER_ID.eq(criteria.leadPractitionerId()))));
		}
		if (criteria.memberPractitionerId() != null) {
			condition = condition.and(exists(selectOne().from(TEAM_MEMBER)
				.where(TEAM_MEMBER.EPISODE_ID.eq(EPISODE.ID))
				.and(TEAM_MEMBER.LEFT_ON.isNull())
				.and(TEAM_MEMBER.PRACTITIONER_ID.eq(criteria.memberPractitionerId()))));
		}
		if (criteria.overdueBefore() != null) {
			condition = condition.and(CLOSED.isFalse()).and(DUE.lt(criteria.overdueBefore()));
		}
		return condition;
	}

	private static Episode toEpisode(EpisodeRecord row) {
		return new Episode(row.getId(), row.getReference(), row.getFamilyId(), EpisodeStatus.valueOf(row.getStatus()),
				LevelOfNeed.valueOf(row.getLevelOfNeed()), EpisodeSource.valueOf(row.getSource()),
				row.getRequestReasons(), row.getOpenedOn(), row.getNextDueOn(), row.getVersion());
	}

}

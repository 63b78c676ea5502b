package org.hearth.reminder;

import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ReminderRepository {

	/** Rows per insert statement. */
	private static final int CHUNK = 500;

	private final DSLContext dsl;

	ReminderRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** An unfinished action of an open episode and its owner now on the team (a practitioner or a family member). */
	record DueAction(UUID actionId, UUID episodeId, String reference, LocalDate dueDate, @Nullable UUID practitionerId,
			@Nullable UUID personId) {
	}

	/** Unfinished actions of open episodes due on or before the day, whose owner is still on the team. */
	List<DueAction> actionsDueBy(LocalDate until) {
		return this.dsl
			.select(PLAN_ACTION.ID, EPISODE.ID, EPISODE.REFERENCE, PLAN_ACTION.DUE_DATE, TEAM_MEMBER.PRACTITIONER_ID,
					TEAM_MEMBER.PERSON_ID)
			.from(PLAN_ACTION)
			.join(OUTCOME)
			.on(OUTCOME.ID.eq(PLAN_ACTION.OUTCOME_ID))
			.join(EPISODE)
			.on(EPISODE.ID.eq(OUTCOME.EPISODE_ID))
			.join(TEAM_MEMBER)
			.on(TEAM_MEMBER.ID.eq(PLAN_ACTION.OWNER_MEMBER_ID))
			.where(PLAN_ACTION.STATUS.in("NOT_STARTED", "IN_PROGRESS"))
			.and(PLAN_ACTION.DUE_DATE.le(until))
			.and(EPISODE.STATUS.ne("CLOSED"))
			.and(TEAM_MEMBER.LEFT_ON.isNull())
			.fetch(row -> new DueAction(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					row.value6()));
	}

	/** A team meeting to come, neither held nor called off, of an open episode. */
	record ComingMeeting(UUID meetingId, UUID episodeId, UUID familyId, String reference, Instant scheduledFor) {
	}

	List<ComingMeeting> meetingsBetween(Instant from, Instant until) {
		return this.dsl.select(MEETING.ID, EPISODE.ID, EPISODE.FAMILY_ID, EPISODE.REFERENCE, MEETING.SCHEDULED_FOR)
			.from(MEETING)
			.join(EPISODE)
			.on(EPISODE.ID.eq(MEETING.EPISODE_ID))
			.where(MEETING.SCHEDULED_FOR.ge(from))
			.and(MEETING.SCHEDULED_FOR.lt(until))
			.and(MEETING.HELD_ON.isNull())
			.and(MEETING.CANCELLED_AT.isNull())
			.and(EPISODE.STATUS.ne("CLOSED"))
			.fetch(row -> new ComingMeeting(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
	}

	/** Someone on an episode's team now: a practitioner (lead or not) or a family member. */
	record Member(UUID episodeId, @Nullable UUID practitionerId, @Nullable UUID personId, boolean lead) {
	}

	List<Member> teams(Collection<UUID> episodeIds) {
		if (episodeIds.isEmpty()) {
			return List.of();
		}
		return this.dsl.select(TEAM_MEMBER.EPISODE_ID, TEAM_MEMBER.PRACTITIONER_ID, TEAM_MEMBER.PERSON_ID, TEAM_MEMBER.IS_LEAD)
			.from(TEAM_MEMBER)
			.where(TEAM_MEMBER.EPISODE_ID.in(episodeIds))
			.and(TEAM_MEMBER.LEFT_ON.isNull())
			.fetch(row -> new Member(row.value1(), row.value2(), row.value3(), row.value4()));
	}

	/** The parents and carers (with parental responsibility) of these families. */
	record Parent(UUID familyId, UUID personId) {
	}

	List<Parent> parents(Collection<UUID> familyIds) {
		if (familyIds.isEmpty()) {
			return List.of();
		}
		return this.dsl.select(PERSON.FAMILY_ID, PERSON.ID)
			.from(PERSON)
			.where(PERSON.FAMILY_ID.in(familyIds))
			.and(PERSON.HAS_PARENTAL_RESPONSIBILITY.isTrue())
			.fetch(row -> new Parent(row.value1(), row.value2()));
	}

	/** Open episodes with something due on or before the day (as their stored next due day says). */
	List<UUID> openEpisodesDueBy(LocalDate until) {
		return this.dsl.select(EPISODE.ID)
			.from(EPISODE)
			.where(EPISODE.STATUS.ne("CLOSED"))
			.and(EPISODE.NEXT_DUE_ON.le(until))
			.fetch(EPISODE.ID);
	}

	/** Of these practitioners, those who have not switched reminders off. */
	Set<UUID> practitionersReminded(Collection<UUID> practitionerIds) {
		if (practitionerIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.dsl.select(PRACTITIONER.ID)
			.from(PRACTITIONER)
			.where(PRACTITIONER.ID.in(practitionerIds))
			.and(PRACTITIONER.REMINDERS_OFF.isFalse())
			.fetch(PRACTITIONER.ID));
	}

	/**
	 * Of these family members, those Hearth may remind: they agreed to be contacted, gave an e-mail address or a phone
	 * number, and have not switched reminders off.
	 */
	Set<UUID> peopleReminded(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.dsl.select(PERSON.ID)
			.from(PERSON)
			.where(PERSON.ID.in(personIds))
			.and(PERSON.AGREED_TO_BE_CONTACTED.isTrue())
			.and(PERSON.REMINDERS_OFF.isFalse())
			.and(PERSON.EMAIL.isNotNull().or(PERSON.PHONE.isNotNull()))
			.fetch(PERSON.ID));
	}

	/** A reminder to queue: for a practitioner or a family member, with its unique key. */
	record Queued(String key, UUID episodeId, @Nullable UUID practitionerId, @Nullable UUID personId, String kind,
			String message) {
	}

	/**
	 * Queues the reminders whose key is not in the table yet; a key already there (queued by an earlier run, or by
	 * another instance at this very moment) is left as it is. Keys go in sorted, so two runs at once take the unique
	 * index's locks in the same order.
	 */
	void queue(List<Queued> reminders, Instant now) {
		List<Queued> sorted = reminders.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
		for (int from = 0; from < sorted.size(); from += CHUNK) {
			var insert = this.dsl.insertInto(NOTIFICATION, NOTIFICATION.ID, NOTIFICATION.PRACTITIONER_ID,
					NOTIFICATION.PERSON_ID, NOTIFICATION.EPISODE_ID, NOTIFICATION.KIND, NOTIFICATION.MESSAGE,
					NOTIFICATION.CREATED_AT, NOTIFICATION.REMINDER_KEY, NOTIFICATION.NEXT_ATTEMPT_AT);
			for (Queued reminder : sorted.subList(from, Math.min(sorted.size(), from + CHUNK))) {
				insert = insert.values(Ids.newId(), reminder.practitionerId(), reminder.personId(), reminder.episodeId(),
						reminder.kind(), reminder.message(), now, reminder.key(), now);
			}
			// INSERT IGNORE (MySQL and MariaDB alike): a duplicate key is passed over, the rest inserted.
			insert.onDuplicateKeyIgnore().execute();
		}
	}

	/** Switches a practitioner's reminders on or off; whether they were on before. */
	boolean setPractitionerReminders(UUID practitionerId, boolean on) {
		boolean before = remindersOnForPractitioner(practitionerId);
		this.dsl.update(PRACTITIONER)
			.set(PRACTITIONER.REMINDERS_OFF, !on)
			.where(PRACTITIONER.ID.eq(practitionerId))
			.execute();
		return before;
	}

	boolean setPersonReminders(UUID personId, boolean on) {
		boolean before = remindersOnForPerson(personId);
		this.dsl.update(PERSON).set(PERSON.REMINDERS_OFF, !on).where(PERSON.ID.eq(personId)).execute();
		return before;
	}

	boolean remindersOnForPractitioner(UUID practitionerId) {
		return !this.dsl.select(PRACTITIONER.REMINDERS_OFF)
			.from(PRACTITIONER)
			.where(PRACTITIONER.ID.eq(practitionerId))
			.forUpdate()
			.fetchSingle(PRACTITIONER.REMINDERS_OFF);
	}

	boolean remindersOnForPerson(UUID personId) {
		return !this.dsl.select(PERSON.REMINDERS_OFF)
			.from(PERSON)
			.where(PERSON.ID.eq(personId))
			.forUpdate()
			.fetchSingle(PERSON.REMINDERS_OFF);
	}

}

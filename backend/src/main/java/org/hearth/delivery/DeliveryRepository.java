package org.hearth.delivery;

import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PRACTITIONER;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.graphql.InvalidArgumentException;
import org.hearth.graphql.PageRequests;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class DeliveryRepository {

	private final DSLContext dsl;

	DeliveryRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** A notification waiting for delivery, with its recipient's addresses. */
	record Waiting(UUID id, @Nullable String email, @Nullable String phone, String kind, String message, int attempts) {
	}

	/**
	 * Notifications due for an attempt now, oldest first, written since {@code notBefore}, whose recipient can be
	 * reached: a practitioner, or a family member who (still) agreed to be contacted, with an e-mail address (or a
	 * phone number, when the channel sends texts).
	 */
	List<Waiting> due(Instant now, Instant notBefore, boolean texts, int limit) {
		var email = DSL.coalesce(PRACTITIONER.EMAIL, PERSON.EMAIL);
		var phone = DSL.coalesce(PRACTITIONER.PHONE, PERSON.PHONE);
		Condition reachable = texts ? email.isNotNull().or(phone.isNotNull()) : email.isNotNull();
		return this.dsl.select(NOTIFICATION.ID, email, phone, NOTIFICATION.KIND, NOTIFICATION.MESSAGE, NOTIFICATION.ATTEMPTS)
			.from(NOTIFICATION)
			.leftJoin(PRACTITIONER)
			.on(PRACTITIONER.ID.eq(NOTIFICATION.PRACTITIONER_ID))
			.leftJoin(PERSON)
			.on(PERSON.ID.eq(NOTIFICATION.PERSON_ID))
			.where(NOTIFICATION.NEXT_ATTEMPT_AT.le(now))
			.and(NOTIFICATION.CREATED_AT.ge(notBefore))
			.and(NOTIFICATION.DELIVERED_AT.isNull())
			.and(NOTIFICATION.FAILED_AT.isNull())
			.and(NOTIFICATION.PERSON_ID.isNull().or(PERSON.AGREED_TO_BE_CONTACTED.isTrue()))
			.and(reachable)
			.orderBy(NOTIFICATION.NEXT_ATTEMPT_AT, NOTIFICATION.ID)
			.limit(limit)
			.fetch(row -> new Waiting(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					row.value6()));
	}

	/** Marks it delivered, unless another run got there first (then false). */
	boolean delivered(UUID id, int attempts, Instant at, String channel) {
		return this.dsl.update(NOTIFICATION)
			.set(NOTIFICATION.DELIVERED_AT, at)
			.set(NOTIFICATION.DELIVERED_BY, channel)
			.set(NOTIFICATION.ATTEMPTS, attempts + 1)
			.setNull(NOTIFICATION.NEXT_ATTEMPT_AT)
			.set(NOTIFICATION.LAST_ERROR, (String) null)
			.where(NOTIFICATION.ID.eq(id))
			.and(NOTIFICATION.ATTEMPTS.eq(attempts))
			.and(NOTIFICATION.DELIVERED_AT.isNull())
			.and(NOTIFICATION.FAILED_AT.isNull())
			.execute() == 1;
	}

	/** Counts a failed attempt and sets the next one. */
	void tryAgainAt(UUID id, int attempts, Instant next, String error) {
		this.dsl.update(NOTIFICATION)
			.set(NOTIFICATION.ATTEMPTS, attempts + 1)
			.set(NOTIFICATION.NEXT_ATTEMPT_AT, next)
			.set(NOTIFICATION.LAST_ERROR, error)
			.where(NOTIFICATION.ID.eq(id))
			.and(NOTIFICATION.ATTEMPTS.eq(attempts))
			.and(NOTIFICATION.DELIVERED_AT.isNull())
			.and(NOTIFICATION.FAILED_AT.isNull())
			.execute();
	}

	/** Counts the last failed attempt and gives up: the dead letter. */
	void failed(UUID id, int attempts, Instant at, String error) {
		this.dsl.update(NOTIFICATION)
			.set(NOTIFICATION.ATTEMPTS, attempts + 1)
			.setNull(NOTIFICATION.NEXT_ATTEMPT_AT)
			.set(NOTIFICATION.FAILED_AT, at)
			.set(NOTIFICATION.LAST_ERROR, error)
			.where(NOTIFICATION.ID.eq(id))
			.and(NOTIFICATION.ATTEMPTS.eq(attempts))
			.and(NOTIFICATION.DELIVERED_AT.isNull())
			.and(NOTIFICATION.FAILED_AT.isNull())
			.execute();
	}

	/** Where one failure sits in the list (newest first); a page's cursors are made of these keys. */
	record Position(Instant failedAt, UUID id) {

		Map<String, String> keys() {
			return Map.of("failedAt", this.failedAt.toString(), "id", this.id.toString());
		}

		static Position from(Map<String, Object> keys) {
			try {
				return new Position(Instant.parse(PageRequests.key(keys, "failedAt")),
						UUID.fromString(PageRequests.key(keys, "id")));
			}
			catch (RuntimeException ex) {
				throw InvalidArgumentException.notACursor();
			}
		}

	}

	List<DeliveryFailure> failures(@Nullable Position after, int limit) {
		var recipient = DSL.coalesce(PRACTITIONER.NAME, DSL.concat(PERSON.GIVEN_NAME, DSL.inline(" "), PERSON.FAMILY_NAME));
		var ordered = this.dsl
			.select(NOTIFICATION.ID, NOTIFICATION.KIND, recipient, NOTIFICATION.PERSON_ID, EPISODE.ID, EPISODE.REFERENCE,
					NOTIFICATION.CREATED_AT, NOTIFICATION.FAILED_AT, NOTIFICATION.ATTEMPTS, NOTIFICATION.LAST_ERROR)
			.from(NOTIFICATION)
			.join(EPISODE)
			.on(EPISODE.ID.eq(NOTIFICATION.EPISODE_ID))
			.leftJoin(PRACTITIONER)
			.on(PRACTITIONER.ID.eq(NOTIFICATION.PRACTITIONER_ID))
			.leftJoin(PERSON)
			.on(PERSON.ID.eq(NOTIFICATION.PERSON_ID))
			.where(NOTIFICATION.FAILED_AT.isNotNull())
			.orderBy(NOTIFICATION.FAILED_AT.desc(), NOTIFICATION.ID.desc());
		var page = (after != null) ? ordered.seek(after.failedAt(), after.id()).limit(limit) : ordered.limit(limit);
		return page.fetch(row -> new DeliveryFailure(row.value1(), row.value2(), row.value3(), row.value4() != null,
				row.value5(), row.value6(), row.value7(), row.value8(), row.value9(), row.value10()));
	}

	int countFailures() {
		return this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.FAILED_AT.isNotNull());
	}

}

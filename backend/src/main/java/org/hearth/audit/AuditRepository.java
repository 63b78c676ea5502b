package org.hearth.audit;

import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.AccessRepository;
import org.hearth.access.Channel;
import org.hearth.access.Visibility;
import org.hearth.db.jooq.tables.records.AuditEventRecord;
import org.hearth.graphql.InvalidArgumentException;
import org.hearth.graphql.PageRequests;
import org.jooq.Condition;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Appends audit events and reads a family's trail. There is deliberately no update or delete. */
@Repository
class AuditRepository {

	private final DSLContext dsl;

	private final AccessRepository access;

	private final String appendSql;

	private final JsonMapper json;

	AuditRepository(DSLContext dsl, AccessRepository access, JsonMapper json) {
		this.dsl = dsl;
		this.access = access;
		this.json = json;
		this.appendSql = dsl.render(dsl.insertInto(AUDIT_EVENT, APPENDED).values(Collections.nCopies(APPENDED.size(), null)));
	}

	/** Where one event sits in the trail (newest first); a page's cursors are made of these keys. */
	record Position(Instant occurredAt, UUID id) {

		Map<String, String> keys() {
			return Map.of("occurredAt", this.occurredAt.toString(), "id", this.id.toString());
		}

		/** The position a cursor's keys name; keys Hearth did not write are not a cursor of this trail. */
		static Position from(Map<String, Object> keys) {
			try {
				return new Position(Instant.parse(PageRequests.key(keys, "occurredAt")),
						UUID.fromString(PageRequests.key(keys, "id")));
			}
			catch (RuntimeException ex) {
				throw InvalidArgumentException.notACursor();
			}
		}

	}

	boolean familyVisible(UUID familyId, Visibility visibility) {
		return this.dsl.fetchExists(FAMILY, FAMILY.ID.eq(familyId).and(this.access.familyVisible(visibility)));
	}

	/**
	 * The family's events the filter matches, newest first, after a position (null: from the newest), at most
	 * {@code limit} of them (null: all).
	 */
	List<AuditEvent> trail(UUID familyId, AuditFilter filter, ZoneId zone, @Nullable Position after,
			@Nullable Integer limit) {
		var ordered = this.dsl.select(AUDIT_EVENT.fields())
			.select(EPISODE.REFERENCE)
			.from(AUDIT_EVENT)
			.leftJoin(EPISODE)
			.on(EPISODE.ID.eq(AUDIT_EVENT.EPISODE_ID))
			.where(AUDIT_EVENT.FAMILY_ID.eq(familyId))
			.and(matching(filter, zone))
			.orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc());
		ResultQuery<Record> page;
		if (after != null) {
			var sought = ordered.seek(after.occurredAt(), after.id());
			page = (limit != null) ? sought.limit(limit) : sought;
		}
		else {
			page = (limit != null) ? ordered.limit(limit) : ordered;
		}
		return page.fetch(row -> new AuditEvent(row.get(AUDIT_EVENT.ID), row.get(AUDIT_EVENT.OCCURRED_AT),
				row.get(AUDIT_EVENT.ACTOR_KIND), row.get(AUDIT_EVENT.ACTOR_ID), row.get(AUDIT_EVENT.ACTOR_NAME),
				Channel.valueOf(row.get(AUDIT_EVENT.CHANNEL)), row.get(AUDIT_EVENT.OPERATION),
				row.get(AUDIT_EVENT.FAMILY_ID), row.get(AUDIT_EVENT.EPISODE_ID), row.get(AUDIT_EVENT.DETAIL),
				row.get(EPISODE.REFERENCE), readChanges(row.get(AUDIT_EVENT.CHANGES)),
				row.get(AUDIT_EVENT.SUBJECT_TYPE)));
	}

	/** The filter as SQL: a write is an event naming the record it changed; days are the deployment's. */
	private static Condition matching(AuditFilter filter, ZoneId zone) {
		Condition condition = DSL.noCondition();
		if (filter.channel() != null) {
			condition = condition.and(AUDIT_EVENT.CHANNEL.eq(filter.channel().name()));
		}
		if (filter.actorKind() != null) {
			condition = condition.and(AUDIT_EVENT.ACTOR_KIND.eq(filter.actorKind()));
		}
		if (filter.access() != null) {
			condition = condition.and((filter.access() == AuditFilter.Access.WRITE) ? AUDIT_EVENT.SUBJECT_TYPE.isNotNull()
					: AUDIT_EVENT.SUBJECT_TYPE.isNull());
		}
		if (filter.from() != null) {
			condition = condition.and(AUDIT_EVENT.OCCURRED_AT.ge(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			condition = condition.and(AUDIT_EVENT.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return condition;
	}

	/** A write's event and the record it changed. */
	record WriteEvent(AuditEvent event, String subjectType, UUID subjectId, int subjectVersion) {
	}

	/** The events of one write, as one multi-row insert. */
	void appendWrites(List<WriteEvent> writes) {
		if (writes.isEmpty()) {
			return;
		}
		var insert = this.dsl.insertInto(AUDIT_EVENT, AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_KIND,
				AUDIT_EVENT.ACTOR_ID, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.CHANNEL, AUDIT_EVENT.OPERATION,
				AUDIT_EVENT.FAMILY_ID, AUDIT_EVENT.EPISODE_ID, AUDIT_EVENT.SUBJECT_TYPE, AUDIT_EVENT.SUBJECT_ID,
				AUDIT_EVENT.SUBJECT_VERSION, AUDIT_EVENT.CHANGES);
		for (WriteEvent write : writes) {
			AuditEvent event = write.event();
			insert = insert.values(event.id(), event.occurredAt(), event.actorKind(), event.actorId(),
					event.actorName(), event.channel().name(), event.operation(), event.familyId(), event.episodeId(),
					write.subjectType(), write.subjectId(), write.subjectVersion(),
					this.json.writeValueAsString(event.changes()));
		}
		insert.execute();
	}

	/** The latest change of each field of a record written after the given version. */
	List<AuditService.LaterChange> changesSince(UUID subjectId, int version) {
		Map<String, AuditService.LaterChange> latest = new LinkedHashMap<>();
		this.dsl.select(AUDIT_EVENT.CHANGES, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.OCCURRED_AT)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.SUBJECT_ID.eq(subjectId))
			.and(AUDIT_EVENT.SUBJECT_VERSION.gt(version))
			.orderBy(AUDIT_EVENT.SUBJECT_VERSION)
			.forEach(row -> readChanges(row.value1()).forEach(change -> latest.put(change.field(),
					new AuditService.LaterChange(change.field(), change.after(), row.value2(), row.value3()))));
		return List.copyOf(latest.values());
	}

	/**
	 * Blanks the values the family's write events kept (each field's before and after become JSON null; the fields,
	 * who, when and what stay), in one batch; how many events held a value. The database allows this update only for
	 * an anonymised family (trigger {@code audit_event_only_redacted}).
	 */
	int redactChanges(UUID familyId) {
		List<org.jooq.Query> updates = this.dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.CHANGES)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.FAMILY_ID.eq(familyId))
			.and(AUDIT_EVENT.CHANGES.isNotNull())
			.fetch()
			.stream()
			.filter(row -> readChanges(row.value2()).stream()
				.anyMatch(change -> change.before() != null || change.after() != null))
			.map(row -> (org.jooq.Query) this.dsl.update(AUDIT_EVENT)
				.set(AUDIT_EVENT.CHANGES, redacted(readChanges(row.value2())))
				.where(AUDIT_EVENT.ID.eq(row.value1())))
			.toList();
		if (!updates.isEmpty()) {
			this.dsl.batch(updates).execute();
		}
		return updates.size();
	}

	/** The same fields in the same order, each with before and after null (written out, whatever the mapper omits). */
	private String redacted(List<AuditEvent.FieldChange> changes) {
		var array = this.json.createArrayNode();
		changes.forEach(change -> array.addObject().put("field", change.field()).putNull("before").putNull("after"));
		return this.json.writeValueAsString(array);
	}

	private List<AuditEvent.FieldChange> readChanges(@Nullable String changes) {
		return (changes == null) ? List.of() : List.of(this.json.readValue(changes, AuditEvent.FieldChange[].class));
	}

	int count(UUID familyId, AuditFilter filter, ZoneId zone) {
		return this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.FAMILY_ID.eq(familyId).and(matching(filter, zone)));
	}

	/** The columns {@link #append} writes, in the order of its statement's parameters. */
	private static final List<TableField<AuditEventRecord, ?>> APPENDED = List.of(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT,
			AUDIT_EVENT.ACTOR_KIND, AUDIT_EVENT.ACTOR_ID, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.CHANNEL,
			AUDIT_EVENT.OPERATION, AUDIT_EVENT.FAMILY_ID, AUDIT_EVENT.EPISODE_ID, AUDIT_EVENT.DETAIL);

	/**
	 * One statement for the whole list: a JDBC batch of one prepared insert, which the driver sends as a single
	 * multi-row insert (rewriteBatchedStatements). A list read records an event per family it showed; building that
	 * insert with jOOQ on every read (a row of values per event, or a jOOQ batch binding each row) cost more than the
	 * read itself, so jOOQ renders the statement once and each value passes through its column's converter.
	 */
	void append(List<AuditEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		this.dsl.connection(connection -> {
			try (PreparedStatement insert = connection.prepareStatement(this.appendSql)) {
				for (AuditEvent event : events) {
					Object[] values = { event.id(), event.occurredAt(), event.actorKind(), event.actorId(),
							event.actorName(), event.channel().name(), event.operation(), event.familyId(),
							event.episodeId(), event.detail() };
					for (int i = 0; i < values.length; i++) {
						insert.setObject(i + 1, toColumn(APPENDED.get(i), values[i]));
					}
					insert.addBatch();
				}
				insert.executeBatch();
			}
		});
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object toColumn(TableField<AuditEventRecord, ?> column, @Nullable Object value) {
		return ((Converter<Object, Object>) column.getConverter()).to(value);
	}

}

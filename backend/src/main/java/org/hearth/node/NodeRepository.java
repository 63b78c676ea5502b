package org.hearth.node;

import static org.hearth.db.jooq.Tables.AGENCY;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.REVIEW;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/** Finds which kind of object an id belongs to, in one statement. */
@Repository
class NodeRepository {

	private final DSLContext dsl;

	NodeRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<NodeType> typeOf(UUID id) {
		List<Select<org.jooq.Record1<String>>> lookups = List.of(lookup(NodeType.AGENCY, AGENCY, AGENCY.ID, id),
				lookup(NodeType.PRACTITIONER, PRACTITIONER, PRACTITIONER.ID, id),
				lookup(NodeType.FAMILY, FAMILY, FAMILY.ID, id), lookup(NodeType.PERSON, PERSON, PERSON.ID, id),
				lookup(NodeType.EPISODE, EPISODE, EPISODE.ID, id), lookup(NodeType.CONSENT, CONSENT, CONSENT.ID, id),
				lookup(NodeType.ASSESSMENT, ASSESSMENT, ASSESSMENT.ID, id),
				lookup(NodeType.TEAM_MEMBER, TEAM_MEMBER, TEAM_MEMBER.ID, id),
				lookup(NodeType.OUTCOME, OUTCOME, OUTCOME.ID, id),
				lookup(NodeType.ACTION, PLAN_ACTION, PLAN_ACTION.ID, id),
				lookup(NodeType.MEETING, MEETING, MEETING.ID, id), lookup(NodeType.REVIEW, REVIEW, REVIEW.ID, id));
		Select<org.jooq.Record1<String>> union = lookups.getFirst();
		for (Select<org.jooq.Record1<String>> next : lookups.subList(1, lookups.size())) {
			union = union.unionAll(next);
		}
		return this.dsl.fetchOptional(union).map(row -> NodeType.valueOf(row.value1()));
	}

	private static Select<org.jooq.Record1<String>> lookup(NodeType type, Table<?> table, Field<UUID> idField,
			UUID id) {
		return select(inline(type.name())).from(table).where(idField.eq(id));
	}

}

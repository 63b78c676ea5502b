package org.hearth.audit;

import java.util.List;

import org.hearth.graphql.PageInfo;
import org.jspecify.annotations.Nullable;

/** A page of a family's audit trail, Relay style; {@code totalCount} null when the query did not ask for it. */
public record AuditEventConnection(List<AuditEventEdge> edges, PageInfo pageInfo, @Nullable Integer totalCount) {

	public record AuditEventEdge(String cursor, AuditEvent node) {
	}

}

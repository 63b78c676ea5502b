package org.hearth.audit;

import java.util.List;

import org.hearth.graphql.PageInfo;

/** A page of a family's audit trail, Relay style. */
public record AuditEventConnection(List<AuditEventEdge> edges, PageInfo pageInfo, int totalCount) {

	public record AuditEventEdge(String cursor, AuditEvent node) {
	}

}

package org.hearth.node;

import java.util.UUID;

import org.hearth.access.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NodeController {

	private final NodeService nodes;

	private final CurrentCaller caller;

	NodeController(NodeService nodes, CurrentCaller caller) {
		this.nodes = nodes;
		this.caller = caller;
	}

	/** Ids that are not UUIDs cannot name anything: answered as missing. */
	@QueryMapping
	@Nullable Object node(@Argument String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return this.nodes.find(this.caller.ofGraphQl(), uuid).orElse(null);
	}

}

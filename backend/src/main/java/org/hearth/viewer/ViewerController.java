package org.hearth.viewer;

import org.hearth.access.CurrentCaller;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ViewerController {

	private final ViewerService viewers;

	private final CurrentCaller caller;

	ViewerController(ViewerService viewers, CurrentCaller caller) {
		this.viewers = viewers;
		this.caller = caller;
	}

	@QueryMapping
	Object viewer() {
		return this.viewers.viewer(this.caller.ofGraphQl());
	}

}

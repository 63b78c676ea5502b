package org.hearth.agency;

import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AgencyController {

	private final AgencyService agencies;

	AgencyController(AgencyService agencies) {
		this.agencies = agencies;
	}

	@QueryMapping
	List<Agency> agencies() {
		return this.agencies.agencies();
	}

}

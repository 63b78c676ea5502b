package org.hearth.agency;

import java.util.List;
import java.util.Map;

import org.hearth.graphql.BatchResults;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class PractitionerController {

	private final AgencyService agencies;

	PractitionerController(AgencyService agencies) {
		this.agencies = agencies;
	}

	@BatchMapping
	Map<Practitioner, Agency> agency(List<Practitioner> practitioners) {
		return BatchResults.one(practitioners, Practitioner::agencyId,
				this.agencies.agencies(BatchResults.keys(practitioners, Practitioner::agencyId)), Agency::id);
	}

}

package org.hearth.episode;

import java.util.List;

import org.hearth.graphql.UserErrorException;

/** A request for a child who already has an open episode: join that one instead (code PLAN_ALREADY_OPEN). */
public class PlanAlreadyOpenException extends UserErrorException {

	private final List<ExistingPlanMatch> matches;

	public PlanAlreadyOpenException(String field, List<ExistingPlanMatch> matches) {
		super(UserErrorException.of(field, "PLAN_ALREADY_OPEN",
				"A child of this family already has an open episode: contact its lead and join that plan instead.")
			.errors());
		this.matches = List.copyOf(matches);
	}

	public List<ExistingPlanMatch> matches() {
		return this.matches;
	}

}

package org.hearth.retention;

import java.util.List;
import java.util.Map;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.hearth.access.CurrentCaller;
import org.hearth.agency.AgencyService;
import org.hearth.agency.Practitioner;
import org.hearth.family.Family;
import org.hearth.graphql.BatchResults;
import org.hearth.graphql.CountedWindow;
import org.hearth.graphql.Mutations;
import org.hearth.graphql.PageRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class RetentionController {

	private final RetentionService retention;

	private final AgencyService agencies;

	private final CurrentCaller caller;

	RetentionController(RetentionService retention, AgencyService agencies, CurrentCaller caller) {
		this.retention = retention;
		this.agencies = agencies;
		this.caller = caller;
	}

	@QueryMapping
	RetentionPolicy retentionPolicy() {
		return this.retention.policy(this.caller.ofGraphQl());
	}

	@QueryMapping
	DataFetcherResult<Window<RetentionRun>> retentionRuns(ScrollSubrange subrange,
			DataFetchingFieldSelectionSet selection) {
		return this.retention
			.runs(this.caller.ofGraphQl(), PageRequests.first(subrange), subrange.position().orElse(null),
					selection.contains("totalCount"))
			.toResult();
	}

	@SchemaMapping(typeName = "RetentionRunConnection")
	@Nullable Integer totalCount(DataFetchingEnvironment connection) {
		return CountedWindow.totalCountOf(connection);
	}

	@MutationMapping
	LegalHoldPayload setLegalHold(@Argument SetLegalHoldInput input) {
		return Mutations.payload(() -> this.retention.setLegalHold(this.caller.ofGraphQl(), input), LegalHoldPayload::of,
				LegalHoldPayload::refused);
	}

	@MutationMapping
	LegalHoldPayload releaseLegalHold(@Argument ReleaseLegalHoldInput input) {
		return Mutations.payload(() -> this.retention.releaseLegalHold(this.caller.ofGraphQl(), input),
				LegalHoldPayload::of, LegalHoldPayload::refused);
	}

	@BatchMapping(typeName = "Family")
	Map<Family, LegalHold> legalHold(List<Family> families) {
		return BatchResults.one(families, Family::id,
				this.retention.holds(this.caller.ofGraphQl(), BatchResults.keys(families, Family::id)),
				LegalHold::familyId);
	}

	@BatchMapping
	Map<LegalHold, Practitioner> setBy(List<LegalHold> holds) {
		return BatchResults.one(holds, LegalHold::setById,
				this.agencies.practitioners(BatchResults.keys(holds, LegalHold::setById)), Practitioner::id);
	}

}

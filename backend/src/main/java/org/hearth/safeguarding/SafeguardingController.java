package org.hearth.safeguarding;

import java.util.List;
import java.util.Map;

import org.hearth.access.CurrentCaller;
import org.hearth.agency.AgencyService;
import org.hearth.agency.Practitioner;
import org.hearth.family.Family;
import org.hearth.graphql.BatchResults;
import org.hearth.graphql.Mutations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class SafeguardingController {

	private final SafeguardingService referrals;

	private final AgencyService agencies;

	private final CurrentCaller caller;

	SafeguardingController(SafeguardingService referrals, AgencyService agencies, CurrentCaller caller) {
		this.referrals = referrals;
		this.agencies = agencies;
		this.caller = caller;
	}

	@MutationMapping
	SafeguardingReferralPayload recordSafeguardingReferral(@Argument RecordSafeguardingReferralInput input) {
		return Mutations.payload(() -> this.referrals.record(this.caller.ofGraphQl(), input),
				referral -> new SafeguardingReferralPayload(referral, List.of()),
				errors -> new SafeguardingReferralPayload(null, errors));
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<SafeguardingReferral>> safeguardingReferrals(List<Family> families) {
		return BatchResults.many(families, Family::id,
				this.referrals.ofFamilies(this.caller.ofGraphQl(), BatchResults.keys(families, Family::id)),
				SafeguardingReferral::familyId);
	}

	@BatchMapping
	Map<SafeguardingReferral, Practitioner> decidedBy(List<SafeguardingReferral> referrals) {
		return BatchResults.one(referrals, SafeguardingReferral::decidedById,
				this.agencies.practitioners(BatchResults.keys(referrals, SafeguardingReferral::decidedById)),
				Practitioner::id);
	}

}

package org.hearth.family;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.CurrentCaller;
import org.hearth.graphql.BatchResults;
import org.hearth.graphql.Mutations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class FamilyController {

	private final FamilyService families;

	private final CurrentCaller caller;

	FamilyController(FamilyService families, CurrentCaller caller) {
		this.families = families;
		this.caller = caller;
	}

	@MutationMapping
	PersonPayload addFamilyMember(@Argument AddFamilyMemberInput input) {
		return Mutations.payload(() -> this.families.addMember(this.caller.ofGraphQl(), input),
				person -> new PersonPayload(person, List.of()), errors -> new PersonPayload(null, errors));
	}

	@QueryMapping
	Optional<Family> family(@Argument UUID id) {
		return this.families.find(this.caller.ofGraphQl(), id);
	}

	@BatchMapping
	Map<Family, List<Person>> members(List<Family> families) {
		return BatchResults.many(families, Family::id, this.families.members(BatchResults.keys(families, Family::id)),
				Person::familyId);
	}

}

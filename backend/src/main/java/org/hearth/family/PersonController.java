package org.hearth.family;

import java.util.List;
import java.util.Map;

import org.hearth.graphql.BatchResults;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PersonController {

	private final FamilyService families;

	PersonController(FamilyService families) {
		this.families = families;
	}

	@BatchMapping
	Map<Person, Family> family(List<Person> people) {
		return BatchResults.one(people, Person::familyId,
				this.families.families(BatchResults.keys(people, Person::familyId)), Family::id);
	}

	@SchemaMapping
	@Nullable Integer age(Person person) {
		return this.families.ageOf(person);
	}

}

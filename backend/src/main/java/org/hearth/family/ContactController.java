package org.hearth.family;

import java.util.List;
import java.util.Map;

import org.hearth.access.CurrentCaller;
import org.hearth.graphql.BatchResults;
import org.hearth.graphql.Mutations;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ContactController {

	private final ContactService contacts;

	private final CurrentCaller caller;

	ContactController(ContactService contacts, CurrentCaller caller) {
		this.contacts = contacts;
		this.caller = caller;
	}

	@MutationMapping
	ContactPayload recordContactAgreement(@Argument RecordContactAgreementInput input) {
		return Mutations.payload(() -> this.contacts.record(this.caller.ofGraphQl(), input), ContactPayload::of,
				ContactPayload::refused);
	}

	@BatchMapping(typeName = "Person", field = "contact")
	Map<Person, Contact> contact(List<Person> people) {
		return BatchResults.one(people, Person::id,
				List.copyOf(this.contacts.contacts(this.caller.ofGraphQl(), people).values()), Contact::personId);
	}

	@SchemaMapping(typeName = "FamilyViewer", field = "contact")
	@Nullable Contact ownContact() {
		return this.contacts.ownContact(this.caller.ofGraphQl());
	}

}

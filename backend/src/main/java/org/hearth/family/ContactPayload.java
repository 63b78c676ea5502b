package org.hearth.family;

import java.util.List;

import org.hearth.graphql.UserError;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/** The answer to {@code recordContactAgreement}: the person and their contact after it, or what to put right. */
public record ContactPayload(@Nullable Person person, @Nullable Contact contact,
		@NonNull List<@NonNull UserError> errors) {

	static ContactPayload of(ContactService.Recorded recorded) {
		return new ContactPayload(recorded.person(), recorded.contact(), List.of());
	}

	static ContactPayload refused(List<UserError> errors) {
		return new ContactPayload(null, null, errors);
	}

}

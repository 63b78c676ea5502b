package org.hearth.reminder;

import java.util.List;

import org.hearth.graphql.UserError;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/** The answer to {@code setReminders}: whether the caller is reminded now, or what to put right. */
public record SetRemindersPayload(@Nullable Boolean remindersOn, @NonNull List<@NonNull UserError> errors) {

	static SetRemindersPayload of(boolean on) {
		return new SetRemindersPayload(on, List.of());
	}

	static SetRemindersPayload refused(List<UserError> errors) {
		return new SetRemindersPayload(null, errors);
	}

}

package org.hearth.reminder;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.graphql.Mutations;
import org.jspecify.annotations.NonNull;

/**
 * The app's reminders switch (on {@code /notifications} for practitioners, on {@code /my-plan} for family members):
 * the same use case as GraphQL's {@code setReminders}, through the same service.
 */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM", "FAMILY_MEMBER" })
public class ReminderEndpoint {

	private final ReminderService reminders;

	private final CurrentCaller caller;

	ReminderEndpoint(ReminderService reminders, CurrentCaller caller) {
		this.reminders = reminders;
		this.caller = caller;
	}

	/** Whether the signed-in person is reminded of what falls due. */
	public boolean remindersOn() {
		return AppCalls.refusingPlainly(() -> this.reminders.remindersOn(this.caller.ofSpa()));
	}

	public @NonNull SetRemindersPayload setReminders(@NonNull SetRemindersInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> Mutations.payload(() -> this.reminders.setReminders(caller, input),
				SetRemindersPayload::of, SetRemindersPayload::refused));
	}

}

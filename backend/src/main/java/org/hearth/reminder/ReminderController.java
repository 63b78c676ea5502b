package org.hearth.reminder;

import org.hearth.access.CurrentCaller;
import org.hearth.graphql.Mutations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReminderController {

	private final ReminderService reminders;

	private final CurrentCaller caller;

	ReminderController(ReminderService reminders, CurrentCaller caller) {
		this.reminders = reminders;
		this.caller = caller;
	}

	@MutationMapping
	SetRemindersPayload setReminders(@Argument SetRemindersInput input) {
		return Mutations.payload(() -> this.reminders.setReminders(this.caller.ofGraphQl(), input),
				SetRemindersPayload::of, SetRemindersPayload::refused);
	}

	@SchemaMapping(typeName = "PractitionerViewer", field = "remindersOn")
	boolean practitionerRemindersOn() {
		return this.reminders.remindersOn(this.caller.ofGraphQl());
	}

	@SchemaMapping(typeName = "FamilyViewer", field = "remindersOn")
	boolean familyRemindersOn() {
		return this.reminders.remindersOn(this.caller.ofGraphQl());
	}

}

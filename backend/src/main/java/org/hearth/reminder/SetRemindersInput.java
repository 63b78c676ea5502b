package org.hearth.reminder;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code SetRemindersInput} (extension): reminders on or off for the caller themselves. */
public record SetRemindersInput(boolean on, @Nullable UUID requestId) {
}

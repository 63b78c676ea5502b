package org.hearth.retention;

import java.time.LocalDate;

/**
 * The retention policy as it stands today (GraphQL {@code RetentionPolicy}).
 * @param yearsAfterClosure how many years a family's records are kept after its last episode closed
 * @param cutOff families whose last episode closed before this day are due to be anonymised
 * @param scheduled whether the job runs on its schedule ({@code hearth.retention.enabled})
 * @param schedule the job's cron expression ({@code hearth.retention.cron})
 */
public record RetentionPolicy(int yearsAfterClosure, LocalDate cutOff, boolean scheduled, String schedule) {
}

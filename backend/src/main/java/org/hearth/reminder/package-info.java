/**
 * Reminders of what falls due: a scheduled job ({@link org.hearth.reminder.ReminderJob}, one instance at a time
 * through ShedLock) finds plan actions due soon or overdue, team meetings to come, and reviews and assessments due soon
 * or overdue, by the policy's reminder lead ({@code policy.reminder_lead_days}), and queues each reminder as a
 * notification (the outbox that {@code org.hearth.delivery} sends) for the people concerned: an action's owner, a
 * meeting's team and family, the lead for reviews and assessments. A family member is reminded only if they agreed to
 * be contacted and gave an e-mail address or phone number; anyone who switched reminders off is not reminded. Each
 * reminder is queued once per thing, due day, recipient and kind (a unique key in the database), however many
 * instances run the job and however often. The words are in {@code messages/delivery.properties}: plain, and naming
 * nobody.
 */
@NullMarked
package org.hearth.reminder;

import org.jspecify.annotations.NullMarked;

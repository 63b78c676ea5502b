/**
 * Retention of closed records (UK GDPR: special-category data about children kept no longer than needed). A family's
 * records are kept for the policy's number of years after its last episode closed, then anonymised by a nightly job
 * ({@link org.hearth.retention.RetentionJob}, on one instance at a time through ShedLock): names become "Removed",
 * dates of birth, addresses, contact details, sign-in accounts, invitation codes and every free text about people are
 * removed or replaced, and what reporting needs stays (episode dates and statuses, levels of need, need areas,
 * outcome statuses, closure reasons). A family with an episode open, or under a legal hold the Early Help team set,
 * is never anonymised. Each family is anonymised in its own transaction, locked and checked again inside it, audited
 * as a SYSTEM write; each run is recorded with its counts.
 */
@NullMarked
package org.hearth.retention;

import org.jspecify.annotations.NullMarked;

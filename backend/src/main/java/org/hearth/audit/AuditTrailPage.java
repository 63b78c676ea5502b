package org.hearth.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of a family's audit trail for the app, newest first.
 *
 * @param after pass back to read the next (older) page; null on the last page
 * @param totalCount how many events match the filter in all
 */
public record AuditTrailPage(List<AuditEvent> events, @Nullable String after, int totalCount) {
}

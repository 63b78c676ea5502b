package org.hearth.retention;

import java.util.List;

import org.jspecify.annotations.NonNull;

/** The app's "Records and retention" screen: the policy, the latest runs (newest first) and the families held. */
public record RetentionOverview(@NonNull RetentionPolicy policy, @NonNull List<@NonNull RetentionRun> latestRuns,
		@NonNull List<@NonNull HeldFamily> held) {
}

package org.hearth.safeguarding;

import java.util.List;

import org.hearth.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** The answer to {@code recordSafeguardingReferral}: the referral, or what to put right. */
public record SafeguardingReferralPayload(@Nullable SafeguardingReferral referral, List<UserError> errors) {
}

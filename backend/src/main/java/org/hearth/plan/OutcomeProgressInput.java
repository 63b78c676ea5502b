package org.hearth.plan;

import java.util.UUID;

/** GraphQL {@code OutcomeProgressInput}: where one outcome stands, at a review or at closure. */
public record OutcomeProgressInput(UUID outcomeId, OutcomeStatus status) {
}

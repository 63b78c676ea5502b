package org.hearth.notification;

import java.util.List;
import java.util.UUID;

/** GraphQL {@code MarkNotificationsReadInput} (extension). */
public record MarkNotificationsReadInput(List<UUID> ids) {
}

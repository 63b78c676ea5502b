package org.hearth.audit;

import java.util.Map;
import java.util.UUID;

import com.vaadin.hilla.BrowserCallable;
import com.vaadin.hilla.exception.EndpointException;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.hearth.graphql.InvalidArgumentException;
import org.hearth.graphql.CountedWindow;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.ScrollPosition;

/**
 * The disclosure view of the app: a family's audit trail with the same filters and rule as GraphQL's
 * {@code auditTrail} (managers and the Early Help team, for a family they may see).
 */
@BrowserCallable
@RolesAllowed({ "MANAGER", "EARLY_HELP_TEAM" })
public class AuditEndpoint {

	private final AuditService audit;

	private final CurrentCaller caller;

	AuditEndpoint(AuditService audit, CurrentCaller caller) {
		this.audit = audit;
		this.caller = caller;
	}

	/** A page of the family's trail that the filter matches, newest first, after the given page's {@code after}. */
	public @NonNull AuditTrailPage trail(@NonNull UUID familyId, @Nullable AuditFilter filter, int first,
			@Nullable String after) {
		try {
			CountedWindow<AuditEvent> page = AppCalls.refusingPlainly(
					() -> this.audit.trail(this.caller.ofSpa(), familyId, filter, first, position(after), true));
			String next = null;
			if (page.window().hasNext() && !page.window().isEmpty()) {
				AuditEvent last = page.window().getContent().getLast();
				next = last.occurredAt() + "|" + last.id();
			}
			Integer total = page.totalCount();
			return new AuditTrailPage(page.window().getContent(), next, (total != null) ? total : 0);
		}
		catch (InvalidArgumentException ex) {
			throw new EndpointException(ex.getMessage());
		}
	}

	private static @Nullable ScrollPosition position(@Nullable String after) {
		if (after == null || after.isBlank()) {
			return null;
		}
		String[] keys = after.split("\\|", 2);
		if (keys.length != 2) {
			throw InvalidArgumentException.notACursor();
		}
		// Checked as any cursor is: the service parses both keys and refuses what it did not hand out.
		return ScrollPosition.forward(Map.of("occurredAt", keys[0], "id", keys[1]));
	}

}

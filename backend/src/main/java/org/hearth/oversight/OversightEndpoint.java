package org.hearth.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.hearth.episode.CaseloadEntry;
import org.hearth.graphql.InvalidArgumentException;
import org.hearth.oversight.Oversight.Compliance;
import org.jspecify.annotations.NonNull;

/**
 * The app's oversight screen: a worker's own figures, a manager's team's, the Early Help team's whole service, and
 * timescale compliance over a period, through the same service as GraphQL's {@code oversight} and
 * {@code timescaleCompliance}.
 */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class OversightEndpoint {

	private final OversightService oversight;

	private final CurrentCaller caller;

	OversightEndpoint(OversightService oversight, CurrentCaller caller) {
		this.oversight = oversight;
		this.caller = caller;
	}

	/**
	 * The caller's figures: their own, their team's, or the whole service's (team by team: the screen opens a team
	 * for its workers, so the whole service's figures come without them, a few kilobytes instead of a megabyte).
	 */
	public @NonNull Oversight oversight() {
		return AppCalls.refusingPlainly(() -> this.oversight.oversight(this.caller.ofSpa(), null).teamsOnly());
	}

	/** One team's figures, by its manager's id: for the Early Help team (a manager may name only themself). */
	public @NonNull Oversight teamOversight(@NonNull String managerId) {
		return AppCalls.refusingPlainly(() -> this.oversight.oversight(this.caller.ofSpa(), team(managerId)));
	}

	/**
	 * The open families one worker leads, most urgent first: the drill-down from their figures, for a worker in the
	 * caller's figures (themself, a worker they manage, anyone for the Early Help team).
	 */
	public @NonNull List<@NonNull CaseloadEntry> workerFamilies(@NonNull String practitionerId) {
		return AppCalls.refusingPlainly(
				() -> this.oversight.familiesLedBy(this.caller.ofSpa(), id(practitionerId, "No practitioner has this id.")));
	}

	/** Timescale compliance between two days (at most two years apart), for the same people as the figures. */
	public @NonNull Compliance compliance(@NonNull LocalDate from, @NonNull LocalDate to) {
		return AppCalls.refusingPlainly(() -> this.oversight.compliance(this.caller.ofSpa(), from, to, null));
	}

	/** One team's timescale compliance, by its manager's id. */
	public @NonNull Compliance teamCompliance(@NonNull LocalDate from, @NonNull LocalDate to,
			@NonNull String managerId) {
		return AppCalls.refusingPlainly(
				() -> this.oversight.compliance(this.caller.ofSpa(), from, to, team(managerId)));
	}

	private static UUID team(String managerId) {
		return id(managerId, "No team has this manager id.");
	}

	private static UUID id(String given, String otherwise) {
		try {
			return UUID.fromString(given);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException(otherwise);
		}
	}

}

package org.hearth.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.access.Permissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Tells people of events, in the event's own transaction, and lists a practitioner's notifications. */
@Service
public class NotificationService {

	private final NotificationRepository repository;

	private final Clock clock;

	private final Permissions permissions;

	NotificationService(NotificationRepository repository, Permissions permissions, Clock clock) {
		this.repository = repository;
		this.permissions = permissions;
		this.clock = clock;
	}

	/** One notification per practitioner (each told once, however often they are named), in one statement. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void tellPractitioners(Collection<UUID> practitionerIds, UUID episodeId, String kind, String message) {
		this.repository.insert(practitionerIds.stream().distinct().toList(), episodeId, kind, message,
				this.clock.instant());
	}

	/** The signed-in practitioner's unread notifications, newest first (none for anyone else). */
	public List<Notification> unread(Caller caller) {
		return (caller instanceof Caller.PractitionerCaller practitioner)
				? this.repository.unread(practitioner.practitionerId()) : List.of();
	}

	/**
	 * Marks the signed-in practitioner's notifications read. Ids that are someone else's, or already read, are passed
	 * over: nobody learns whose they are, and sending the same ids again changes nothing.
	 * @return the practitioner's notifications still unread, newest first
	 */
	@Transactional
	public List<Notification> markRead(Caller caller, MarkNotificationsReadInput input) {
		UUID practitionerId = this.permissions.practitionerItself(caller, "mark notifications read");
		if (!input.ids().isEmpty()) {
			this.repository.markRead(practitionerId, input.ids(), this.clock.instant());
		}
		return this.repository.unread(practitionerId);
	}

}

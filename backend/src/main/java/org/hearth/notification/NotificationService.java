package org.hearth.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.hearth.access.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Tells people of events, in the event's own transaction, and lists a practitioner's notifications. */
@Service
public class NotificationService {

	private final NotificationRepository repository;

	private final Clock clock;

	NotificationService(NotificationRepository repository, Clock clock) {
		this.repository = repository;
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

}

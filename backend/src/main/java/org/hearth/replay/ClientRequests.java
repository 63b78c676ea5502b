package org.hearth.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.graphql.UserErrorException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes every write safe to send twice. A write asks {@link #replayOf} first, inside its transaction: a request id
 * already answered for the same caller, operation and input gives back the record the first answer returned (the
 * write then changes nothing); the same id with anything different is refused with {@code ID_REUSED}. A new request
 * is remembered with {@link #answered} in the write's own transaction, so it is remembered exactly when it took effect.
 */
@Service
public class ClientRequests {

	private final ClientRequestRepository repository;

	private final Clock clock;

	ClientRequests(ClientRequestRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * The record a request with this id already answered with, if it was answered.
	 * @param input the request's input as received (records print every value, in order)
	 * @throws UserErrorException {@code ID_REUSED} when the id was used by another caller, operation or input
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<UUID> replayOf(Caller caller, String operation, @Nullable UUID requestId, Object input) {
		if (requestId == null) {
			return Optional.empty();
		}
		return this.repository.find(requestId).map(first -> {
			if (!first.actor().equals(actorOf(caller)) || !first.operation().equals(operation)
					|| !Arrays.equals(first.inputHash(), hash(input))) {
				throw UserErrorException.of(null, "ID_REUSED",
						"This request id was already used for a different request. Send a new id for a new request.");
			}
			return first.subjectId();
		});
	}

	/** Remembers the answer to a new request (nothing, without a request id). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void answered(Caller caller, String operation, @Nullable UUID requestId, Object input, UUID subjectId) {
		if (requestId != null) {
			this.repository.insert(new ClientRequestRepository.Answered(requestId, actorOf(caller), operation,
					hash(input), subjectId, this.clock.instant()));
		}
	}

	private static String actorOf(Caller caller) {
		return switch (caller) {
			case Caller.PractitionerCaller practitioner -> "PRACTITIONER:" + practitioner.practitionerId();
			case Caller.FamilyMemberCaller member -> "FAMILY_MEMBER:" + member.personId();
			case Caller.PartnerCaller partner -> "PARTNER:" + partner.clientId();
			case Caller.SystemCaller system -> "SYSTEM";
		};
	}

	private static byte[] hash(Object input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}

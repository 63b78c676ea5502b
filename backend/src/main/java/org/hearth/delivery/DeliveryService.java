package org.hearth.delivery;

import java.net.URI;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.graphql.CountedWindow;
import org.hearth.graphql.PageRequests;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Sends what waits in the notification outbox through a channel, with retries and a dead letter; and lists the
 * failures for the Early Help team.
 */
@Service
public class DeliveryService {

	private static final Logger log = LoggerFactory.getLogger(DeliveryService.class);

	/** An e-mail address, or a run of digits long enough to be a phone number, in an error's message. */
	private static final Pattern ADDRESS = Pattern
		.compile("[\\w.+'-]+@[\\w-]+(\\.[\\w-]+)+|\\+?\\d[\\d ()-]{6,}\\d");

	private static final int MAX_ERROR = 500;

	private final DeliveryRepository repository;

	private final DeliveryProperties properties;

	private final AccessService access;

	private final Clock clock;

	private final ResourceBundle texts = ResourceBundle.getBundle("messages/delivery", Locale.UK);

	private final MeterRegistry meters;

	DeliveryService(DeliveryRepository repository, DeliveryProperties properties, AccessService access, Clock clock,
			MeterRegistry meters) {
		this.repository = repository;
		this.properties = properties;
		this.access = access;
		this.clock = clock;
		this.meters = meters;
	}

	/** The counter of sends ({@code hearth_notifications_sends_total} in Prometheus), by what came of each. */
	static final String SENDS = "hearth.notifications.sends";

	private void count(DeliveryChannel channel, String kind, String outcome) {
		this.meters
			.counter(SENDS, "channel", channel.name(), "reminder", String.valueOf(kind.startsWith("REMINDER_")),
					"outcome", outcome)
			.increment();
	}

	/** What one run did. */
	public record Run(int delivered, int retrying, int failed) {
	}

	/**
	 * Sends up to a batch of the notifications due for an attempt, each on its own (no transaction: a slow server
	 * holds no lock): delivered, or tried again after the next wait, or after the last attempt failed.
	 */
	Run deliverDue(DeliveryChannel channel) {
		Instant now = this.clock.instant();
		List<DeliveryRepository.Waiting> due = this.repository.due(now, now.minus(this.properties.maxAge()),
				channel.sendsTexts(), this.properties.batchSize());
		int delivered = 0;
		int retrying = 0;
		int failed = 0;
		for (DeliveryRepository.Waiting waiting : due) {
			try {
				channel.send(new DeliveryChannel.Outgoing(waiting.id(), waiting.email(), waiting.phone(), waiting.kind(),
						subject(waiting.kind()), body(waiting.kind(), waiting.message()), waiting.attempts()));
				if (this.repository.delivered(waiting.id(), waiting.attempts(), this.clock.instant(), channel.name())) {
					delivered++;
					count(channel, waiting.kind(), "delivered");
				}
			}
			catch (Exception ex) {
				int attempt = waiting.attempts() + 1;
				String error = error(ex);
				// The notification's id and the kind of error only: never the message or an address.
				log.warn("Delivering notification {} by {} failed (attempt {} of {}): {}", waiting.id(), channel.name(),
						attempt, this.properties.maxAttempts(), ex.getClass().getName());
				if (attempt >= this.properties.maxAttempts()) {
					this.repository.failed(waiting.id(), waiting.attempts(), this.clock.instant(), error);
					failed++;
					count(channel, waiting.kind(), "failed");
				}
				else {
					Duration wait = this.properties.backoff().get(attempt - 1);
					this.repository.tryAgainAt(waiting.id(), waiting.attempts(), this.clock.instant().plus(wait), error);
					retrying++;
					count(channel, waiting.kind(), "retrying");
				}
			}
		}
		if (!due.isEmpty()) {
			log.info("Delivery by {}: {} delivered, {} to try again, {} failed", channel.name(), delivered, retrying,
					failed);
		}
		return new Run(delivered, retrying, failed);
	}

	private String subject(String kind) {
		String key = "subject." + kind;
		return this.texts.getString(this.texts.containsKey(key) ? key : "subject.default");
	}

	private String body(String kind, String message) {
		String footer = this.texts.getString("footer");
		if (kind.startsWith("REMINDER_")) {
			footer = this.texts.getString("footer.reminder") + " " + footer;
		}
		URI app = this.properties.appUrl();
		String link = (app != null) ? MessageFormat.format(this.texts.getString("link"), app) + "\n\n" : "";
		return message + "\n\n" + link + footer;
	}

	/** The exception's kind and message with any address or phone number taken out, short enough to keep. */
	static String error(Throwable ex) {
		String message = (ex.getMessage() != null) ? ADDRESS.matcher(ex.getMessage()).replaceAll("[removed]") : "";
		String error = ex.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message.strip());
		return (error.length() > MAX_ERROR) ? error.substring(0, MAX_ERROR - 1) + "…" : error;
	}

	/** Notifications Hearth gave up sending, newest first: the Early Help team only. */
	public CountedWindow<DeliveryFailure> failures(Caller caller, @Nullable Integer first,
			@Nullable ScrollPosition after, boolean countTotal) {
		if (!this.access.isEarlyHelpTeam(caller)) {
			throw new AccessDeniedException("Only the Early Help team may read the failed deliveries.");
		}
		int limit = PageRequests.checkFirst(first);
		Map<String, Object> keys = PageRequests.keysAfter(after);
		DeliveryRepository.Position start = (keys != null) ? DeliveryRepository.Position.from(keys) : null;
		Integer total = countTotal ? this.repository.countFailures() : null;
		List<DeliveryFailure> rows = this.repository.failures(start, limit + 1);
		Window<DeliveryFailure> page = PageRequests.window(rows, limit,
				failure -> new DeliveryRepository.Position(failure.failedAt(), failure.id()).keys());
		return new CountedWindow<>(page, total);
	}

}

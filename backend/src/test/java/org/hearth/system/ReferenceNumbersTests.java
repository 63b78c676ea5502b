package org.hearth.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * References taken by requests at the same moment, each in a transaction that goes on after taking its number (as a
 * request for early help does: the number, then the family, the episode, the audit): every request gets a number,
 * none the same, none fails.
 */
class ReferenceNumbersTests extends HearthIntegrationTests {

	private static final int REQUESTS = 6;

	@Autowired
	private ReferenceNumbers references;

	private TransactionTemplate transactions;

	@Autowired
	void transactions(PlatformTransactionManager manager) {
		this.transactions = new TransactionTemplate(manager);
	}

	@Test
	void requests_at_the_same_moment_each_get_the_next_number_and_none_fails() throws Exception {
		String kind = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String first = this.transactions.execute(status -> this.references.next(kind));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
		List<Future<String>> taken = new ArrayList<>();
		try {
			for (int i = 0; i < REQUESTS; i++) {
				taken.add(threads.submit(() -> {
					start.await();
					return this.transactions.execute(status -> {
						String reference = this.references.next(kind);
						pause();
						return reference;
					});
				}));
			}
			start.countDown();
			List<String> numbers = new ArrayList<>(List.of(first.substring(first.length() - 6)));
			for (Future<String> reference : taken) {
				String value = reference.get(60, TimeUnit.SECONDS);
				numbers.add(value.substring(value.length() - 6));
			}
			assertThat(numbers).as("one number each, in the order taken")
				.containsExactlyInAnyOrder("000001", "000002", "000003", "000004", "000005", "000006", "000007");
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** The rest of the request's work, holding the counter's lock. */
	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

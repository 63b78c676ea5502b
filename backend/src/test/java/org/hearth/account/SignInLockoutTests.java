package org.hearth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Repeated failed sign-ins lock an account for a while. Each test signs in to an account of its own, for a member of
 * a family of this class's own (the demo users sign in for other tests, and the demo families stay as they are).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInLockoutTests extends HearthIntegrationTests {

	private static final String PASSWORD = "a-long-enough-secret";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	private DSLContext dsl;

	@Autowired
	private PasswordEncoder passwords;

	private UUID family;

	@BeforeAll
	void family() {
		this.family = Ids.newId();
		this.dsl.insertInto(FAMILY)
			.set(FAMILY.ID, this.family)
			.set(FAMILY.REFERENCE, "LOCKOUT-000001")
			.set(FAMILY.CREATED_AT, Instant.now())
			.execute();
	}

	@Test
	void five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused() {
		String username = newAccount();
		for (int i = 1; i <= 4; i++) {
			assertThat(formSignIn(username, "wrong-" + i)).as("attempt %d", i).endsWith("/login?error");
			assertThat(account(username).getFailedSignIns()).isEqualTo(i);
			assertThat(account(username).getLockedUntil()).isNull();
		}
		assertThat(formSignIn(username, "wrong-5")).endsWith("/login?error");
		Instant lockedUntil = account(username).getLockedUntil();
		assertThat(lockedUntil).isNotNull()
			.isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));

		assertThat(formSignIn(username, PASSWORD)).as("the right password while locked").endsWith("/login?locked=900");
		assertThat(formSignIn(username, "wrong-6")).as("a wrong one while locked").endsWith("/login?locked=900");
		assertThat(account(username).getLockedUntil()).as("the lock is not extended").isEqualTo(lockedUntil);
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION
			.eq("locked sign-in of " + username + " after 5 failed attempts")
			.and(AUDIT_EVENT.ACTOR_KIND.eq("SYSTEM")))).as("the lock is audited").isEqualTo(1);
	}

	@Test
	void the_app_is_told_apart_a_locked_account_and_a_wrong_password() {
		String username = newAccount();
		var wrong = appSignIn(username, "wrong");
		assertThat(wrong.getStatus().value()).isEqualTo(401);
		assertThat(wrong.getResponseHeaders().getFirst("Result")).isEqualTo("failure");
		for (int i = 2; i <= 5; i++) {
			appSignIn(username, "wrong");
		}
		var locked = appSignIn(username, PASSWORD);
		assertThat(locked.getStatus().value()).isEqualTo(401);
		assertThat(locked.getResponseHeaders().getFirst("Result")).isEqualTo("locked");
		assertThat(locked.getResponseHeaders().getFirst("Lock-Seconds")).as("hearth.sign-in.lock-duration").isEqualTo("900");
		assertThat(locked.getResponseCookies().getFirst("JSESSIONID")).as("no session for a locked account").isNull();
	}

	@Test
	void once_the_lock_has_run_out_the_right_password_signs_in_and_the_count_starts_again() {
		String username = newAccount();
		for (int i = 1; i <= 5; i++) {
			formSignIn(username, "wrong");
		}
		assertThat(account(username).getLockedUntil()).isAfter(Instant.now());
		this.dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.LOCKED_UNTIL, Instant.now().minusSeconds(60))
			.where(USER_ACCOUNT.USERNAME.eq(username))
			.execute();

		signIn(username, PASSWORD);

		var account = account(username);
		assertThat(account.getFailedSignIns()).isZero();
		assertThat(account.getLockedUntil()).isNull();
		assertThat(account.getLastSignedInAt()).isNotNull();
	}

	@Test
	void a_wrong_password_after_the_lock_has_run_out_starts_a_new_count() {
		String username = newAccount();
		for (int i = 1; i <= 5; i++) {
			formSignIn(username, "wrong");
		}
		this.dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.LOCKED_UNTIL, Instant.now().minusSeconds(60))
			.where(USER_ACCOUNT.USERNAME.eq(username))
			.execute();

		assertThat(formSignIn(username, "wrong")).endsWith("/login?error");

		assertThat(account(username).getFailedSignIns()).isEqualTo(1);
		assertThat(account(username).getLockedUntil()).isNull();
	}

	@Test
	void a_successful_sign_in_clears_the_count() {
		String username = newAccount();
		for (int i = 1; i <= 4; i++) {
			formSignIn(username, "wrong");
		}
		assertThat(account(username).getFailedSignIns()).isEqualTo(4);

		signIn(username, PASSWORD);
		assertThat(account(username).getFailedSignIns()).isZero();

		for (int i = 1; i <= 4; i++) {
			assertThat(formSignIn(username, "wrong")).endsWith("/login?error");
		}
		assertThat(account(username).getLockedUntil()).as("four more failures do not lock").isNull();
		signIn(username, PASSWORD);
	}

	@Test
	void an_unknown_username_gets_the_usual_refusal_however_often_it_is_tried() {
		String nobody = "nobody-" + UUID.randomUUID();
		for (int i = 1; i <= 7; i++) {
			assertThat(formSignIn(nobody, "whatever")).endsWith("/login?error");
		}
		var app = appSignIn(nobody, "whatever");
		assertThat(app.getResponseHeaders().getFirst("Result")).isEqualTo("failure");
		assertThat(this.dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(nobody))).isZero();
	}

	@Test
	void the_sign_in_page_is_the_apps_own_and_open_to_anyone_with_or_without_a_message() {
		for (String page : new String[] { "/login", "/login?locked", "/login?error" }) {
			String html = web().get().uri(page).exchange().expectStatus().isOk().returnResult(String.class)
				.getResponseBody().collectList().block().stream().collect(java.util.stream.Collectors.joining());
			assertThat(html).as(page).contains("id=\"outlet\"").doesNotContain("Please sign in");
		}
	}

	/** A family member's account for this test alone. */
	private String newAccount() {
		String username = "lockout-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
		UUID person = Ids.newId();
		this.dsl.insertInto(PERSON)
			.set(PERSON.ID, person)
			.set(PERSON.FAMILY_ID, this.family)
			.set(PERSON.GIVEN_NAME, "Lockout")
			.set(PERSON.FAMILY_NAME, "Tester")
			.set(PERSON.DATE_OF_BIRTH, LocalDate.now().minusYears(40))
			.set(PERSON.ROLE, "OTHER_ADULT")
			.set(PERSON.LIVES_IN_HOUSEHOLD, false)
			.set(PERSON.HAS_PARENTAL_RESPONSIBILITY, false)
			.execute();
		this.dsl.insertInto(USER_ACCOUNT)
			.set(USER_ACCOUNT.ID, Ids.newId())
			.set(USER_ACCOUNT.USERNAME, username)
			.set(USER_ACCOUNT.PASSWORD_HASH, this.passwords.encode(PASSWORD))
			.set(USER_ACCOUNT.PERSON_ID, person)
			.execute();
		return username;
	}

	private org.hearth.db.jooq.tables.records.UserAccountRecord account(String username) {
		return this.dsl.fetchSingle(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(username));
	}

	/** A plain form post to /login; where it sends the browser. */
	private String formSignIn(String username, String password) {
		return String.valueOf(postSignInForm(username, password).getResponseHeaders().getLocation());
	}

	/** The app's sign-in (a fetch marked {@code source: typescript}, as Hilla's login() and the app send it). */
	private EntityExchangeResult<byte[]> appSignIn(String username, String password) {
		String token = csrfToken(null);
		return web().post()
			.uri("/login")
			.cookie("XSRF-TOKEN", token)
			.header("X-XSRF-TOKEN", token)
			.header("source", "typescript")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", username).with("password", password))
			.exchange()
			.expectBody()
			.returnResult();
	}

}

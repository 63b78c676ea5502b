package org.hearth.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.CHILD_VOICE;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.CLOSURE_SIGNPOST;
import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.CONSENT_SIGNATURE;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.FAMILY_COMMENT;
import static org.hearth.db.jooq.Tables.FAMILY_INVITATION;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.POLICY;
import static org.hearth.db.jooq.Tables.RETENTION_RUN;
import static org.hearth.db.jooq.Tables.REVIEW;
import static org.hearth.db.jooq.Tables.SAFEGUARDING_REFERRAL;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The retention job over the real database: a family whose last episode closed more than the policy's years ago is
 * anonymised (names, views, comments gone; outcome statuses and the closure's reason kept), once however often or
 * however many runs at once; one closed a day short of it, one with an episode open again and one under a legal hold
 * are kept. The job scans every family of the shared test database, so these tests never move the clock by years:
 * their own families' closures are dated years back instead, and the clock moves by days at most.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionTests extends HearthIntegrationTests {

	private static final String ANONYMISED = "anonymised under the retention policy";

	private static final String SET_HOLD = """
			mutation($input: SetLegalHoldInput!) {
			  setLegalHold(input: $input) { familyId legalHold { reason setAt setBy { name } } errors { field code message } }
			}""";

	private static final String RELEASE_HOLD = """
			mutation($input: ReleaseLegalHoldInput!) {
			  releaseLegalHold(input: $input) { familyId legalHold { reason } errors { field code message } }
			}""";

	@Autowired
	private RetentionService retention;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private LockProvider locks;

	@Autowired
	private RetentionJob job;

	private final AtomicInteger families = new AtomicInteger();

	private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

	private UUID lead;

	private int years;

	@BeforeAll
	void aLead() {
		this.lead = this.fixtures.practitioner("rt-lead-" + this.run, this.fixtures.newAgency("Retention " + this.run),
				null);
		this.years = this.dsl.select(POLICY.RETENTION_YEARS).from(POLICY).fetchSingle(POLICY.RETENTION_YEARS);
	}

	/** A family of this class's own with one of everything, its only episode closed on the given day. */
	private record Closed(UUID family, UUID episode, UUID parent, UUID child, UUID outcome, UUID action) {
	}

	private Closed closedOn(LocalDate closedOn) {
		String name = this.run + "-" + this.families.incrementAndGet();
		UUID family = this.fixtures.family("RT-" + name);
		this.dsl.update(FAMILY)
			.set(FAMILY.ADDRESS_LINE1, "1 Retention Row")
			.set(FAMILY.ADDRESS_TOWN, "Northgate")
			.set(FAMILY.ADDRESS_POSTCODE, "NG1 1AA")
			.set(FAMILY.PRIMARY_LANGUAGE, "Polish")
			.where(FAMILY.ID.eq(family))
			.execute();
		UUID parent = this.fixtures.familyMemberAccount("rt-parent-" + name, family);
		this.dsl.update(PERSON).set(PERSON.PHONE, "07700 900123").set(PERSON.EMAIL, "parent@example.org")
			.where(PERSON.ID.eq(parent)).execute();
		UUID child = this.fixtures.person(family, "Retentionchild", "CHILD", false);
		UUID episode = this.fixtures.episode("RE-" + name, family, this.lead, List.of());
		UUID share = this.fixtures.fullConsent(episode, parent, this.lead);
		this.dsl.update(CONSENT).set(CONSENT.NOTES, "Said yes at the kitchen table").where(CONSENT.ID.eq(share)).execute();
		this.dsl.insertInto(CONSENT_SIGNATURE)
			.set(CONSENT_SIGNATURE.CONSENT_ID, share)
			.set(CONSENT_SIGNATURE.PNG, new byte[] { (byte) 0x89, 'P', 'N', 'G' })
			.execute();
		Fixtures.Plan plan = this.fixtures.planWithEverything(episode, parent, child, this.lead);
		this.dsl.update(OUTCOME).set(OUTCOME.STATUS, "ACHIEVED").where(OUTCOME.ID.eq(plan.outcome())).execute();
		this.dsl.update(MEETING).set(MEETING.NOTES, "Notes of the meeting").where(MEETING.ID.eq(plan.meeting())).execute();
		this.dsl.update(REVIEW).set(REVIEW.CHILD_VIEWS, "The child's views").where(REVIEW.ID.eq(plan.review())).execute();
		this.dsl.insertInto(SAFEGUARDING_REFERRAL)
			.set(SAFEGUARDING_REFERRAL.ID, Ids.newId())
			.set(SAFEGUARDING_REFERRAL.FAMILY_ID, family)
			.set(SAFEGUARDING_REFERRAL.EPISODE_ID, episode)
			.set(SAFEGUARDING_REFERRAL.DECIDED_BY, this.lead)
			.set(SAFEGUARDING_REFERRAL.DECIDED_AT, this.clock.instant())
			.set(SAFEGUARDING_REFERRAL.REASON, "Bruises seen at school")
			.set(SAFEGUARDING_REFERRAL.SOCIAL_CARE_REFERENCE, "SC-1234")
			.execute();
		this.dsl.insertInto(FAMILY_INVITATION)
			.set(FAMILY_INVITATION.ID, Ids.newId())
			.set(FAMILY_INVITATION.PERSON_ID, child)
			.set(FAMILY_INVITATION.EPISODE_ID, episode)
			.set(FAMILY_INVITATION.CODE_HASH, "%064x".formatted(new java.math.BigInteger(1, Ids.newId().toString().getBytes())).substring(0, 64))
			.set(FAMILY_INVITATION.CREATED_BY, this.lead)
			.set(FAMILY_INVITATION.CREATED_AT, this.clock.instant())
			.set(FAMILY_INVITATION.EXPIRES_AT, this.clock.instant().plusSeconds(86400))
			.execute();
		this.fixtures.close(episode, this.lead, "The children's centre on Mill Lane");
		backdate(episode, closedOn);
		return new Closed(family, episode, parent, child, plan.outcome(), plan.action());
	}

	/** The episode's dates moved back so that it closed on the given day. */
	private void backdate(UUID episode, LocalDate closedOn) {
		this.dsl.update(CLOSURE).set(CLOSURE.CLOSED_ON, closedOn).where(CLOSURE.EPISODE_ID.eq(episode)).execute();
		this.dsl.update(EPISODE).set(EPISODE.OPENED_ON, closedOn.minusDays(200)).where(EPISODE.ID.eq(episode)).execute();
	}

	/** The day exactly the policy's years before today. */
	private LocalDate yearsAgo() {
		return today().minusYears(this.years);
	}

	private boolean anonymised(UUID family) {
		return this.dsl.select(FAMILY.ANONYMISED_AT).from(FAMILY).where(FAMILY.ID.eq(family)).fetchSingle().value1() != null;
	}

	private int anonymisations(UUID family) {
		return this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.FAMILY_ID.eq(family).and(AUDIT_EVENT.OPERATION.eq(ANONYMISED)));
	}

	@Test
	void a_family_whose_last_episode_closed_the_policys_years_and_a_day_ago_is_anonymised_and_what_reporting_needs_stays() {
		Closed closed = closedOn(yearsAgo().minusDays(1));

		RetentionRun run = this.retention.run();

		assertThat(run.anonymised()).isPositive();
		assertThat(anonymised(closed.family())).isTrue();
		// Who they are: names replaced, dates of birth, contact details, address and sign-in accounts gone.
		assertThat(this.dsl.selectFrom(PERSON).where(PERSON.FAMILY_ID.eq(closed.family())).fetch()).hasSize(2)
			.allSatisfy(person -> {
				assertThat(person.getGivenName()).isEqualTo("Removed");
				assertThat(person.getFamilyName()).isEqualTo("Removed");
				assertThat(person.getDateOfBirth()).isNull();
				assertThat(person.getPhone()).isNull();
				assertThat(person.getEmail()).isNull();
			});
		var family = this.dsl.selectFrom(FAMILY).where(FAMILY.ID.eq(closed.family())).fetchSingle();
		assertThat(family.getAddressLine1()).isNull();
		assertThat(family.getAddressTown()).isNull();
		assertThat(family.getAddressPostcode()).isNull();
		assertThat(family.getPrimaryLanguage()).isNull();
		assertThat(family.getReference()).startsWith("RT-");
		assertThat(this.dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.PERSON_ID.eq(closed.parent()))).isZero();
		assertThat(this.dsl.fetchCount(FAMILY_INVITATION, FAMILY_INVITATION.EPISODE_ID.eq(closed.episode()))).isZero();
		// What was said: views, voices, comments, notes, summaries and feedback gone.
		assertThat(this.dsl.select(PERSON_VIEW.WORRIES, PERSON_VIEW.STRENGTHS, PERSON_VIEW.WISHES)
			.from(PERSON_VIEW)
			.where(PERSON_VIEW.PERSON_ID.eq(closed.parent()))
			.fetchSingle()
			.intoList()).containsOnlyNulls();
		assertThat(this.dsl.select(CHILD_VOICE.WORRIES).from(CHILD_VOICE).where(CHILD_VOICE.CHILD_ID.eq(closed.child()))
			.fetchSingle().value1()).isNull();
		assertThat(this.dsl.select(FAMILY_COMMENT.TEXT).from(FAMILY_COMMENT)
			.where(FAMILY_COMMENT.EPISODE_ID.eq(closed.episode())).fetch(FAMILY_COMMENT.TEXT)).containsOnly("Removed");
		assertThat(this.dsl.select(CONSENT.NOTES).from(CONSENT).where(CONSENT.EPISODE_ID.eq(closed.episode()))
			.fetch(CONSENT.NOTES)).containsOnlyNulls();
		assertThat(this.dsl.fetchCount(CONSENT_SIGNATURE,
				CONSENT_SIGNATURE.CONSENT_ID.in(this.dsl.select(CONSENT.ID).from(CONSENT).where(CONSENT.EPISODE_ID.eq(closed.episode())))))
			.isZero();
		var outcome = this.dsl.selectFrom(OUTCOME).where(OUTCOME.ID.eq(closed.outcome())).fetchSingle();
		assertThat(outcome.getDescription()).isEqualTo("Removed");
		assertThat(outcome.getMeasure()).isEqualTo("Removed");
		assertThat(this.dsl.select(PLAN_ACTION.DESCRIPTION).from(PLAN_ACTION).where(PLAN_ACTION.ID.eq(closed.action()))
			.fetchSingle().value1()).isEqualTo("Removed");
		assertThat(this.dsl.select(MEETING.NOTES).from(MEETING).where(MEETING.EPISODE_ID.eq(closed.episode()))
			.fetch(MEETING.NOTES)).containsOnlyNulls();
		assertThat(this.dsl.select(REVIEW.FAMILY_VIEWS, REVIEW.CHILD_VIEWS).from(REVIEW)
			.where(REVIEW.EPISODE_ID.eq(closed.episode())).fetchSingle().intoList()).containsOnlyNulls();
		var referral = this.dsl.selectFrom(SAFEGUARDING_REFERRAL)
			.where(SAFEGUARDING_REFERRAL.FAMILY_ID.eq(closed.family()))
			.fetchSingle();
		assertThat(referral.getReason()).isEqualTo("Removed");
		assertThat(referral.getSocialCareReference()).isNull();
		var closure = this.dsl.selectFrom(CLOSURE).where(CLOSURE.EPISODE_ID.eq(closed.episode())).fetchSingle();
		assertThat(closure.getSummary()).isEqualTo("Removed");
		assertThat(closure.getFamilyFeedback()).isNull();
		assertThat(closure.getChildFeedback()).isNull();
		assertThat(this.dsl.select(CLOSURE_SIGNPOST.TEXT).from(CLOSURE_SIGNPOST)
			.where(CLOSURE_SIGNPOST.EPISODE_ID.eq(closed.episode())).fetch(CLOSURE_SIGNPOST.TEXT)).containsOnly("Removed");
		var episode = this.dsl.selectFrom(EPISODE).where(EPISODE.ID.eq(closed.episode())).fetchSingle();
		assertThat(episode.getRequestReasons()).isEqualTo("Removed");
		// What reporting needs stays: dates, statuses, level of need, need area, outcome status, closure reason.
		assertThat(episode.getStatus()).isEqualTo("CLOSED");
		assertThat(episode.getLevelOfNeed()).isEqualTo("LEVEL_2");
		assertThat(episode.getOpenedOn()).isEqualTo(yearsAgo().minusDays(201));
		assertThat(outcome.getStatus()).isEqualTo("ACHIEVED");
		assertThat(outcome.getNeedAreaCode()).isEqualTo("EDUCATION");
		assertThat(closure.getReason()).isEqualTo("NEEDS_MET");
		assertThat(closure.getClosedOn()).isEqualTo(yearsAgo().minusDays(1));
		// Audited once, as Hearth itself, without a word of what was removed.
		var events = this.dsl.selectFrom(AUDIT_EVENT)
			.where(AUDIT_EVENT.FAMILY_ID.eq(closed.family()))
			.and(AUDIT_EVENT.OPERATION.eq(ANONYMISED))
			.fetch();
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.getActorKind()).isEqualTo("SYSTEM");
			assertThat(event.getChannel()).isEqualTo("SYSTEM");
			assertThat(event.getSubjectId()).isEqualTo(closed.family());
			assertThat(event.getChanges()).contains("anonymisedAt").doesNotContain("Retentionchild").doesNotContain("Parent");
		});
	}

	private static final String REQUEST = """
			mutation($input: RequestEarlyHelpInput!) {
			  requestEarlyHelp(input: $input) { episode { id family { id } } errors { field code message } }
			}""";

	/** A family asked for by this class's lead over GraphQL, so its audited writes hold its names and texts. */
	private record Requested(UUID family, UUID episode, String surname) {
	}

	private Requested requestedOverGraphQl() {
		String surname = "Rtaudit" + UUID.randomUUID().toString().substring(0, 6);
		UUID parentId = UUID.randomUUID();
		UUID childId = UUID.randomUUID();
		UUID episodeId = UUID.randomUUID();
		Map<String, Object> parent = Map.of("id", parentId.toString(), "givenName", "Odette", "familyName", surname,
				"role", "PARENT_CARER", "livesInHousehold", true, "hasParentalResponsibility", true);
		Map<String, Object> child = Map.of("id", childId.toString(), "givenName", "Ptolemy", "familyName", surname,
				"role", "CHILD", "dateOfBirth", today().minusYears(8).toString(), "livesInHousehold", true,
				"hasParentalResponsibility", false);
		HttpGraphQlTester lead = signedInAs("rt-lead-" + this.run);
		GraphQlTester.Response requested = lead.document(REQUEST)
			.variable("input", Map.of("id", episodeId.toString(), "newFamily", Map.of("address",
					Map.of("line1", "9 Audit Lane", "postcode", "NG2 2BB"), "members", List.of(parent, child)),
					"levelOfNeed", "LEVEL_2", "source", "PRACTITIONER_REQUEST", "requestReasons",
					"Ptolemy misses school on Mondays"))
			.execute();
		requested.path("requestEarlyHelp.errors").entityList(Object.class).hasSize(0);
		UUID family = UUID.fromString(requested.path("requestEarlyHelp.episode.family.id").entity(String.class).get());
		String episode = episodeId.toString();
		for (String scope : List.of("START", "STORE", "SHARE")) {
			write(lead, "recordConsent", "RecordConsentInput", Map.of("episodeId", episode, "scope", scope, "decision",
					"GIVEN", "givenByPersonId", parentId.toString(), "method", "VERBAL"));
		}
		write(lead, "startAssessment", "EpisodeRefInput", Map.of("episodeId", episode));
		write(lead, "recordPersonView", "RecordPersonViewInput", Map.of("episodeId", episode, "personId",
				parentId.toString(), "worries", "Odette worries about mornings", "strengths", "Close", "wishes", "Calm"));
		write(lead, "completeAssessment", "CompleteAssessmentInput", Map.of("episodeId", episode, "summary",
				"Odette " + surname + " and Ptolemy need a calmer morning"));
		write(lead, "addOutcome", "AddOutcomeInput", Map.of("id", UUID.randomUUID().toString(), "episodeId", episode,
				"forPersonId", childId.toString(), "needAreaCode", "EDUCATION", "description",
				"Ptolemy " + surname + " arrives at school on time", "measure", "He no longer misses school on Mondays",
				"targetDate", today().plusDays(90).toString()));
		return new Requested(family, episodeId, surname);
	}

	private static void write(HttpGraphQlTester caller, String mutation, String type, Map<String, Object> input) {
		caller.document("mutation($input: %s!) { %s(input: $input) { errors { field code message } } }"
			.formatted(type, mutation)).variable("input", input).execute()
			.path(mutation + ".errors").entityList(Object.class).hasSize(0);
	}

	/** The family's audit events that kept values: who, when, what and which fields, and the values as written. */
	private List<org.jooq.Record> writeEvents(UUID family) {
		return List.copyOf(this.dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_NAME,
				AUDIT_EVENT.OPERATION, AUDIT_EVENT.SUBJECT_ID, AUDIT_EVENT.CHANGES)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.FAMILY_ID.eq(family))
			.and(AUDIT_EVENT.CHANGES.isNotNull())
			.and(AUDIT_EVENT.OPERATION.ne(ANONYMISED))
			.orderBy(AUDIT_EVENT.ID)
			.fetch());
	}

	private static List<String> fields(String changes) {
		return java.util.regex.Pattern.compile("\"field\"\\s*:\\s*\"([^\"]*)\"").matcher(changes).results()
			.map(match -> match.group(1)).toList();
	}

	@Test
	void anonymising_a_family_blanks_the_values_its_audit_trail_kept_and_leaves_another_familys_alone() {
		Requested gone = requestedOverGraphQl();
		Requested kept = requestedOverGraphQl();
		this.fixtures.close(gone.episode(), this.lead);
		backdate(gone.episode(), yearsAgo().minusDays(2));
		List<org.jooq.Record> before = writeEvents(gone.family());
		// The fixture is what it claims: the family's writes kept its names and the reasons given.
		assertThat(before).isNotEmpty();
		assertThat(before).anySatisfy(event -> assertThat(event.get(AUDIT_EVENT.CHANGES)).contains(gone.surname()));
		assertThat(before).anySatisfy(event -> assertThat(event.get(AUDIT_EVENT.CHANGES)).contains("Odette"));
		assertThat(before).anySatisfy(event -> assertThat(event.get(AUDIT_EVENT.CHANGES)).contains("Ptolemy"));
		assertThat(before).anySatisfy(event -> assertThat(event.get(AUDIT_EVENT.CHANGES)).contains("misses school"));
		int valued = (int) before.stream().filter(event -> event.get(AUDIT_EVENT.CHANGES).matches("(?s).*\"(before|after)\"\\s*:\\s*[^n\\s].*")).count();

		this.retention.run();

		assertThat(anonymised(gone.family())).isTrue();
		List<org.jooq.Record> after = writeEvents(gone.family());
		// No value is left; who, when, which operation, which record and which fields stay.
		assertThat(after).hasSameSizeAs(before);
		for (int i = 0; i < before.size(); i++) {
			org.jooq.Record was = before.get(i);
			org.jooq.Record is = after.get(i);
			assertThat(is.get(AUDIT_EVENT.ID)).isEqualTo(was.get(AUDIT_EVENT.ID));
			assertThat(is.get(AUDIT_EVENT.OCCURRED_AT)).isEqualTo(was.get(AUDIT_EVENT.OCCURRED_AT));
			assertThat(is.get(AUDIT_EVENT.ACTOR_NAME)).isEqualTo(was.get(AUDIT_EVENT.ACTOR_NAME));
			assertThat(is.get(AUDIT_EVENT.OPERATION)).isEqualTo(was.get(AUDIT_EVENT.OPERATION));
			assertThat(is.get(AUDIT_EVENT.SUBJECT_ID)).isEqualTo(was.get(AUDIT_EVENT.SUBJECT_ID));
			assertThat(fields(is.get(AUDIT_EVENT.CHANGES))).isEqualTo(fields(was.get(AUDIT_EVENT.CHANGES))).isNotEmpty();
			assertThat(is.get(AUDIT_EVENT.CHANGES)).doesNotContain(gone.surname(), "Odette", "Ptolemy", "misses school");
			assertThat(is.get(AUDIT_EVENT.CHANGES)).doesNotContainPattern("\"(before|after)\"\\s*:\\s*[^n\\s]");
		}
		assertThat(this.dsl.select(AUDIT_EVENT.CHANGES).from(AUDIT_EVENT).where(AUDIT_EVENT.FAMILY_ID.eq(gone.family()))
			.and(AUDIT_EVENT.CHANGES.isNotNull()).fetch(AUDIT_EVENT.CHANGES)).noneSatisfy(
					changes -> assertThat(changes).contains(gone.surname()));
		// The anonymisation's own event says how many events it redacted.
		assertThat(this.dsl.select(AUDIT_EVENT.CHANGES).from(AUDIT_EVENT).where(AUDIT_EVENT.FAMILY_ID.eq(gone.family()))
			.and(AUDIT_EVENT.OPERATION.eq(ANONYMISED)).fetchSingle().value1())
			.containsPattern("\"field\"\\s*:\\s*\"auditEventsRedacted\"\\s*,\\s*\"before\"\\s*:\\s*null\\s*,\\s*\"after\"\\s*:\\s*\"" + valued + "\"");
		// Another family's trail keeps its values.
		assertThat(anonymised(kept.family())).isFalse();
		assertThat(writeEvents(kept.family())).anySatisfy(event -> assertThat(event.get(AUDIT_EVENT.CHANGES))
			.contains(kept.surname()).contains("misses school"));
	}

	@Test
	void the_audit_trail_refuses_an_ordinary_update_a_delete_and_any_redaction_but_an_anonymised_familys() {
		Requested gone = requestedOverGraphQl();
		Requested kept = requestedOverGraphQl();
		this.fixtures.close(gone.episode(), this.lead);
		backdate(gone.episode(), yearsAgo().minusDays(4));
		org.jooq.Record keptEvent = writeEvents(kept.family()).getFirst();
		UUID keptId = keptEvent.get(AUDIT_EVENT.ID);
		String keptRedacted = keptEvent.get(AUDIT_EVENT.CHANGES).replaceAll("\"(before|after)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|null)", "\"$1\":null");
		assertThat(keptRedacted).doesNotContain(kept.surname());

		// An ordinary update and a delete: refused, whatever the family.
		assertThatThrownBy(() -> this.dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR_NAME, "Someone else")
			.where(AUDIT_EVENT.ID.eq(keptId)).execute()).hasMessageContaining("never changed");
		assertThatThrownBy(() -> this.dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(keptId)).execute())
			.hasMessageContaining("never deleted");
		// The redaction itself, of a family not anonymised: refused.
		assertThatThrownBy(() -> this.dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.CHANGES, keptRedacted)
			.where(AUDIT_EVENT.ID.eq(keptId)).execute()).hasMessageContaining("never changed");
		assertThat(this.dsl.select(AUDIT_EVENT.CHANGES).from(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(keptId)).fetchSingle()
			.value1()).isEqualTo(keptEvent.get(AUDIT_EVENT.CHANGES));

		this.retention.run();
		assertThat(anonymised(gone.family())).isTrue();
		org.jooq.Record goneEvent = writeEvents(gone.family()).getFirst();
		UUID goneId = goneEvent.get(AUDIT_EVENT.ID);
		String redacted = goneEvent.get(AUDIT_EVENT.CHANGES);
		// Even of an anonymised family: a value put back, a field dropped or renamed, another column changed, a
		// delete. Each refused.
		String oneValue = redacted.replaceFirst("\"after\"\\s*:\\s*null", "\"after\":\"Odette\"");
		assertThatThrownBy(() -> this.dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.CHANGES, oneValue)
			.where(AUDIT_EVENT.ID.eq(goneId)).execute()).hasMessageContaining("never changed");
		assertThatThrownBy(() -> this.dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.CHANGES, "[]")
			.where(AUDIT_EVENT.ID.eq(goneId)).execute()).hasMessageContaining("never changed");
		String renamed = redacted.replaceFirst("\"field\"\\s*:\\s*\"", "\"field\":\"x");
		assertThatThrownBy(() -> this.dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.CHANGES, renamed)
			.where(AUDIT_EVENT.ID.eq(goneId)).execute()).hasMessageContaining("never changed");
		String extraKey = redacted.replaceFirst("\"after\"\\s*:\\s*null", "\"after\":null,\"note\":\"Odette\"");
		assertThatThrownBy(() -> this.dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.CHANGES, extraKey)
			.where(AUDIT_EVENT.ID.eq(goneId)).execute()).hasMessageContaining("never changed");
		assertThatThrownBy(() -> this.dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.OPERATION, "something else")
			.where(AUDIT_EVENT.ID.eq(goneId)).execute()).hasMessageContaining("never changed");
		assertThatThrownBy(() -> this.dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(goneId)).execute())
			.hasMessageContaining("never deleted");
		// The redaction again (what the job writes) is the one update allowed, and changes nothing.
		this.dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.CHANGES, redacted).where(AUDIT_EVENT.ID.eq(goneId)).execute();
		assertThat(writeEvents(gone.family()).getFirst().get(AUDIT_EVENT.CHANGES)).isEqualTo(redacted);
	}

	@Test
	void a_family_closed_a_day_short_of_the_policys_years_is_kept_until_the_day_after_they_are_up() {
		Closed closed = closedOn(yearsAgo().plusDays(1));

		this.retention.run();
		assertThat(anonymised(closed.family())).isFalse();
		assertThat(this.dsl.select(PERSON.GIVEN_NAME).from(PERSON).where(PERSON.ID.eq(closed.child())).fetchSingle().value1())
			.isEqualTo("Retentionchild");

		// Today it closed exactly the years ago: still kept. Tomorrow it is past them.
		this.clock.advance(Duration.ofDays(1));
		this.retention.run();
		assertThat(anonymised(closed.family())).isFalse();
		this.clock.advance(Duration.ofDays(1));
		this.retention.run();
		assertThat(anonymised(closed.family())).isTrue();
	}

	@Test
	void a_family_with_an_episode_open_again_is_kept_however_long_ago_an_earlier_one_closed() {
		Closed closed = closedOn(yearsAgo().minusYears(2));
		UUID again = this.fixtures.episode("RA-" + this.run + "-" + this.families.incrementAndGet(), closed.family(),
				this.lead, List.of());

		RetentionRun run = this.retention.run();

		assertThat(anonymised(closed.family())).isFalse();
		assertThat(anonymisations(closed.family())).isZero();
		assertThat(run.skippedOpenEpisode()).isPositive();
		assertThat(this.dsl.select(EPISODE.STATUS).from(EPISODE).where(EPISODE.ID.eq(again)).fetchSingle().value1())
			.isEqualTo("ACTIVE");
	}

	@Test
	void a_family_under_a_legal_hold_is_kept_and_anonymised_once_the_hold_is_released() {
		Closed closed = closedOn(yearsAgo().minusDays(3));
		HttpGraphQlTester hub = signedInAs("hub");
		GraphQlTester.Response held = hub.document(SET_HOLD)
			.variable("input", Map.of("familyId", closed.family().toString(), "reason", "A claim against the council",
					"requestId", UUID.randomUUID().toString()))
			.execute();
		held.path("setLegalHold.errors").entityList(Object.class).hasSize(0);
		held.path("setLegalHold.legalHold.reason").entity(String.class).isEqualTo("A claim against the council");
		held.path("setLegalHold.legalHold.setBy.name").entity(String.class).isEqualTo("Priya Shah");

		RetentionRun whileHeld = this.retention.run();
		assertThat(anonymised(closed.family())).isFalse();
		assertThat(whileHeld.skippedLegalHold()).isPositive();

		hub.document(RELEASE_HOLD)
			.variable("input", Map.of("familyId", closed.family().toString(), "reason", "The claim was settled"))
			.execute()
			.path("releaseLegalHold.legalHold")
			.valueIsNull();
		this.retention.run();
		assertThat(anonymised(closed.family())).isTrue();
		assertThat(this.dsl.select(AUDIT_EVENT.OPERATION)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.FAMILY_ID.eq(closed.family()))
			.and(AUDIT_EVENT.ACTOR_NAME.eq("Priya Shah"))
			.orderBy(AUDIT_EVENT.OCCURRED_AT)
			.fetch(AUDIT_EVENT.OPERATION)).containsExactly("set a legal hold", "released a legal hold");
	}

	@Test
	void running_twice_anonymises_nothing_more() {
		Closed closed = closedOn(yearsAgo().minusDays(5));

		RetentionRun first = this.retention.run();
		RetentionRun second = this.retention.run();

		assertThat(first.anonymised()).isPositive();
		assertThat(second.anonymised()).isZero();
		assertThat(anonymisations(closed.family())).isOne();
	}

	@Test
	void two_runs_at_once_anonymise_each_family_once() throws Exception {
		List<Closed> closed = java.util.stream.IntStream.range(0, 6)
			.mapToObj(i -> closedOn(yearsAgo().minusDays(10 + i)))
			.toList();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<RetentionRun>> runs = List.of(threads.submit(() -> {
				start.await();
				return this.retention.run();
			}), threads.submit(() -> {
				start.await();
				return this.retention.run();
			}));
			start.countDown();
			RetentionRun one = runs.get(0).get(60, TimeUnit.SECONDS);
			RetentionRun other = runs.get(1).get(60, TimeUnit.SECONDS);
			assertThat(closed).allSatisfy(family -> {
				assertThat(anonymised(family.family())).isTrue();
				assertThat(anonymisations(family.family())).as("anonymisations of one family").isOne();
			});
			assertThat(one.failed() + other.failed()).as("failed").isZero();
			assertThat(one.anonymised() + other.anonymised()).isGreaterThanOrEqualTo(closed.size());
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void each_run_is_recorded_with_its_counts_and_the_early_help_team_reads_them() {
		closedOn(yearsAgo().minusDays(6));

		RetentionRun run = this.retention.run();

		var row = this.dsl.selectFrom(RETENTION_RUN).where(RETENTION_RUN.ID.eq(run.id())).fetchSingle();
		assertThat(row.getAnonymised()).isEqualTo(run.anonymised()).isPositive();
		assertThat(row.getCutOff()).isEqualTo(yearsAgo());
		assertThat(row.getRetentionYears()).isEqualTo(this.years);
		assertThat(row.getSkippedLegalHold()).isEqualTo(run.skippedLegalHold());
		assertThat(row.getSkippedOpenEpisode()).isEqualTo(run.skippedOpenEpisode());
		assertThat(row.getInstance()).contains("@");
		GraphQlTester.Response runs = signedInAs("hub")
			.document("{ retentionRuns(first: 1) { totalCount edges { node { id anonymised cutOff instance } } } }")
			.execute();
		runs.path("retentionRuns.edges[0].node.id").entity(String.class).isEqualTo(run.id().toString());
		runs.path("retentionRuns.edges[0].node.anonymised").entity(Integer.class).isEqualTo(run.anonymised());
		runs.path("retentionRuns.totalCount").entity(Integer.class).satisfies(total -> assertThat(total).isPositive());
		signedInAs("hub").document("{ retentionPolicy { yearsAfterClosure cutOff scheduled schedule } }")
			.execute()
			.path("retentionPolicy.yearsAfterClosure").entity(Integer.class).isEqualTo(this.years)
			.path("retentionPolicy.cutOff").entity(LocalDate.class).isEqualTo(yearsAgo())
			.path("retentionPolicy.scheduled").entity(Boolean.class).isEqualTo(true)
			.path("retentionPolicy.schedule").entity(String.class).isEqualTo("0 30 2 * * *");
	}

	@Test
	void a_hold_needs_a_reason_is_set_once_released_once_and_a_replay_changes_nothing() {
		Closed closed = closedOn(yearsAgo().plusYears(1));
		HttpGraphQlTester hub = signedInAs("hub");
		String family = closed.family().toString();

		refused(hub.document(SET_HOLD).variable("input", Map.of("familyId", family, "reason", "  ")).execute(),
				"setLegalHold", "reason", "REQUIRED");
		refused(hub.document(RELEASE_HOLD).variable("input", Map.of("familyId", family, "reason", "No hold")).execute(),
				"releaseLegalHold", "familyId", "NOT_HELD");
		Map<String, Object> input = Map.of("familyId", family, "reason", "A subject access request",
				"requestId", UUID.randomUUID().toString());
		hub.document(SET_HOLD).variable("input", input).execute().path("setLegalHold.familyId").entity(String.class)
			.isEqualTo(family);
		// The same request again: the same answer, nothing written twice.
		hub.document(SET_HOLD).variable("input", input).execute()
			.path("setLegalHold.legalHold.reason").entity(String.class).isEqualTo("A subject access request");
		refused(hub.document(SET_HOLD)
			.variable("input", Map.of("familyId", family, "reason", "Another reason"))
			.execute(), "setLegalHold", "familyId", "ALREADY_HELD");
		refused(hub.document(RELEASE_HOLD).variable("input", Map.of("familyId", family, "reason", " ")).execute(),
				"releaseLegalHold", "reason", "REQUIRED");
		assertThat(this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.FAMILY_ID.eq(closed.family()).and(AUDIT_EVENT.OPERATION.eq("set a legal hold")))).isOne();
		// Only the Early Help team sees the hold on the family.
		hub.document("query($f: ID!) { family(id: $f) { legalHold { reason } } }").variable("f", family).execute()
			.path("family.legalHold.reason").entity(String.class).isEqualTo("A subject access request");
	}

	@Test
	void nobody_but_the_early_help_team_reads_the_policy_or_sets_a_hold() {
		Closed closed = closedOn(yearsAgo().plusYears(1));
		HttpGraphQlTester lead = signedInAs("rt-lead-" + this.run);
		forbidden(lead.document(SET_HOLD)
			.variable("input", Map.of("familyId", closed.family().toString(), "reason", "Mine"))
			.execute(), "setLegalHold");
		forbidden(signedInAs("morgan").document("{ retentionPolicy { yearsAfterClosure } }").execute(),
				"retentionPolicy");
		assertThat(this.dsl.select(FAMILY.LEGAL_HOLD_REASON).from(FAMILY).where(FAMILY.ID.eq(closed.family()))
			.fetchSingle().value1()).isNull();
	}

	@Test
	void the_nightly_job_is_scheduled_and_one_instance_at_a_time_holds_its_lock() {
		assertThat(this.job).isNotNull();
		LockConfiguration lock = new LockConfiguration(this.clock.instant(), "retention-test-" + this.run,
				Duration.ofMinutes(1), Duration.ZERO);
		Optional<SimpleLock> first = this.locks.lock(lock);
		assertThat(first).isPresent();
		try {
			// Another instance asking for the same lock while it is held gets nothing, and skips its run.
			assertThat(this.locks.lock(lock)).isEmpty();
		}
		finally {
			first.get().unlock();
		}
		assertThat(this.locks.lock(lock)).isPresent();
	}

}

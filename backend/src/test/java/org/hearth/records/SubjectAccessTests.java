package org.hearth.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.ASSESSMENT_NEED;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;
import static org.hearth.db.jooq.Tables.SAFEGUARDING_REFERRAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.access.Channel;
import org.hearth.access.PractitionerRole;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.records.SubjectAccessRecord.EpisodeRecord;
import org.hearth.support.Fixtures;
import org.hearth.system.Ids;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Subject access records: a family of the test's own with one of every kind of record in each episode (and a second
 * adult, Jordan, whose own records a parent's request must leave out), read by the Early Help team through the
 * service and through {@code /connect/SubjectAccessEndpoint/record} with real sign-in.
 */
class SubjectAccessTests extends HearthIntegrationTests {

	private static final String RECORD = "SubjectAccessEndpoint/record";

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private SubjectAccessService records;

	@Autowired
	private AuditService audit;

	/** What {@link #familyWithEverything} made. */
	private record Household(String prefix, UUID family, UUID agency, UUID lead, UUID parent, UUID jordan,
			UUID child, List<UUID> episodes, UUID hub) {

		String user(String who) {
			return this.prefix + "-" + who;
		}

	}

	/**
	 * A family (a parent, another adult called Jordan, a child) with the given number of episodes, all closed, each
	 * holding one of everything: consents, an assessment with the parent's view (naming Jordan), Jordan's own view
	 * and the child's voice, outcomes for the child and for Jordan with an action, the team and a handover, a meeting
	 * and a review, comments by the parent and by Jordan, a status change, a closure; and a safeguarding referral.
	 */
	private Household familyWithEverything(int episodeCount) {
		String prefix = "sar-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, null);
		UUID manager = this.fixtures.practitioner(prefix + "-manager", agency, null, "PRACTITIONER", "MANAGER");
		this.dsl.update(org.hearth.db.jooq.Tables.PRACTITIONER)
			.set(org.hearth.db.jooq.Tables.PRACTITIONER.MANAGER_ID, manager)
			.where(org.hearth.db.jooq.Tables.PRACTITIONER.ID.eq(lead))
			.execute();
		UUID member = this.fixtures.practitioner(prefix + "-member", this.fixtures.newAgency("Other " + prefix), null);
		UUID hub = this.fixtures.practitioner(prefix + "-hub", agency, null, "PRACTITIONER", "EARLY_HELP_TEAM");
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.familyMemberAccount(prefix + "-parent", family);
		UUID jordan = this.fixtures.person(family, "Jordan", "OTHER_ADULT", false);
		UUID child = this.fixtures.person(family, "Leo", "CHILD", false);
		List<UUID> episodes = new ArrayList<>();
		for (int i = 1; i <= episodeCount; i++) {
			UUID episode = this.fixtures.episode("E-" + prefix + "-" + i, family, lead, List.of(member));
			this.fixtures.fullConsent(episode, parent, lead);
			this.fixtures.consent(episode, "STORE", "GIVEN", jordan, lead);
			Fixtures.Plan plan = this.fixtures.planWithEverything(episode, parent, child, lead);
			this.dsl.update(PERSON_VIEW)
				.set(PERSON_VIEW.WORRIES, "Worried that Jordan drinks too much")
				.where(PERSON_VIEW.ASSESSMENT_ID.eq(plan.assessment()))
				.execute();
			this.dsl.insertInto(PERSON_VIEW)
				.set(PERSON_VIEW.ID, Ids.newId())
				.set(PERSON_VIEW.ASSESSMENT_ID, plan.assessment())
				.set(PERSON_VIEW.PERSON_ID, jordan)
				.set(PERSON_VIEW.WORRIES, "Jordan's own worries")
				.execute();
			this.fixtures.outcome(episode, jordan, "EDUCATION");
			this.fixtures.familyComment(episode, jordan);
			this.fixtures.handover(episode, this.fixtures.teamMember(episode, member),
					this.fixtures.teamMember(episode, lead), lead);
			this.audit.recordWrite(new Caller.SystemCaller(), "moved the episode on", family, episode,
					new AuditService.Written("Episode", episode, 1,
							List.of(new AuditEvent.FieldChange("status", "PLANNING", "ACTIVE"))));
			this.fixtures.close(episode, lead, "The family hub");
			episodes.add(episode);
		}
		this.dsl.insertInto(SAFEGUARDING_REFERRAL)
			.set(SAFEGUARDING_REFERRAL.ID, Ids.newId())
			.set(SAFEGUARDING_REFERRAL.FAMILY_ID, family)
			.set(SAFEGUARDING_REFERRAL.EPISODE_ID, episodes.getFirst())
			.set(SAFEGUARDING_REFERRAL.DECIDED_BY, lead)
			.set(SAFEGUARDING_REFERRAL.DECIDED_AT, this.clock.instant())
			.set(SAFEGUARDING_REFERRAL.REASON, "Leo said he was hit")
			.set(SAFEGUARDING_REFERRAL.SOCIAL_CARE_REFERENCE, "SC-1")
			.execute();
		return new Household(prefix, family, agency, lead, parent, jordan, child, episodes, hub);
	}

	private static Caller.PractitionerCaller practitioner(UUID id, PractitionerRole... roles) {
		return new Caller.PractitionerCaller(id, "Test practitioner", Set.of(roles), Channel.SPA);
	}

	private int produced(UUID family) {
		return this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.FAMILY_ID.eq(family).and(AUDIT_EVENT.OPERATION.eq("produced a subject access record")));
	}

	@Test
	void the_family_record_holds_every_kind_of_record_and_marks_nothing_said_among_the_family() {
		Household household = familyWithEverything(1);
		for (String need : List.of("HOUSING", "EDUCATION")) {
			this.dsl.insertInto(ASSESSMENT_NEED, ASSESSMENT_NEED.ASSESSMENT_ID, ASSESSMENT_NEED.NEED_AREA_CODE)
				.select(this.dsl.select(ASSESSMENT.ID, DSL.inline(need))
					.from(ASSESSMENT)
					.where(ASSESSMENT.EPISODE_ID.eq(household.episodes().getFirst())))
				.execute();
		}
		SubjectAccessRecord record = this.records.produce(
				practitioner(household.hub(), PractitionerRole.PRACTITIONER, PractitionerRole.EARLY_HELP_TEAM),
				household.family(), null);

		assertThat(record.familyReference()).isEqualTo("F-" + household.prefix());
		assertThat(record.members()).extracting("givenName").containsExactlyInAnyOrder("Parent", "Jordan", "Leo");
		assertThat(record.episodes()).singleElement().satisfies(episode -> {
			assertThat(episode.request().reasons()).isEqualTo("Fixture");
			assertThat(episode.statusHistory()).extracting("from", "to")
				.containsExactly(org.assertj.core.groups.Tuple.tuple("PLANNING", "ACTIVE"));
			assertThat(episode.consents()).hasSize(4);
			assertThat(episode.assessments()).singleElement().satisfies(assessment -> {
				assertThat(assessment.summary()).isEqualTo("Fixture summary");
				// In the policy's order, by name.
				assertThat(assessment.needsFound()).containsExactly("Getting a good education", "Secure housing");
				assertThat(assessment.views()).extracting("person")
					.containsExactlyInAnyOrder("Parent Fixture", "Jordan Fixture");
				assertThat(assessment.voices()).extracting("child").containsExactly("Leo Fixture");
			});
			assertThat(episode.outcomes()).hasSize(2);
			assertThat(episode.outcomes()).flatExtracting("actions").hasSize(1);
			assertThat(episode.team()).extracting("name")
				.containsExactlyInAnyOrder("Test " + household.user("lead"), "Test " + household.user("member"));
			assertThat(episode.handovers()).singleElement()
				.satisfies(handover -> assertThat(handover.to()).isEqualTo("Test " + household.user("lead")));
			assertThat(episode.meetings()).hasSize(1);
			assertThat(episode.reviews()).singleElement()
				.satisfies(review -> assertThat(review.familyViews()).isEqualTo("The family's view"));
			assertThat(episode.comments()).hasSize(2);
			assertThat(episode.closure()).isNotNull();
			assertThat(episode.closure().signposting()).containsExactly("The family hub");
		});
		assertThat(record.safeguardingReferrals()).singleElement()
			.satisfies(referral -> assertThat(referral.reason()).isEqualTo("Leo said he was hit"));
		assertThat(record.auditTrail()).extracting("operation").contains("moved the episode on");
		// Every member is a data subject: what one says of another is still the family's own.
		assertThat(everyMark(record)).isEmpty();
	}

	@Test
	void a_persons_record_leaves_out_other_peoples_own_records_and_marks_what_is_about_others() {
		Household household = familyWithEverything(1);
		SubjectAccessRecord record = this.records.produce(
				practitioner(household.hub(), PractitionerRole.EARLY_HELP_TEAM), household.family(),
				household.parent());

		assertThat(record.subjects()).containsExactly("Parent Fixture");
		assertThat(record.members()).extracting("givenName").containsExactly("Parent");
		EpisodeRecord episode = record.episodes().getFirst();
		// Jordan's and Leo's own: left out.
		assertThat(episode.consents()).extracting("givenBy").containsOnly("Parent Fixture").hasSize(3);
		assertThat(episode.assessments().getFirst().views()).singleElement().satisfies(view -> {
			assertThat(view.person()).isEqualTo("Parent Fixture");
			// The parent's own words, naming Jordan: kept, and marked for the officer.
			assertThat(view.worries()).contains("Jordan");
			assertThat(view.redact()).isTrue();
			assertThat(view.about()).containsExactly("Jordan Fixture");
		});
		assertThat(episode.assessments().getFirst().voices()).isEmpty();
		assertThat(episode.comments()).extracting("author").containsExactly("Parent Fixture");
		assertThat(episode.outcomes()).isEmpty();
		// Said by the family together: marked as about the other adult.
		assertThat(episode.reviews()).singleElement().satisfies(review -> {
			assertThat(review.redact()).isTrue();
			assertThat(review.about()).containsExactly("Jordan Fixture");
		});
		assertThat(record.safeguardingReferrals()).singleElement().satisfies(referral -> {
			assertThat(referral.redact()).isTrue();
			assertThat(referral.about()).containsExactly("Leo Fixture");
		});
	}

	@Test
	void the_request_is_audited_with_who_and_for_whom() {
		Household household = familyWithEverything(1);
		this.records.produce(practitioner(household.hub(), PractitionerRole.EARLY_HELP_TEAM), household.family(),
				household.parent());

		var event = this.dsl.selectFrom(AUDIT_EVENT)
			.where(AUDIT_EVENT.FAMILY_ID.eq(household.family()))
			.and(AUDIT_EVENT.OPERATION.eq("produced a subject access record"))
			.fetchSingle();
		assertThat(event.getActorId()).isEqualTo(household.hub());
		assertThat(event.getDetail()).contains("Parent Fixture").contains(household.parent().toString());
	}

	@Test
	void the_early_help_team_reads_the_record_through_the_app_and_the_statements_do_not_grow_with_episodes() {
		Household one = familyWithEverything(1);
		Household three = familyWithEverything(3);
		Session hub = signIn(one.user("hub"), DEMO_PASSWORD);

		this.statements.reset();
		callEndpoint(hub, RECORD, whole(one)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.episodes.length()").isEqualTo(1);
		int forOne = this.statements.count();
		this.statements.reset();
		callEndpoint(hub, RECORD, whole(three)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.familyReference").isEqualTo("F-" + three.prefix())
			.jsonPath("$.episodes.length()").isEqualTo(3)
			.jsonPath("$.episodes[2].reviews.length()").isEqualTo(1);
		int forThree = this.statements.count();

		assertThat(forThree).as("statements for three episodes against %d for one", forOne).isEqualTo(forOne);
	}

	@Test
	void everyone_but_the_early_help_team_is_refused_and_nothing_is_read_or_recorded() {
		Household household = familyWithEverything(1);
		List<Caller> refused = List.of(practitioner(household.lead(), PractitionerRole.PRACTITIONER),
				practitioner(household.lead(), PractitionerRole.PRACTITIONER, PractitionerRole.MANAGER),
				new Caller.FamilyMemberCaller(household.parent(), household.family(), "Parent Fixture",
						Channel.SPA),
				new Caller.PartnerCaller(household.prefix() + "-client", household.agency(),
						Set.of("plans:read", "actions:write")));
		for (Caller caller : refused) {
			this.statements.reset();
			assertThatThrownBy(() -> this.records.produce(caller, household.family(), null)).as(caller.toString())
				.isInstanceOf(AccessDeniedException.class);
			assertThat(this.statements.count()).as("statements for %s", caller).isZero();
		}
		assertThat(produced(household.family())).isZero();
	}

	@Test
	void the_app_refuses_a_lead_a_manager_and_a_family_member_with_no_record() {
		Household household = familyWithEverything(1);
		for (String who : List.of("lead", "manager", "parent")) {
			callEndpoint(signIn(household.user(who), DEMO_PASSWORD), RECORD,
					whole(household))
				.expectStatus()
				.isForbidden()
				.expectBody()
				.jsonPath("$.familyReference").doesNotExist();
		}
		assertThat(produced(household.family())).isZero();
	}

	@Test
	void an_unknown_person_is_refused_plainly() {
		Household household = familyWithEverything(1);
		callEndpoint(signIn(household.user("hub"), DEMO_PASSWORD), RECORD,
				Map.of("familyId", household.family().toString(), "personId", UUID.randomUUID().toString()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message").isEqualTo("This person is not a member of this family.");
	}

	/** The endpoint's arguments for a family's whole record (no person). */
	private static Map<String, Object> whole(Household household) {
		Map<String, Object> arguments = new java.util.HashMap<>();
		arguments.put("familyId", household.family().toString());
		arguments.put("personId", null);
		return arguments;
	}

	/** The redaction marks anywhere in the record. */
	private static List<List<String>> everyMark(SubjectAccessRecord record) {
		List<List<String>> marks = new ArrayList<>();
		for (EpisodeRecord episode : record.episodes()) {
			marks.add(episode.request().about());
			episode.consents().forEach(entry -> marks.add(entry.about()));
			episode.assessments().forEach(entry -> {
				marks.add(entry.about());
				entry.views().forEach(view -> marks.add(view.about()));
				entry.voices().forEach(voice -> marks.add(voice.about()));
			});
			episode.outcomes().forEach(entry -> {
				marks.add(entry.about());
				entry.actions().forEach(action -> marks.add(action.about()));
			});
			episode.team().forEach(entry -> marks.add(entry.about()));
			episode.handovers().forEach(entry -> marks.add(entry.about()));
			episode.meetings().forEach(entry -> marks.add(entry.about()));
			episode.reviews().forEach(entry -> marks.add(entry.about()));
			episode.comments().forEach(entry -> marks.add(entry.about()));
			if (episode.closure() != null) {
				marks.add(episode.closure().about());
			}
		}
		record.safeguardingReferrals().forEach(entry -> marks.add(entry.about()));
		record.auditTrail().forEach(entry -> marks.add(entry.about()));
		return marks.stream().filter(list -> !list.isEmpty()).toList();
	}

}

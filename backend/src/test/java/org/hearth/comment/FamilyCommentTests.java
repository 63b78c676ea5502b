package org.hearth.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.FAMILY_COMMENT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code addFamilyComment} through /graphql with real sign-in: the family's own comment (the lead is told), one a
 * practitioner writes down for them, a replay, and who may not comment. Each test makes its own family.
 */
class FamilyCommentTests extends HearthIntegrationTests {

	private static final String ADD = """
			mutation($input: AddFamilyCommentInput!) {
			  addFamilyComment(input: $input) {
			    episode { id familyComments { text recordedOnBehalf author { givenName } } }
			    errors { field code message }
			  }
			}""";

	private static final String NOTIFICATIONS = """
			{ viewer { ... on PractitionerViewer { notifications { episodeId kind message } } } }""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	private record Household(String prefix, UUID episode, UUID leadId, String lead, String parentAccount, UUID parent,
			UUID otherFamily, UUID otherFamilysChild) {
	}

	private Household household() {
		String prefix = "cmt-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, null);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.person(family, "Robin", "PARENT_CARER", true);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of());
		this.fixtures.fullConsent(episode, parent, lead);
		// The parent who signs in is a person of their own, "Parent Fixture".
		this.fixtures.familyMemberAccount(prefix + "-parent", family);
		UUID otherFamily = this.fixtures.family("G-" + prefix);
		UUID otherChild = this.fixtures.person(otherFamily, "Other", "CHILD", false);
		return new Household(prefix, episode, lead, prefix + "-lead", prefix + "-parent", parent, otherFamily,
				otherChild);
	}

	private static GraphQlTester.Response add(HttpGraphQlTester caller, @Nullable UUID id, UUID episode, String text,
			@Nullable UUID personId) {
		Map<String, Object> input = new HashMap<>(Map.of("episodeId", episode.toString(), "text", text));
		if (id != null) {
			input.put("id", id.toString());
		}
		if (personId != null) {
			input.put("personId", personId.toString());
		}
		return caller.document(ADD).variable("input", input).execute();
	}

	private int commentsOn(UUID episode) {
		return this.dsl.fetchCount(FAMILY_COMMENT, FAMILY_COMMENT.EPISODE_ID.eq(episode));
	}

	@Test
	void a_parent_adds_a_comment_and_the_lead_is_told() {
		Household household = household();
		var added = add(signedInAs(household.parentAccount()), null, household.episode(),
				"  Thanks, school mornings are easier.  ", null);
		added.path("addFamilyComment.errors").entityList(Object.class).hasSize(0);
		added.path("addFamilyComment.episode.familyComments[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("text", "Thanks, school mornings are easier.", "recordedOnBehalf", false, "author",
					Map.of("givenName", "Parent")));

		var told = signedInAs(household.lead()).document(NOTIFICATIONS).execute();
		told.path("viewer.notifications[*].kind").entityList(String.class).containsExactly("FAMILY_COMMENT");
		told.path("viewer.notifications[0].episodeId").entity(String.class).isEqualTo(household.episode().toString());
	}

	@Test
	void a_practitioner_records_a_comment_for_a_family_member_and_must_say_whose_it_is() {
		Household household = household();
		HttpGraphQlTester lead = signedInAs(household.lead());
		add(lead, null, household.episode(), "Said on the visit: mornings are easier.", null)
			.path("addFamilyComment.errors[0].code")
			.entity(String.class)
			.isEqualTo("REQUIRED");
		add(lead, null, household.episode(), "Said on the visit: mornings are easier.", household.otherFamilysChild())
			.path("addFamilyComment.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_IN_FAMILY");
		assertThat(commentsOn(household.episode())).isZero();

		add(lead, null, household.episode(), "Said on the visit: mornings are easier.", household.parent())
			.path("addFamilyComment.episode.familyComments[0].recordedOnBehalf")
			.entity(Boolean.class)
			.isEqualTo(true);
		// The lead wrote it: nobody needs telling.
		lead.document(NOTIFICATIONS).execute().path("viewer.notifications").entityList(Object.class).hasSize(0);
	}

	@Test
	void sending_a_comment_twice_adds_it_once_and_its_id_cannot_carry_another_comment() {
		Household household = household();
		HttpGraphQlTester parent = signedInAs(household.parentAccount());
		UUID id = UUID.randomUUID();
		add(parent, id, household.episode(), "We went to the group on Tuesday.", null).path("addFamilyComment.errors")
			.entityList(Object.class)
			.hasSize(0);
		add(parent, id, household.episode(), "We went to the group on Tuesday.", null).path("addFamilyComment.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(commentsOn(household.episode())).isEqualTo(1);

		add(parent, id, household.episode(), "Something else entirely.", null).path("addFamilyComment.errors[0].code")
			.entity(String.class)
			.isEqualTo("ID_REUSED");
		assertThat(commentsOn(household.episode())).isEqualTo(1);
	}

	@Test
	void an_empty_comment_is_refused_and_a_closed_plan_takes_no_comment() {
		Household household = household();
		HttpGraphQlTester parent = signedInAs(household.parentAccount());
		var empty = add(parent, null, household.episode(), "   ", null);
		empty.path("addFamilyComment.errors[0].code").entity(String.class).isEqualTo("REQUIRED");
		empty.path("addFamilyComment.errors[0].field").entityList(String.class).containsExactly("input", "text");
		empty.path("addFamilyComment.episode").valueIsNull();

		this.fixtures.close(household.episode(), household.leadId());
		add(parent, null, household.episode(), "Thank you all.", null).path("addFamilyComment.errors[0].code")
			.entity(String.class)
			.isEqualTo("EPISODE_CLOSED");
		assertThat(commentsOn(household.episode())).isZero();
	}

	@Test
	void someone_outside_the_family_and_its_team_may_not_comment() {
		Household household = household();
		String stranger = household.prefix() + "-other-parent";
		this.fixtures.familyMemberAccount(stranger, household.otherFamily());
		for (HttpGraphQlTester refused : List.of(signedInAs("casey"), signedInAs(stranger))) {
			var response = add(refused, null, household.episode(), "Hello", household.parent());
			response.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
			response.path("addFamilyComment").pathDoesNotExist();
		}
		assertThat(commentsOn(household.episode())).isZero();
	}

}

package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.ASSESSMENT_NEED;
import static org.hearth.db.jooq.Tables.CHILD_VOICE;
import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.FAMILY_COMMENT;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.MEETING_ATTENDANCE;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;
import static org.hearth.db.jooq.Tables.REVIEW;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;

import org.hearth.support.Fixtures;
import org.hearth.system.Ids;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Who may see what, cell by cell, through the real /graphql endpoint. One fixture family has an episode with one of
 * everything; its share consent excludes the housing association, whose officer is on the team; a practitioner has
 * left the team. The whole table of expectations is {@link #MATRIX}, one cell per caller and operation:
 * <ul>
 * <li>{@code Y}: answered, with every personal field the operation names;</li>
 * <li>{@code -}: answered as if the record did not exist (null, or left out of a list), with no error;</li>
 * <li>{@code F}: a GraphQL error classified FORBIDDEN;</li>
 * <li>{@code R}: a mutation the caller may make, refused for its input (an error in the payload, no GraphQL error):
 * the permission check let them through;</li>
 * <li>{@code U}: HTTP 401, nobody signed in.</li>
 * </ul>
 * A refusal never carries data: every personal field the operation names is absent from the answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests extends HearthIntegrationTests {

	private static final String MATRIX = """
			operation                   | LEAD | TEAM | LEAVER | NO_TEAM | MANAGER | MANAGER_OF_LEAVER | MANAGER_OF_NONE | EARLY_HELP | FAMILY | YOUNG_PERSON | OTHER_ADULT | OTHER_FAMILY | PARTNER | PARTNER_EXCLUDED | PARTNER_OFF_TEAM | PARTNER_NO_WRITE | PARTNER_NO_READ | ANONYMOUS
			episode                     |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			request_reasons             |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      -       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			episodes                    |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			family                      |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			members                     |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			consents                    |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			assessment                  |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			assessment_summary          |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      -       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			assessment_need_areas       |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      -       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			assessment_view_parent      |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      -       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			assessment_view_other_adult |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   -    |      -       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			child_voice_child           |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   -    |      -       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			child_voice_young_person    |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   -    |      Y       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			plan                        |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			review_family_views         |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      -       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			review_child_views          |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   -    |      -       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			meeting_notes               |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   -    |      -       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			outcomes_for_others         |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      -       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			reviews                     |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			comments_hidden_from_young  |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      -       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			handovers                   |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   -    |      -       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			team                        |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			comments                    |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_agency                 |  Y   |  Y   |   Y    |    Y    |    Y    |         Y         |        Y        |     Y      |   Y    |      Y       |      Y      |      Y       |    Y    |        Y         |        Y         |        Y         |        Y        |     U
			node_practitioner           |  Y   |  Y   |   Y    |    Y    |    Y    |         Y         |        Y        |     Y      |   Y    |      Y       |      Y      |      Y       |    Y    |        Y         |        Y         |        Y         |        Y        |     U
			node_family                 |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_person                 |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_episode                |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_consent                |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      -       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_assessment             |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_assessment_summary     |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      -       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_team_member            |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_outcome                |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      -       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_action                 |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      -       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_meeting                |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_review                 |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   Y    |      Y       |      Y      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_meeting_notes          |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   -    |      -       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			consents_young_person       |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   -    |      Y       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			node_consent_young_person   |  Y   |  Y   |   -    |    -    |    Y    |         -         |        -        |     Y      |   -    |      Y       |      -      |      -       |    Y    |        -         |        -         |        Y         |        -        |     U
			existing_plans              |  Y   |  Y   |   Y    |    Y    |    Y    |         Y         |        Y        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			audit_trail                 |  F   |  F   |   F    |    F    |    Y    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			oversight                   |  Y   |  Y   |   Y    |    Y    |    Y    |         Y         |        Y        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			timescale_compliance        |  Y   |  Y   |   Y    |    Y    |    Y    |         Y         |        Y        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			audit_trail_filtered        |  F   |  F   |   F    |    F    |    Y    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			viewer                      |  Y   |  Y   |   Y    |    Y    |    Y    |         Y         |        Y        |     Y      |   Y    |      Y       |      Y      |      Y       |    Y    |        Y         |        Y         |        Y         |        Y        |     U
			invite                      |  Y   |  F   |   F    |    F    |    F    |         F         |        F        |     F      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			lead_action                 |  Y   |  F   |   F    |    F    |    F    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			team_action                 |  Y   |  Y   |   F    |    F    |    Y    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    Y    |        F         |        F         |        F         |        Y        |     U
			comment_for                 |  Y   |  Y   |   F    |    F    |    F    |         F         |        F        |     Y      |   R    |      R       |      R      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			comment_own                 |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   Y    |      Y       |      Y      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			record_consent              |  Y   |  Y   |   F    |    F    |    F    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			request                     |  R   |  R   |   F    |    F    |    R    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			add_member                  |  Y   |  Y   |   F    |    F    |    F    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			schedule_meeting            |  Y   |  Y   |   F    |    F    |    F    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			record_meeting              |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			record_review               |  Y   |  F   |   F    |    F    |    F    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			close                       |  R   |  F   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			step_up                     |  R   |  F   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			withdraw_consent            |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			add_team_member             |  R   |  F   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			hand_over_lead              |  R   |  F   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			remove_member               |  R   |  F   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			add_outcome                 |  Y   |  Y   |   F    |    F    |    F    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			add_action                  |  Y   |  Y   |   F    |    F    |    F    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			start_assessment            |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			record_view                 |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			record_voice                |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			complete_assess             |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			move_meeting                |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			cancel_meeting              |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			update_outcome              |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			cancel_outcome              |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			mark_read                   |  Y   |  Y   |   Y    |    Y    |    Y    |         Y         |        Y        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			record_referral             |  R   |  R   |   F    |    F    |    R    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			referral_new                |  R   |  R   |   R    |    R    |    R    |         R         |        R        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			bring_forward               |  R   |  F   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			retention_policy            |  F   |  F   |   F    |    F    |    F    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			retention_runs              |  F   |  F   |   F    |    F    |    F    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			delivery_failures           |  F   |  F   |   F    |    F    |    F    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			set_reminders               |  Y   |  Y   |   Y    |    Y    |    Y    |         Y         |        Y        |     Y      |   Y    |      Y       |      Y      |      Y       |    F    |        F         |        F         |        F         |        F        |     U
			supporting_families_report  |  F   |  F   |   F    |    F    |    F    |         F         |        F        |     Y      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			set_legal_hold              |  F   |  F   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			release_legal_hold          |  F   |  F   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			legal_hold                  |  -   |  -   |   -    |    -    |    -    |         -         |        -        |     Y      |   -    |      -       |      -      |      -       |    -    |        -         |        -         |        -         |        -        |     U
			contact                     |  Y   |  Y   |   -    |    -    |    -    |         -         |        -        |     Y      |   -    |      -       |      -      |      -       |    -    |        -         |        -         |        -         |        -        |     U
			own_contact                 |  -   |  -   |   -    |    -    |    -    |         -         |        -        |     -      |   Y    |      Y       |      Y      |      Y       |    -    |        -         |        -         |        -         |        -        |     U
			record_contact              |  R   |  R   |   F    |    F    |    F    |         F         |        F        |     R      |   F    |      F       |      F      |      F       |    F    |        F         |        F         |        F         |        F        |     U
			""";

	/** The callers: who they are in the fixture, and how they sign in. */
	enum Who {

		LEAD("mx-lead"), TEAM("mx-teacher"), LEAVER("mx-leaver"), NO_TEAM("mx-outsider"), MANAGER("mx-manager"),
		MANAGER_OF_LEAVER("mx-leavers-manager"), MANAGER_OF_NONE("mx-manager-of-none"), EARLY_HELP("hub"),
		FAMILY("mx-parent"), YOUNG_PERSON("mx-young-person"), OTHER_ADULT("mx-other-adult"), OTHER_FAMILY("dana"), PARTNER("mx-school", true),
		PARTNER_EXCLUDED("mx-housing", true), PARTNER_OFF_TEAM("mx-charity", true),
		PARTNER_NO_WRITE("mx-school-read", true), PARTNER_NO_READ("mx-school-write", true), ANONYMOUS(null);

		final String name;

		final boolean partner;

		Who(String name) {
			this(name, false);
		}

		Who(String name, boolean partner) {
			this.name = name;
			this.partner = partner;
		}

	}

	/** What a cell expects (see the class comment). */
	enum Expect {

		ALLOWED("Y"), MISSING("-"), FORBIDDEN("F"), REFUSED_INPUT("R"), UNAUTHENTICATED("U");

		final String mark;

		Expect(String mark) {
			this.mark = mark;
		}

		static Expect of(String mark) {
			return Stream.of(values())
				.filter(expect -> expect.mark.equals(mark))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown cell '" + mark + "'"));
		}

	}

	/**
	 * The operations: a query, the top-level field it asks for, and the JSON paths of every personal field it names
	 * (each must come back for an allowed caller, and none for a refused one).
	 */
	enum Operation {

		EPISODE("query($e: ID!) { episode(id: $e) { reference openedOn } }", "episode",
				"episode.reference", "episode.openedOn"),
		// Why early help was asked for: only a parent of the family reads it (for the others it reads as empty).
		REQUEST_REASONS("query($e: ID!) { episode(id: $e) { requestReasons } }", "episode",
				"episode.requestReasons"),
		EPISODES("{ episodes(first: 100) { edges { node { reference openedOn } } } }", "episodes",
				"episodes.edges[?(@.node.reference == 'MX-EPISODE')].node.reference",
				"episodes.edges[?(@.node.reference == 'MX-EPISODE')].node.openedOn"),
		FAMILY("query($f: ID!) { family(id: $f) { reference members { givenName } } }", "family", "family.reference",
				"family.members[*].givenName"),
		MEMBERS("query($e: ID!) { episode(id: $e) { family { members { givenName familyName dateOfBirth role } } } }",
				"episode", "episode.family.members[*].givenName", "episode.family.members[*].familyName",
				"episode.family.members[*].dateOfBirth", "episode.family.members[*].role"),
		CONSENTS("""
				query($e: ID!) { episode(id: $e) { consents {
				  decision givenBy { givenName } recordedBy { name } excludedAgencies { name } } } }""", "episode",
				"episode.consents[*].decision", "episode.consents[*].givenBy.givenName",
				"episode.consents[*].recordedBy.name", "episode.consents[*].excludedAgencies[*].name"),
		// The assessment's dates; its parts are rows of their own.
		ASSESSMENT("query($e: ID!) { episode(id: $e) { assessment { startedOn completedOn } } }", "episode",
				"episode.assessment.startedOn", "episode.assessment.completedOn"),
		ASSESSMENT_SUMMARY("query($e: ID!) { episode(id: $e) { assessment { summary } } }", "episode",
				"episode.assessment.summary"),
		// The needs the assessment found: read like its summary.
		ASSESSMENT_NEED_AREAS("query($e: ID!) { episode(id: $e) { assessment { needAreas { code name } } } }",
				"episode", "episode.assessment.needAreas[*].code", "episode.assessment.needAreas[*].name"),
		// The parent's three columns and the other adult's; the voices of the child (9) and of the young person.
		ASSESSMENT_VIEW_PARENT("""
				query($e: ID!) { episode(id: $e) { assessment { views { worries person { givenName } } } } }""",
				"episode", "episode.assessment.views[?(@.person.givenName == 'Parent')].worries"),
		ASSESSMENT_VIEW_OTHER_ADULT("""
				query($e: ID!) { episode(id: $e) { assessment { views { worries person { givenName } } } } }""",
				"episode", "episode.assessment.views[?(@.person.givenName == 'Otheradult')].worries"),
		CHILD_VOICE_CHILD("""
				query($e: ID!) { episode(id: $e) { assessment { childVoices { worries child { givenName } } } } }""",
				"episode", "episode.assessment.childVoices[?(@.child.givenName == 'Matrixchild')].worries"),
		CHILD_VOICE_YOUNG_PERSON("""
				query($e: ID!) { episode(id: $e) { assessment { childVoices { worries child { givenName } } } } }""",
				"episode", "episode.assessment.childVoices[?(@.child.givenName == 'Youngperson')].worries"),
		PLAN("""
				query($e: ID!) { episode(id: $e) { outcomes {
				  description measure forPerson { givenName } actions { description owner { practitioner { name } } } } } }""",
				"episode", "episode.outcomes[*].description", "episode.outcomes[*].measure",
				"episode.outcomes[*].forPerson.givenName", "episode.outcomes[*].actions[*].description",
				"episode.outcomes[*].actions[*].owner.practitioner.name"),
		REVIEWS("""
				query($e: ID!) { episode(id: $e) {
				  reviews { progress recordedBy { name } } meetings { heldOn kind } } }""", "episode",
				"episode.reviews[*].progress", "episode.reviews[*].recordedBy.name", "episode.meetings[*].heldOn",
				"episode.meetings[*].kind"),
		REVIEW_FAMILY_VIEWS("query($e: ID!) { episode(id: $e) { reviews { familyViews } } }", "episode",
				"episode.reviews[*].familyViews"),
		REVIEW_CHILD_VIEWS("query($e: ID!) { episode(id: $e) { reviews { childViews } } }", "episode",
				"episode.reviews[*].childViews"),
		MEETING_NOTES("""
				query($e: ID!) { episode(id: $e) { meetings { notes familyAttended attendees { id } } } }""", "episode",
				"episode.meetings[*].notes", "episode.meetings[*].familyAttended", "episode.meetings[*].attendees[*].id"),
		// The outcome for the child (9), whom the young person is not.
		OUTCOMES_FOR_OTHERS("query($e: ID!) { episode(id: $e) { outcomes { description forPerson { givenName } } } }",
				"episode", "episode.outcomes[?(@.forPerson.givenName == 'Matrixchild')].description"),
		COMMENTS_HIDDEN_FROM_YOUNG("query($e: ID!) { episode(id: $e) { familyComments { text } } }", "episode",
				"episode.familyComments[?(@.text == 'Kept from the young people')].text"),
		HANDOVERS("query($e: ID!) { episode(id: $e) { handovers { handedOverOn notes } } }", "episode",
				"episode.handovers[*].handedOverOn", "episode.handovers[*].notes"),
		TEAM("query($e: ID!) { episode(id: $e) { team { joinedOn practitioner { name } } lead { practitioner { name } } } }",
				"episode", "episode.team[*].joinedOn", "episode.team[*].practitioner.name",
				"episode.lead.practitioner.name"),
		COMMENTS("query($e: ID!) { episode(id: $e) { familyComments { text author { givenName } } } }", "episode",
				"episode.familyComments[*].text", "episode.familyComments[*].author.givenName"),
		// Consents given by the young person (the other consents are the parent's).
		CONSENTS_YOUNG_PERSON("query($e: ID!) { episode(id: $e) { consents { decision givenBy { givenName } } } }", "episode",
				"episode.consents[?(@.givenBy.givenName == 'Youngperson')].decision"),
		NODE_CONSENT_YOUNG_PERSON(node("youngPersonsConsent", "Consent", "decision givenBy { givenName }"), "node",
				"node.decision", "node.givenBy.givenName"),
		NODE_AGENCY(node("agency", "Agency", "name kind"), "node", "node.name", "node.kind"),
		NODE_PRACTITIONER(node("practitioner", "Practitioner", "name agency { name }"), "node", "node.name",
				"node.agency.name"),
		NODE_FAMILY(node("f", "Family", "reference members { givenName }"), "node", "node.reference",
				"node.members[*].givenName"),
		NODE_PERSON(node("p", "Person", "givenName familyName dateOfBirth"), "node", "node.givenName",
				"node.familyName", "node.dateOfBirth"),
		NODE_EPISODE(node("e", "Episode", "reference openedOn"), "node", "node.reference", "node.openedOn"),
		NODE_CONSENT(node("consent", "Consent", "decision givenBy { givenName } excludedAgencies { name }"), "node",
				"node.decision", "node.givenBy.givenName", "node.excludedAgencies[*].name"),
		NODE_ASSESSMENT(node("assessment", "Assessment", "startedOn completedOn"), "node", "node.startedOn",
				"node.completedOn"),
		NODE_ASSESSMENT_SUMMARY(node("assessment", "Assessment", "summary"), "node", "node.summary"),
		NODE_TEAM_MEMBER(node("member", "TeamMember", "joinedOn practitioner { name }"), "node", "node.joinedOn",
				"node.practitioner.name"),
		NODE_OUTCOME(node("outcome", "Outcome", "description measure forPerson { givenName }"), "node",
				"node.description", "node.measure", "node.forPerson.givenName"),
		NODE_ACTION(node("action", "Action", "description dueDate owner { practitioner { name } }"), "node",
				"node.description", "node.dueDate", "node.owner.practitioner.name"),
		NODE_MEETING(node("meeting", "Meeting", "kind heldOn scheduledFor"), "node", "node.kind", "node.heldOn",
				"node.scheduledFor"),
		NODE_REVIEW(node("review", "Review", "heldOn progress recordedBy { name }"), "node", "node.heldOn",
				"node.progress", "node.recordedBy.name"),
		NODE_MEETING_NOTES(node("meeting", "Meeting", "notes"), "node", "node.notes"),
		EXISTING_PLANS("""
				query($given: String!, $dob: Date!) {
				  existingPlans(givenName: $given, familyName: "Fixture", dateOfBirth: $dob) { episodeReference leadName } }""",
				"existingPlans", "existingPlans[*].episodeReference", "existingPlans[*].leadName"),
		AUDIT_TRAIL("query($f: ID!) { auditTrail(familyId: $f, first: 5) { totalCount edges { node { actorName operation } } } }",
				"auditTrail", "auditTrail.totalCount", "auditTrail.edges[*].node.actorName",
				"auditTrail.edges[*].node.operation"),
		// Caseload figures: every practitioner reads their own, their team's or the service's; nobody else.
		OVERSIGHT("{ oversight { scope totals { openEpisodes } } }", "oversight", "oversight.scope",
				"oversight.totals.openEpisodes"),
		TIMESCALE_COMPLIANCE("""
				{ timescaleCompliance(from: "2026-01-01", to: "2026-06-30") { scope totals { assessmentsDue } } }""",
				"timescaleCompliance", "timescaleCompliance.scope", "timescaleCompliance.totals.assessmentsDue"),
		// The disclosure view's filters narrow what the caller sees of the trail, never who may read it.
		AUDIT_TRAIL_FILTERED("""
				query($f: ID!) { auditTrail(familyId: $f, first: 5, filter: { from: "2000-01-01", to: "2999-12-31" }) {
				  totalCount edges { node { actorName operation } } } }""", "auditTrail", "auditTrail.totalCount",
				"auditTrail.edges[*].node.actorName", "auditTrail.edges[*].node.operation"),
		VIEWER("{ viewer { __typename } }", "viewer", "viewer.__typename"),
		INVITE("""
				mutation($e: ID!, $invitee: ID!) {
				  inviteFamilyMember(input: { episodeId: $e, personId: $invitee }) { code errors { code } } }""",
				"inviteFamilyMember", "inviteFamilyMember.code"),
		// Moving an action to the status it has changes nothing: every allowed caller gets the same answer.
		LEAD_ACTION("""
				mutation($action: ID!) { updateActionStatus(input: { actionId: $action, status: NOT_STARTED, version: 0 }) {
				  action { id status } errors { code } } }""", "updateActionStatus", "updateActionStatus.action.id"),
		TEAM_ACTION("""
				mutation($teachersAction: ID!) {
				  updateActionStatus(input: { actionId: $teachersAction, status: NOT_STARTED, version: 0 }) {
				    action { id status } errors { code } } }""", "updateActionStatus", "updateActionStatus.action.id"),
		COMMENT_FOR("""
				mutation($e: ID!, $p: ID!) { addFamilyComment(input: { episodeId: $e, text: "Said on a visit", personId: $p }) {
				  episode { id familyComments { text } } errors { code } } }""", "addFamilyComment",
				"addFamilyComment.episode.id", "addFamilyComment.episode.familyComments[*].text"),
		// The family says yes to sharing once more: every caller who may record consent gets the same answer.
		RECORD_CONSENT("""
				mutation($e: ID!, $parent: ID!) { recordConsent(input: { episodeId: $e, scope: SHARE, decision: GIVEN,
				  givenByPersonId: $parent, method: VERBAL }) { episode { id consents { id } } errors { code } } }""",
				"recordConsent", "recordConsent.episode.id", "recordConsent.episode.consents[*].id"),
		// The family has an open episode: whoever may ask for it is told so (PLAN_ALREADY_OPEN); nothing opens.
		REQUEST("""
				mutation($f: ID!) { requestEarlyHelp(input: { familyId: $f, levelOfNeed: LEVEL_2,
				  source: PRACTITIONER_REQUEST, requestReasons: "Worried about mornings" }) {
				  episode { id } existingPlans { leadName } errors { code } } }""", "requestEarlyHelp",
				"requestEarlyHelp.episode.id"),
		ADD_MEMBER("""
				mutation($f: ID!) { addFamilyMember(input: { familyId: $f, person: { givenName: "Matrixbaby",
				  familyName: "Fixture", role: CHILD, livesInHousehold: true, hasParentalResponsibility: false } }) {
				  person { id givenName } errors { code } } }""", "addFamilyMember", "addFamilyMember.person.id",
				"addFamilyMember.person.givenName"),
		// The teacher is on the team already: whoever may change the team is told so (ALREADY_ON_TEAM); nothing changes.
		ADD_TEAM_MEMBER("""
				mutation($e: ID!, $teacher: ID!) { addTeamMember(input: { episodeId: $e, practitionerId: $teacher }) {
				  episode { id team { id } } errors { code } } }""", "addTeamMember", "addTeamMember.episode.id",
				"addTeamMember.episode.team[*].id"),
		// The lead to the lead: whoever may hand over is told it is theirs already (ALREADY_LEAD); the lead stays.
		HAND_OVER_LEAD("""
				mutation($e: ID!, $member: ID!) { handOverLead(input: { episodeId: $e, toTeamMemberId: $member,
				  familyConsulted: true }) { episode { id lead { id } } errors { code } } }""", "handOverLead",
				"handOverLead.episode.id", "handOverLead.episode.lead.id"),
		// The lead leaves only by handing over: whoever may change the team is told so (LEAD_MUST_HAND_OVER).
		REMOVE_MEMBER("""
				mutation($member: ID!) { removeTeamMember(input: { teamMemberId: $member }) {
				  episode { id team { id } } errors { code } } }""", "removeTeamMember", "removeTeamMember.episode.id",
				"removeTeamMember.episode.team[*].id"),
		ADD_OUTCOME("""
				mutation($e: ID!, $p: ID!, $target: Date!) { addOutcome(input: { episodeId: $e, forPersonId: $p,
				  needAreaCode: "EDUCATION", description: "Gets to school on time", measure: "No late marks for a term",
				  targetDate: $target }) { outcome { id description measure } errors { code } } }""", "addOutcome",
				"addOutcome.outcome.id", "addOutcome.outcome.description", "addOutcome.outcome.measure"),
		ADD_ACTION("""
				mutation($outcome: ID!, $member: ID!, $due: Date!) { addAction(input: { outcomeId: $outcome,
				  description: "Call the school", ownerTeamMemberId: $member, dueDate: $due }) {
				  action { id description owner { practitioner { name } } } errors { code } } }""", "addAction",
				"addAction.action.id", "addAction.action.description", "addAction.action.owner.practitioner.name"),
		// The episode's assessment is complete: whoever may take the assessment's steps is told so; nothing changes.
		START_ASSESSMENT("""
				mutation($e: ID!) { startAssessment(input: { episodeId: $e }) {
				  episode { id assessment { summary } } errors { code } } }""", "startAssessment",
				"startAssessment.episode.id", "startAssessment.episode.assessment.summary"),
		RECORD_VIEW("""
				mutation($e: ID!, $parent: ID!) { recordPersonView(input: { episodeId: $e, personId: $parent,
				  worries: "Matrix worry" }) { episode { id assessment { views { worries } } } errors { code } } }""",
				"recordPersonView", "recordPersonView.episode.id", "recordPersonView.episode.assessment.views[*].worries"),
		RECORD_VOICE("""
				mutation($e: ID!, $p: ID!) { recordChildVoice(input: { episodeId: $e, childId: $p, dreams: "Matrix dream" }) {
				  episode { id assessment { childVoices { worries } } } errors { code } } }""", "recordChildVoice",
				"recordChildVoice.episode.id", "recordChildVoice.episode.assessment.childVoices[*].worries"),
		COMPLETE_ASSESS("""
				mutation($e: ID!) { completeAssessment(input: { episodeId: $e, summary: "Matrix summary" }) {
				  episode { id assessment { summary } } errors { code } } }""", "completeAssessment",
				"completeAssessment.episode.id", "completeAssessment.episode.assessment.summary"),
		COMMENT_OWN("""
				mutation($e: ID!) { addFamilyComment(input: { episodeId: $e, text: "Our own words" }) {
				  episode { id familyComments { text } } errors { code } } }""", "addFamilyComment",
				"addFamilyComment.episode.id", "addFamilyComment.episode.familyComments[*].text"),
		SCHEDULE_MEETING("""
				mutation($e: ID!, $soon: DateTime!) { scheduleMeeting(input: { episodeId: $e, kind: REVIEW,
				  scheduledFor: $soon }) { episode { id meetings { id } } errors { code } } }""", "scheduleMeeting",
				"scheduleMeeting.episode.id", "scheduleMeeting.episode.meetings[*].id"),
		// The fixture's meeting is already recorded: whoever may record meetings is told so (ALREADY_RECORDED).
		RECORD_MEETING("""
				mutation($meeting: ID!, $member: ID!, $today: Date!) { recordMeeting(input: { meetingId: $meeting,
				  heldOn: $today, attendeeIds: [$member], familyAttended: true }) { episode { id } errors { code } } }""",
				"recordMeeting", "recordMeeting.episode.id"),
		RECORD_REVIEW("""
				mutation($e: ID!, $today: Date!, $nextReview: Date!) { recordReview(input: { episodeId: $e,
				  heldOn: $today, progress: NO_CHANGE, decision: CONTINUE, nextReviewDue: $nextReview }) {
				  episode { id reviews { id } } errors { code } } }""", "recordReview", "recordReview.episode.id",
				"recordReview.episode.reviews[*].id"),
		// Closing steps are let through, then refused for their input: the matrix's episode stays open.
		CLOSE("""
				mutation($e: ID!) { closeEpisode(input: { episodeId: $e, reason: NEEDS_MET, summary: "Matrix",
				  outcomeResults: [], signposting: [] }) { episode { id closure { summary } } errors { code } } }""",
				"closeEpisode", "closeEpisode.episode.id"),
		STEP_UP("""
				mutation($e: ID!) { stepUp(input: { episodeId: $e, reason: " " }) {
				  episode { id closure { summary } } errors { code } } }""", "stepUp", "stepUp.episode.id"),
		// A child of nine may not withdraw the family's consent (NOT_ELIGIBLE).
		WITHDRAW_CONSENT("""
				mutation($e: ID!, $p: ID!) { withdrawConsent(input: { episodeId: $e, givenByPersonId: $p,
				  reason: "Matrix" }) { episode { id } errors { code } } }""", "withdrawConsent",
				"withdrawConsent.episode.id"),
		// The fixture's meeting is already held: whoever may arrange meetings is told so (ALREADY_RECORDED).
		MOVE_MEETING("""
				mutation($meeting: ID!, $soon: DateTime!) { rescheduleMeeting(input: { meetingId: $meeting,
				  scheduledFor: $soon, version: 0 }) { episode { id } errors { code } } }""", "rescheduleMeeting",
				"rescheduleMeeting.episode.id"),
		CANCEL_MEETING("""
				mutation($meeting: ID!) { cancelMeeting(input: { meetingId: $meeting, reason: "Matrix", version: 0 }) {
				  episode { id } errors { code } } }""", "cancelMeeting", "cancelMeeting.episode.id"),
		// A measure of one word is not SMART (NOT_SMART): the outcome stays as it is.
		UPDATE_OUTCOME("""
				mutation($outcome: ID!) { updateOutcome(input: { outcomeId: $outcome, version: 0, measure: "Soon" }) {
				  outcome { id measure } errors { code } } }""", "updateOutcome", "updateOutcome.outcome.measure"),
		// No reason (REQUIRED): the outcome stays open.
		CANCEL_OUTCOME("""
				mutation($outcome: ID!) { cancelOutcome(input: { outcomeId: $outcome, reason: " ", version: 0 }) {
				  outcome { id status } errors { code } } }""", "cancelOutcome", "cancelOutcome.outcome.status"),
		// Marking read an id that is no notification changes nothing, for anyone who may mark.
		MARK_READ("""
				mutation($action: ID!) { markNotificationsRead(input: { ids: [$action] }) {
				  unread { id } errors { code } } }""", "markNotificationsRead"),
		// No reason (REQUIRED): consent aside, every practitioner who may see the family is let through.
		RECORD_REFERRAL("""
				mutation($f: ID!) { recordSafeguardingReferral(input: { familyId: $f, reason: " " }) {
				  referral { id reason } errors { code } } }""", "recordSafeguardingReferral",
				"recordSafeguardingReferral.referral.reason"),
		// A new family without a child (CHILD_REQUIRED): every practitioner may refer a family new to Hearth.
		REFERRAL_NEW("""
				mutation { recordSafeguardingReferral(input: { reason: "Bruises", newFamily: { members: [
				  { givenName: "Matrixparent", familyName: "Newfamily", role: PARENT_CARER, livesInHousehold: true,
				    hasParentalResponsibility: true }] } }) {
				  referral { id reason } errors { code } } }""", "recordSafeguardingReferral",
				"recordSafeguardingReferral.referral.reason"),
		// The retention policy and the job's runs: the Early Help team only.
		RETENTION_POLICY("{ retentionPolicy { yearsAfterClosure cutOff } }", "retentionPolicy",
				"retentionPolicy.yearsAfterClosure", "retentionPolicy.cutOff"),
		RETENTION_RUNS("{ retentionRuns(first: 5) { totalCount } }", "retentionRuns", "retentionRuns.totalCount"),
		// Failed deliveries of notifications: the Early Help team only.
		DELIVERY_FAILURES("{ deliveryFailures(first: 5) { totalCount } }", "deliveryFailures",
				"deliveryFailures.totalCount"),
		// Reminders on or off for the caller themselves: any person signed in, no partner system.
		SET_REMINDERS("mutation { setReminders(input: { on: true }) { remindersOn errors { code } } }", "setReminders",
				"setReminders.remindersOn"),
		// Supporting Families reporting: the Early Help team only.
		SUPPORTING_FAMILIES_REPORT("""
				{ supportingFamiliesReport(from: "2026-01-01", to: "2026-06-30") { from headlines { familiesWithNeed } } }""",
				"supportingFamiliesReport", "supportingFamiliesReport.from",
				"supportingFamiliesReport.headlines[*].familiesWithNeed"),
		// No reason (REQUIRED): the Early Help team is let through, and the family's hold stays as it is.
		SET_LEGAL_HOLD("""
				mutation($f: ID!) { setLegalHold(input: { familyId: $f, reason: " " }) {
				  familyId legalHold { reason } errors { code } } }""", "setLegalHold", "setLegalHold.familyId",
				"setLegalHold.legalHold.reason"),
		RELEASE_LEGAL_HOLD("""
				mutation($f: ID!) { releaseLegalHold(input: { familyId: $f, reason: " " }) {
				  familyId errors { code } } }""", "releaseLegalHold", "releaseLegalHold.familyId"),
		// The family's legal hold (the fixture's family is held): shown to the Early Help team, null for the rest.
		LEGAL_HOLD("query($f: ID!) { family(id: $f) { legalHold { reason setBy { name } } } }", "family",
				"family.legalHold.reason", "family.legalHold.setBy.name"),
		// A family member's contact: read by whoever may change the family's members, null for everyone else.
		CONTACT("query($f: ID!) { family(id: $f) { members { givenName contact { email agreedToBeContacted } } } }",
				"family", "family.members[?(@.givenName == 'Parent')].contact.email",
				"family.members[?(@.givenName == 'Parent')].contact.agreedToBeContacted"),
		// The family member's own contact, as the viewer: nothing for anyone else.
		OWN_CONTACT("{ viewer { ... on FamilyViewer { contact { agreedToBeContacted } } } }", "viewer",
				"viewer.contact.agreedToBeContacted"),
		// Not an e-mail address (EMAIL_NOT_VALID): whoever may change the family's members is told so; nothing changes.
		RECORD_CONTACT("""
				mutation($parent: ID!) { recordContactAgreement(input: { personId: $parent, version: 0,
				  email: "not an address", agreedToBeContacted: true }) {
				  person { id } contact { email } errors { code } } }""", "recordContactAgreement",
				"recordContactAgreement.person.id", "recordContactAgreement.contact.email"),
		// No reason (REQUIRED): the next review stays when it was due.
		BRING_FORWARD("""
				mutation($e: ID!, $today: Date!) { bringReviewForward(input: { episodeId: $e, to: $today, reason: " " }) {
				  episode { id } errors { code } } }""", "bringReviewForward", "bringReviewForward.episode.id");

		final String query;

		final String root;

		final List<String> personalFields;

		Operation(String query, String root, String... personalFields) {
			this.query = query;
			this.root = root;
			this.personalFields = Arrays.stream(personalFields).map(path -> "$.data." + path).toList();
		}

		private static String node(String variable, String type, String fields) {
			return "query($%s: ID!) { node(id: $%s) { ... on %s { %s } } }".formatted(variable, variable, type, fields);
		}

	}

	/** Absent paths read as null: an answer without data for the path means the caller did not get it. */
	private static final Configuration LENIENT = Configuration.defaultConfiguration()
		.addOptions(Option.SUPPRESS_EXCEPTIONS);

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private GraphQlSource graphQlSource;

	private final Map<String, Object> variables = new HashMap<>();

	private final Map<Who, Map<String, String>> credentials = new EnumMap<>(Who.class);

	@BeforeAll
	void oneFamilyWithEverything() {
		UUID earlyHelp = this.fixtures.agency("Northgate Early Help Service");
		UUID school = this.fixtures.agency("Riverside Primary School");
		UUID housing = this.fixtures.agency("Northgate Homes");
		UUID charity = this.fixtures.agency("Harbour Family Centre");
		UUID lead = this.fixtures.practitioner("mx-lead", earlyHelp, null);
		UUID manager = this.fixtures.practitioner("mx-manager", school, null, "PRACTITIONER", "MANAGER");
		UUID teacher = this.fixtures.practitioner("mx-teacher", school, manager);
		UUID housingOfficer = this.fixtures.practitioner("mx-housing-officer", housing, null);
		UUID leaversManager = this.fixtures.practitioner("mx-leavers-manager", earlyHelp, null, "PRACTITIONER",
				"MANAGER");
		UUID leaver = this.fixtures.practitioner("mx-leaver", earlyHelp, leaversManager);
		this.fixtures.practitioner("mx-outsider", charity, null);
		this.fixtures.practitioner("mx-manager-of-none", earlyHelp, null, "PRACTITIONER", "MANAGER");

		UUID family = this.fixtures.family("MX-FAMILY");
		UUID parent = this.fixtures.familyMemberAccount("mx-parent", family);
		// The parent's e-mail, which the team recorded with their agreement to be contacted.
		this.dsl.update(org.hearth.db.jooq.Tables.PERSON)
			.set(org.hearth.db.jooq.Tables.PERSON.EMAIL, "mx-parent@example.org")
			.set(org.hearth.db.jooq.Tables.PERSON.AGREED_TO_BE_CONTACTED, true)
			.where(org.hearth.db.jooq.Tables.PERSON.ID.eq(parent))
			.execute();
		UUID youngPerson = this.fixtures.youngPersonAccount("mx-young-person", family);
		// An adult of the household without parental responsibility: sees less than the parent.
		UUID otherAdult = this.fixtures.otherAdultAccount("mx-other-adult", family);
		UUID child = this.fixtures.person(family, "Matrixchild", "CHILD", false);
		UUID invitee = this.fixtures.person(family, "Secondparent", "PARENT_CARER", true);
		UUID episode = this.fixtures.episode("MX-EPISODE", family, lead, List.of(teacher, housingOfficer, leaver));
		this.fixtures.leaveTeam(episode, leaver, 5);
		UUID consent = this.fixtures.fullConsent(episode, parent, lead, housing);
		// The young person agreed to sharing too (earlier, so the parent's is the latest): the consent they gave.
		UUID youngPersonsConsent = this.fixtures.consent(episode, "SHARE", "GIVEN", youngPerson, lead, housing);
		this.dsl.update(CONSENT)
			.set(CONSENT.RECORDED_AT, this.clock.instant().minusSeconds(86400))
			.where(CONSENT.ID.eq(youngPersonsConsent))
			.execute();
		Fixtures.Plan plan = this.fixtures.planWithEverything(episode, parent, child, lead);
		// The needs the assessment found.
		for (String code : List.of("EDUCATION", "HOUSING", "HEALTH")) {
			this.dsl.insertInto(ASSESSMENT_NEED)
				.set(ASSESSMENT_NEED.ASSESSMENT_ID, plan.assessment())
				.set(ASSESSMENT_NEED.NEED_AREA_CODE, code)
				.execute();
		}
		// The other adult's three columns and the young person's own voice, beside the parent's and the child's.
		this.dsl.insertInto(PERSON_VIEW)
			.set(PERSON_VIEW.ID, Ids.newId())
			.set(PERSON_VIEW.ASSESSMENT_ID, plan.assessment())
			.set(PERSON_VIEW.PERSON_ID, otherAdult)
			.set(PERSON_VIEW.WORRIES, "The other adult's worries")
			.execute();
		this.dsl.insertInto(CHILD_VOICE)
			.set(CHILD_VOICE.ID, Ids.newId())
			.set(CHILD_VOICE.ASSESSMENT_ID, plan.assessment())
			.set(CHILD_VOICE.CHILD_ID, youngPerson)
			.set(CHILD_VOICE.WORRIES, "The young person's worry")
			.execute();
		// What was said at the meeting, who came, and the child's views at the review.
		this.dsl.update(MEETING).set(MEETING.NOTES, "Matrix meeting notes").where(MEETING.ID.eq(plan.meeting())).execute();
		this.dsl.insertInto(MEETING_ATTENDANCE)
			.set(MEETING_ATTENDANCE.MEETING_ID, plan.meeting())
			.set(MEETING_ATTENDANCE.TEAM_MEMBER_ID, this.fixtures.leadMemberOf(episode))
			.set(MEETING_ATTENDANCE.ATTENDANCE, "ATTENDED")
			.execute();
		this.dsl.update(REVIEW).set(REVIEW.CHILD_VIEWS, "Matrix child's views").where(REVIEW.ID.eq(plan.review())).execute();
		// A comment the parent kept from the young people, and a change of lead.
		this.dsl.insertInto(FAMILY_COMMENT)
			.set(FAMILY_COMMENT.ID, Ids.newId())
			.set(FAMILY_COMMENT.EPISODE_ID, episode)
			.set(FAMILY_COMMENT.AUTHOR_ID, parent)
			.set(FAMILY_COMMENT.WRITTEN_AT, this.clock.instant())
			.set(FAMILY_COMMENT.TEXT, "Kept from the young people")
			.set(FAMILY_COMMENT.HIDDEN_FROM_YOUNG_PEOPLE, true)
			.execute();
		this.fixtures.handover(episode, this.fixtures.teamMember(episode, teacher), this.fixtures.leadMemberOf(episode),
				lead);
		// An outcome for the young person, with its action: theirs to read, unlike the child's.
		this.fixtures.action(this.fixtures.outcome(episode, youngPerson, "EDUCATION"), this.fixtures.leadMemberOf(episode));
		// The most urgent of all, so the episodes list shows it on its first page to whoever may see it, however many
		// episodes other tests have made by then.
		this.dsl.update(EPISODE).set(EPISODE.NEXT_DUE_ON, LocalDate.of(2000, 1, 1)).where(EPISODE.ID.eq(episode)).execute();

		// A legal hold on the family, so the Early Help team has one to read (the retention job never anonymises it).
		this.dsl.update(FAMILY)
			.set(FAMILY.LEGAL_HOLD_REASON, "Matrix hold")
			.set(FAMILY.LEGAL_HOLD_SET_BY, lead)
			.set(FAMILY.LEGAL_HOLD_SET_AT, this.clock.instant())
			.where(FAMILY.ID.eq(family))
			.execute();

		String secret = "matrix-secret";
		this.fixtures.partnerClient("mx-school", secret, school, "plans:read actions:write");
		this.fixtures.partnerClient("mx-housing", secret, housing, "plans:read actions:write");
		this.fixtures.partnerClient("mx-charity", secret, charity, "plans:read actions:write");
		this.fixtures.partnerClient("mx-school-read", secret, school, "plans:read");
		this.fixtures.partnerClient("mx-school-write", secret, school, "actions:write");

		this.variables.put("e", episode.toString());
		this.variables.put("f", family.toString());
		this.variables.put("p", child.toString());
		this.variables.put("agency", school.toString());
		this.variables.put("practitioner", lead.toString());
		this.variables.put("consent", consent.toString());
		this.variables.put("youngPersonsConsent", youngPersonsConsent.toString());
		this.variables.put("assessment", plan.assessment().toString());
		this.variables.put("member", this.fixtures.leadMemberOf(episode).toString());
		this.variables.put("outcome", plan.outcome().toString());
		this.variables.put("action", plan.action().toString());
		this.variables.put("teachersAction",
				this.fixtures.action(plan.outcome(), this.fixtures.teamMember(episode, teacher)).toString());
		this.variables.put("meeting", plan.meeting().toString());
		this.variables.put("review", plan.review().toString());
		this.variables.put("invitee", invitee.toString());
		this.variables.put("parent", parent.toString());
		this.variables.put("teacher", teacher.toString());
		this.variables.put("target", LocalDate.now(this.clock).plusDays(60).toString());
		this.variables.put("due", LocalDate.now(this.clock).plusDays(7).toString());
		this.variables.put("given", "Matrixchild");
		this.variables.put("dob", LocalDate.now().minusYears(9).toString());
		this.variables.put("today", today().toString());
		this.variables.put("nextReview", today().plusDays(20).toString());
		this.variables.put("soon", today().plusDays(3).atTime(10, 0).atOffset(ZoneOffset.UTC).toString());
		for (Who who : Who.values()) {
			this.credentials.put(who, signInAs(who, secret));
		}
		// One read before any cell, so that the family's audit trail has an event to show.
		answer(Who.LEAD, Operation.EPISODE);
	}

	@Test
	void the_matrix_has_a_node_row_for_every_type_that_implements_node() {
		var node = (GraphQLInterfaceType) this.graphQlSource.schema().getType("Node");
		List<String> nodeRows = this.graphQlSource.schema()
			.getImplementations(node)
			.stream()
			.map(GraphQLNamedType::getName)
			.map(name -> "NODE_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT))
			.toList();
		assertThat(nodeRows).hasSize(12);
		assertThat(expectations().keySet()).extracting(Operation::name).containsAll(nodeRows);
	}

	@TestFactory
	Stream<DynamicTest> every_caller_gets_exactly_what_the_matrix_allows() {
		Map<Operation, Map<Who, Expect>> expected = expectations();
		assertThat(expected.keySet()).containsExactlyInAnyOrder(Operation.values());
		System.out.printf("Access matrix: %d callers x %d operations = %d cells%n", Who.values().length,
				Operation.values().length, Who.values().length * Operation.values().length);
		List<DynamicTest> cells = new ArrayList<>();
		expected.forEach((operation, row) -> row.forEach((who, expect) -> cells.add(DynamicTest
			.dynamicTest("%s %s: %s".formatted(who, operation, expect), () -> check(who, operation, expect)))));
		return cells.stream();
	}

	/** The answer to one cell: its HTTP status and body. */
	private record Answer(int status, String body, DocumentContext json) {

		List<Object> classifications() {
			List<Object> found = this.json.read("$.errors[*].extensions.classification");
			return (found != null) ? found : List.of();
		}

		boolean hasErrors() {
			List<Object> errors = this.json.read("$.errors");
			return errors != null && !errors.isEmpty();
		}

		/** A path holds data: a value (not an empty text), or a non-empty list without nulls. */
		boolean holds(String path) {
			Object value = this.json.read(path);
			return (value instanceof List<?> list) ? !list.isEmpty() && !list.contains(null)
					: value != null && !"".equals(value);
		}

	}

	private void check(Who who, Operation operation, Expect expect) {
		Answer answer = answer(who, operation);
		String cell = "%s doing %s, answered %d %s".formatted(who, operation, answer.status(), answer.body());
		if (expect == Expect.UNAUTHENTICATED) {
			assertThat(answer.status()).as(cell).isEqualTo(401);
			assertThat(answer.body()).as(cell).doesNotContain("\"data\"");
			return;
		}
		assertThat(answer.status()).as(cell).isEqualTo(200);
		assertThat(answer.body()).as(cell).doesNotContain("Exception").doesNotContain("at org.");
		switch (expect) {
			case ALLOWED -> {
				assertThat(answer.hasErrors()).as(cell + ": errors").isFalse();
				assertThat(operation.personalFields.stream().filter(path -> !answer.holds(path)))
					.as(cell + ": personal fields not answered")
					.isEmpty();
			}
			case MISSING -> {
				assertThat(answer.hasErrors()).as(cell + ": answered as missing, without an error").isFalse();
				assertNoPersonalData(answer, operation, cell);
			}
			case REFUSED_INPUT -> {
				assertThat(answer.hasErrors()).as(cell + ": no GraphQL error").isFalse();
				List<Object> codes = answer.json().read("$.data." + operation.root + ".errors[*].code");
				assertThat(codes).as(cell + ": refused in the payload").isNotEmpty();
				assertNoPersonalData(answer, operation, cell);
			}
			case FORBIDDEN -> {
				assertThat(answer.classifications()).as(cell + ": the reason").isNotEmpty().containsOnly(expect.name());
				Object root = answer.json().read("$.data." + operation.root);
				assertThat(root).as(cell + ": no data with the error").isNull();
				assertNoPersonalData(answer, operation, cell);
			}
			default -> throw new IllegalStateException(expect.name());
		}
	}

	private static void assertNoPersonalData(Answer answer, Operation operation, String cell) {
		assertThat(operation.personalFields.stream().filter(answer::holds)).as(cell + ": personal fields answered")
			.isEmpty();
	}

	private Answer answer(Who who, Operation operation) {
		var request = web().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON);
		Map<String, String> auth = this.credentials.get(who);
		if (auth.containsKey("bearer")) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + auth.get("bearer"));
		}
		else if (auth.containsKey("session")) {
			request = request.cookie("JSESSIONID", auth.get("session"))
				.cookie("XSRF-TOKEN", auth.get("csrf"))
				.header("X-XSRF-TOKEN", auth.get("csrf"));
		}
		var result = request.bodyValue(Map.of("query", operation.query, "variables", this.variables))
			.exchange()
			.returnResult(String.class);
		List<String> parts = result.getResponseBody().collectList().block();
		String body = (parts != null) ? String.join("", parts) : "";
		return new Answer(result.getStatus().value(), body, JsonPath.using(LENIENT).parse(body.isEmpty() ? "{}" : body));
	}

	private Map<String, String> signInAs(Who who, String secret) {
		if (who == Who.ANONYMOUS) {
			return Map.of();
		}
		if (who.partner) {
			return Map.of("bearer", partnerToken(who.name, secret));
		}
		Session session = signIn(who.name, DEMO_PASSWORD);
		return Map.of("session", session.id(), "csrf", session.csrfToken());
	}

	/** Parses {@link #MATRIX}: a row per operation, a column per caller. */
	private static Map<Operation, Map<Who, Expect>> expectations() {
		List<String> lines = MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		List<Who> columns = Stream.of(lines.getFirst().split("\\|"))
			.skip(1)
			.map(String::strip)
			.map(Who::valueOf)
			.toList();
		assertThat(columns).containsExactly(Who.values());
		Map<Operation, Map<Who, Expect>> expected = new LinkedHashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split("\\|");
			assertThat(cells).as(line).hasSize(columns.size() + 1);
			Map<Who, Expect> row = new EnumMap<>(Who.class);
			for (int i = 0; i < columns.size(); i++) {
				row.put(columns.get(i), Expect.of(cells[i + 1].strip()));
			}
			expected.put(Operation.valueOf(cells[0].strip().toUpperCase(Locale.ROOT)), row);
		}
		return expected;
	}

}

package org.hearth.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.ASSESSMENT_NEED;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The Supporting Families report over a dataset made here, whose answer is known by construction: three eligible
 * families (one on each boundary: a new episode the day after the sustained months, a closure exactly that long ago)
 * and thirteen that each break exactly one rule, each with its reason; the headline counts and the unmet need worked
 * out from the same specification (as what the dataset adds to the period's counts, whatever else closed in it).
 * Only the Early Help team reads the report, audited once per report.
 */
class ReportingTests extends HearthIntegrationTests {

	private static final String REPORT = """
			query($from: Date!, $to: Date!) { supportingFamiliesReport(from: $from, to: $to) {
			  from to asOf sustainedMonths
			  eligible { ...family } notEligible { ...family }
			  headlines { needArea { code } familiesWithNeed familiesAchieved }
			  unmetNeed { needArea { code } families }
			  unmetNeedFamilies { familyId episodeReference episodeStatus needAreas { code } } } }
			fragment family on SupportingFamiliesFamily { familyId familyReference episodeReference
			  headlines { code name } lead assessmentCompletedOn closedOn closureReason newEpisodeOpenedOn
			  sustainedOn eligible reasons outcomes { needArea { code } description status } }""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/**
	 * One family of the dataset: the needs its assessment found, whether it has a lead, a completed assessment, a
	 * summary and a view, its outcomes (need area and status), why it closed, how many months ago, and when a new
	 * episode opened after closure (days after it), if one did.
	 */
	private record Spec(String name, List<String> needs, boolean lead, boolean completed, boolean summary,
			boolean view, Map<String, String> outcomes, String reason, int closedMonthsAgo,
			@Nullable Integer newEpisodeMonthsAfter, int newEpisodeExtraDays, @Nullable String reasonExpected) {

	}

	private static final List<String> THREE = List.of("EDUCATION", "HEALTH", "HOUSING");

	private static Map<String, String> achieved(List<String> codes) {
		Map<String, String> outcomes = new LinkedHashMap<>();
		codes.forEach(code -> outcomes.put(code, "ACHIEVED"));
		return outcomes;
	}

	/** The dataset: three eligible, then thirteen each differing from an eligible one in one rule. */
	private static List<Spec> dataset() {
		List<Spec> specs = new ArrayList<>();
		specs.add(new Spec("E1", List.of("EDUCATION", "HEALTH", "HOUSING", "FINANCIAL_STABILITY", "DOMESTIC_ABUSE"),
				true, true, true, true, achieved(List.of("EDUCATION", "HEALTH", "HOUSING")), "NEEDS_MET", 8, null, 0,
				null));
		// A new episode the day after the sustained months ran out: still sustained.
		specs.add(new Spec("E2", THREE, true, true, true, true, achieved(THREE), "NEEDS_MET", 10, 6, 1, null));
		// Closed exactly the sustained months ago: sustained as of today.
		specs.add(new Spec("E3", THREE, true, true, true, true, achieved(THREE), "NEEDS_MET", 6, null, 0, null));

		specs.add(new Spec("N-two-needs", List.of("EDUCATION", "HOUSING"), true, true, true, true,
				achieved(List.of("EDUCATION")), "NEEDS_MET", 8, null, 0, "needs under 2 headlines"));
		specs.add(new Spec("N-no-needs", List.of(), true, true, true, true, achieved(List.of("EDUCATION")),
				"NEEDS_MET", 8, null, 0, "needs under 0 headlines"));
		specs.add(new Spec("N-no-lead", THREE, false, true, true, true, achieved(THREE), "NEEDS_MET", 8, null, 0,
				"no lead practitioner"));
		specs.add(new Spec("N-not-completed", THREE, true, false, true, true, achieved(THREE), "NEEDS_MET", 8, null,
				0, "no completed whole-family assessment"));
		specs.add(new Spec("N-no-summary", THREE, true, true, false, true, achieved(THREE), "NEEDS_MET", 8, null, 0,
				"no completed whole-family assessment"));
		specs.add(new Spec("N-no-view", THREE, true, true, true, false, achieved(THREE), "NEEDS_MET", 8, null, 0,
				"no completed whole-family assessment"));
		specs.add(new Spec("N-no-plan", THREE, true, true, true, true, Map.of(), "NEEDS_MET", 8, null, 0,
				"no plan (no outcomes)"));
		Map<String, String> partly = achieved(THREE);
		partly.put("HOUSING", "PARTLY_ACHIEVED");
		specs.add(new Spec("N-partly", THREE, true, true, true, true, partly, "NEEDS_MET", 8, null, 0,
				"1 outcome not achieved at closure"));
		Map<String, String> dropped = achieved(THREE);
		dropped.put("HEALTH", "NO_LONGER_NEEDED");
		specs.add(new Spec("N-dropped", THREE, true, true, true, true, dropped, "NEEDS_MET", 8, null, 0,
				"1 outcome not achieved at closure"));
		specs.add(new Spec("N-single-agency", THREE, true, true, true, true, achieved(THREE), "SINGLE_AGENCY", 8,
				null, 0, "closed as single agency, not as needs met"));
		specs.add(new Spec("N-back-soon", THREE, true, true, true, true, achieved(THREE), "NEEDS_MET", 10, 3, 0,
				"a new episode opened on"));
		// A new episode on the very day the sustained months run out: within them.
		specs.add(new Spec("N-back-on-the-day", THREE, true, true, true, true, achieved(THREE), "NEEDS_MET", 10, 6, 0,
				"within 6 months of closure"));
		specs.add(new Spec("N-too-recent", THREE, true, true, true, true, achieved(THREE), "NEEDS_MET", 2, null, 0,
				"not sustained for 6 months yet"));
		return specs;
	}

	/** What the builder made for one spec. */
	private record Made(Spec spec, UUID family, UUID episode) {
	}

	private String prefix;

	private UUID agency;

	private UUID lead;

	private Made make(Spec spec, LocalDate today) {
		String ref = this.prefix + spec.name().substring(0, Math.min(spec.name().length(), 8));
		UUID family = this.fixtures.family("F" + ref);
		UUID parent = this.fixtures.person(family, "Parent", "PARENT_CARER", true);
		LocalDate closedOn = today.minusMonths(spec.closedMonthsAgo());
		LocalDate openedOn = closedOn.minusMonths(5);
		UUID episode = episode("E" + ref, family, openedOn, spec.lead());
		UUID assessment = Ids.newId();
		this.dsl.insertInto(ASSESSMENT)
			.set(ASSESSMENT.ID, assessment)
			.set(ASSESSMENT.EPISODE_ID, episode)
			.set(ASSESSMENT.STARTED_ON, openedOn.plusDays(5))
			.set(ASSESSMENT.COMPLETED_ON, spec.completed() ? openedOn.plusDays(20) : null)
			.set(ASSESSMENT.SUMMARY, spec.summary() ? "Summary of " + spec.name() : null)
			.execute();
		if (spec.view()) {
			this.dsl.insertInto(PERSON_VIEW)
				.set(PERSON_VIEW.ID, Ids.newId())
				.set(PERSON_VIEW.ASSESSMENT_ID, assessment)
				.set(PERSON_VIEW.PERSON_ID, parent)
				.set(PERSON_VIEW.WORRIES, "Worries")
				.execute();
		}
		spec.needs().forEach(code -> this.dsl.insertInto(ASSESSMENT_NEED)
			.set(ASSESSMENT_NEED.ASSESSMENT_ID, assessment)
			.set(ASSESSMENT_NEED.NEED_AREA_CODE, code)
			.execute());
		spec.outcomes().forEach((code, status) -> outcome(episode, code, status, openedOn));
		this.dsl.update(EPISODE)
			.set(EPISODE.STATUS, "CLOSED")
			.setNull(EPISODE.OPEN_FAMILY_ID)
			.where(EPISODE.ID.eq(episode))
			.execute();
		this.dsl.insertInto(CLOSURE)
			.set(CLOSURE.EPISODE_ID, episode)
			.set(CLOSURE.CLOSED_ON, closedOn)
			.set(CLOSURE.REASON, spec.reason())
			.set(CLOSURE.SUMMARY, "Closed")
			.set(CLOSURE.RECORDED_BY, this.lead)
			.execute();
		if (spec.newEpisodeMonthsAfter() != null) {
			episode("A" + ref, family,
					closedOn.plusMonths(spec.newEpisodeMonthsAfter()).plusDays(spec.newEpisodeExtraDays()), true);
		}
		return new Made(spec, family, episode);
	}

	private UUID episode(String reference, UUID family, LocalDate openedOn, boolean withLead) {
		UUID episode = Ids.newId();
		this.dsl.insertInto(EPISODE)
			.set(EPISODE.ID, episode)
			.set(EPISODE.REFERENCE, reference)
			.set(EPISODE.FAMILY_ID, family)
			.set(EPISODE.OPEN_FAMILY_ID, family)
			.set(EPISODE.STATUS, "ACTIVE")
			.set(EPISODE.LEVEL_OF_NEED, "LEVEL_2")
			.set(EPISODE.SOURCE, "PRACTITIONER_REQUEST")
			.set(EPISODE.REQUEST_REASONS, "Reporting fixture")
			.set(EPISODE.OPENED_ON, openedOn)
			.set(EPISODE.CREATED_AT, this.clock.instant())
			.execute();
		this.dsl.insertInto(TEAM_MEMBER)
			.set(TEAM_MEMBER.ID, Ids.newId())
			.set(TEAM_MEMBER.EPISODE_ID, episode)
			.set(TEAM_MEMBER.PRACTITIONER_ID, this.lead)
			.set(TEAM_MEMBER.IS_LEAD, withLead)
			.set(TEAM_MEMBER.LEAD_OF_EPISODE, withLead ? episode : null)
			.set(TEAM_MEMBER.JOINED_ON, openedOn)
			.execute();
		return episode;
	}

	private void outcome(UUID episode, String code, String status, LocalDate openedOn) {
		this.dsl.insertInto(OUTCOME)
			.set(OUTCOME.ID, Ids.newId())
			.set(OUTCOME.EPISODE_ID, episode)
			.set(OUTCOME.NEED_AREA_CODE, code)
			.set(OUTCOME.DESCRIPTION, "Outcome in " + code)
			.set(OUTCOME.MEASURE, "Measured")
			.set(OUTCOME.TARGET_DATE, openedOn.plusMonths(4))
			.set(OUTCOME.STATUS, status)
			.set(OUTCOME.CREATED_AT, this.clock.instant())
			.execute();
	}

	private GraphQlTester.Response report(HttpGraphQlTester caller, LocalDate from, LocalDate to) {
		return caller.document(REPORT).variable("from", from.toString()).variable("to", to.toString()).execute();
	}

	@Test
	void exactly_the_eligible_families_are_eligible_and_each_other_one_says_which_rule_it_breaks() {
		this.prefix = "R" + UUID.randomUUID().toString().substring(0, 6);
		this.agency = this.fixtures.newAgency("Agency " + this.prefix);
		this.lead = this.fixtures.practitioner(this.prefix + "-lead", this.agency, null);
		this.fixtures.practitioner(this.prefix + "-hub", this.agency, null, "EARLY_HELP_TEAM");
		HttpGraphQlTester hub = signedInAs(this.prefix + "-hub");
		LocalDate today = today();
		LocalDate from = today.minusMonths(12);
		LocalDate to = today.minusDays(1);
		// Others' families may close in the same period: the counts are compared before and after this dataset.
		var before = report(hub, from, to);
		Map<String, Integer> withNeedBefore = counts(before, "headlines", "familiesWithNeed");
		Map<String, Integer> achievedBefore = counts(before, "headlines", "familiesAchieved");
		Map<String, Integer> unmetBefore = counts(before, "unmetNeed", "families");

		List<Made> made = dataset().stream().map(spec -> make(spec, today)).toList();
		// An earlier episode of E1's family, closed before the period: neither in the report nor a new episode.
		Made e1 = made.getFirst();
		UUID earlier = episode("B" + this.prefix + "E1", e1.family(), today.minusYears(4), true);
		this.dsl.update(EPISODE).set(EPISODE.STATUS, "CLOSED").setNull(EPISODE.OPEN_FAMILY_ID)
			.where(EPISODE.ID.eq(earlier)).execute();
		this.dsl.insertInto(CLOSURE).set(CLOSURE.EPISODE_ID, earlier).set(CLOSURE.CLOSED_ON, today.minusYears(3))
			.set(CLOSURE.REASON, "NEEDS_MET").set(CLOSURE.SUMMARY, "Closed").set(CLOSURE.RECORDED_BY, this.lead)
			.execute();
		// An episode open now with need under two headlines, one addressed (an outcome still open).
		UUID openFamily = this.fixtures.family("F" + this.prefix + "OPEN");
		UUID open = episode("E" + this.prefix + "OPEN", openFamily, today.minusMonths(3), true);
		UUID openAssessment = Ids.newId();
		this.dsl.insertInto(ASSESSMENT).set(ASSESSMENT.ID, openAssessment).set(ASSESSMENT.EPISODE_ID, open)
			.set(ASSESSMENT.STARTED_ON, today.minusMonths(3)).execute();
		for (String code : List.of("HOUSING", "DOMESTIC_ABUSE")) {
			this.dsl.insertInto(ASSESSMENT_NEED).set(ASSESSMENT_NEED.ASSESSMENT_ID, openAssessment)
				.set(ASSESSMENT_NEED.NEED_AREA_CODE, code).execute();
		}
		outcome(open, "HOUSING", "OPEN", today.minusMonths(3));

		int audited = this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION.eq("read the Supporting Families report"));
		var answer = report(hub, from, to);
		answer.errors().verify();
		String root = "supportingFamiliesReport";
		answer.path(root + ".sustainedMonths").entity(Integer.class).isEqualTo(6);
		answer.path(root + ".asOf").entity(String.class).isEqualTo(today.toString());

		Map<String, Made> byFamily = made.stream()
			.collect(Collectors.toMap(each -> each.family().toString(), each -> each));
		List<Map<String, Object>> eligible = families(answer, root + ".eligible").stream()
			.filter(family -> byFamily.containsKey((String) family.get("familyId")))
			.toList();
		List<Map<String, Object>> notEligible = families(answer, root + ".notEligible").stream()
			.filter(family -> byFamily.containsKey((String) family.get("familyId")))
			.toList();
		assertThat(eligible).extracting(family -> byFamily.get((String) family.get("familyId")).spec().name())
			.containsExactlyInAnyOrder("E1", "E2", "E3");
		assertThat(notEligible).hasSize(made.size() - 3);
		for (Map<String, Object> family : notEligible) {
			Spec spec = byFamily.get((String) family.get("familyId")).spec();
			@SuppressWarnings("unchecked")
			List<String> reasons = (List<String>) family.get("reasons");
			assertThat(reasons).as(spec.name()).singleElement().asString().contains(spec.reasonExpected());
			assertThat(family.get("eligible")).isEqualTo(false);
		}
		// The evidence of one eligible family.
		Map<String, Object> first = eligible.stream()
			.filter(family -> family.get("familyId").equals(e1.family().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(first.get("lead")).isEqualTo("Test " + this.prefix + "-lead");
		assertThat(first.get("closedOn")).isEqualTo(today.minusMonths(8).toString());
		assertThat(first.get("closureReason")).isEqualTo("NEEDS_MET");
		assertThat(first.get("newEpisodeOpenedOn")).isNull();
		assertThat(first.get("sustainedOn")).isEqualTo(today.minusMonths(8).plusMonths(6).toString());
		assertThat(first.get("assessmentCompletedOn")).isEqualTo(today.minusMonths(8).minusMonths(5).plusDays(20).toString());
		assertThat(first.get("reasons")).isEqualTo(List.of());
		assertThat((List<?>) first.get("headlines")).hasSize(5);
		assertThat((List<?>) first.get("outcomes")).hasSize(3);

		// Headline counts, worked out from the specification.
		Map<String, Integer> withNeed = new TreeMap<>();
		Map<String, Integer> achieved = new TreeMap<>();
		for (Spec spec : dataset()) {
			spec.needs().forEach(code -> withNeed.merge(code, 1, Integer::sum));
			spec.outcomes().forEach((code, status) -> {
				if ("ACHIEVED".equals(status)) {
					achieved.merge(code, 1, Integer::sum);
				}
			});
		}
		Map<String, Integer> withNeedAfter = counts(answer, "headlines", "familiesWithNeed");
		Map<String, Integer> achievedAfter = counts(answer, "headlines", "familiesAchieved");
		assertThat(withNeedAfter).hasSize(10);
		for (String code : withNeedAfter.keySet()) {
			assertThat(withNeedAfter.get(code) - withNeedBefore.get(code)).as(code)
				.isEqualTo(withNeed.getOrDefault(code, 0));
			assertThat(achievedAfter.get(code) - achievedBefore.get(code)).as(code)
				.isEqualTo(achieved.getOrDefault(code, 0));
		}

		// Unmet need: each closed family's needs no outcome addresses, and the open family's domestic abuse.
		Map<String, Set<String>> unmetExpected = new HashMap<>();
		for (Made each : made) {
			Set<String> unmet = each.spec().needs().stream()
				.filter(code -> !each.spec().outcomes().containsKey(code))
				.collect(Collectors.toSet());
			if (!unmet.isEmpty()) {
				unmetExpected.put(each.family().toString(), unmet);
			}
		}
		unmetExpected.put(openFamily.toString(), Set.of("DOMESTIC_ABUSE"));
		List<Map<String, Object>> unmetFamilies = families(answer, root + ".unmetNeedFamilies");
		Map<String, Set<String>> unmetAnswered = unmetFamilies.stream()
			.filter(family -> unmetExpected.containsKey((String) family.get("familyId"))
					|| byFamily.containsKey((String) family.get("familyId")))
			.collect(Collectors.toMap(family -> (String) family.get("familyId"),
					family -> ((List<?>) family.get("needAreas")).stream()
						.map(area -> (String) ((Map<?, ?>) area).get("code"))
						.collect(Collectors.toSet())));
		assertThat(unmetAnswered).isEqualTo(unmetExpected);

		Map<String, Integer> perArea = new TreeMap<>();
		unmetExpected.values().forEach(codes -> codes.forEach(code -> perArea.merge(code, 1, Integer::sum)));
		Map<String, Integer> perAreaAnswered = new TreeMap<>();
		counts(answer, "unmetNeed", "families").forEach((code, count) -> {
			int added = count - unmetBefore.getOrDefault(code, 0);
			if (added != 0) {
				perAreaAnswered.put(code, added);
			}
		});
		assertThat(perAreaAnswered).isEqualTo(perArea);

		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION.eq("read the Supporting Families report")))
			.as("one event per report, not one per family")
			.isEqualTo(audited + 1);
	}

	/** One count of the report per need area: headline counts or unmet need. */
	private static Map<String, Integer> counts(GraphQlTester.Response answer, String list, String count) {
		Map<String, Integer> counts = new TreeMap<>();
		families(answer, "supportingFamiliesReport." + list)
			.forEach(each -> counts.put((String) ((Map<?, ?>) each.get("needArea")).get("code"), (Integer) each.get(count)));
		return counts;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> families(GraphQlTester.Response answer, String path) {
		return (List<Map<String, Object>>) (List<?>) answer.path(path).entityList(Map.class).get();
	}

	@Test
	void managers_workers_family_members_and_partners_are_refused() {
		String prefix = "rr-" + UUID.randomUUID().toString().substring(0, 6);
		Fixtures.Team team = this.fixtures.team(prefix, "ACTIVE");
		UUID agency = this.fixtures.newAgency("School " + prefix);
		this.fixtures.practitioner(prefix + "-manager", agency, null, "PRACTITIONER", "MANAGER");
		this.fixtures.partnerClient(prefix + "-school", "reporting-secret", agency, "plans:read actions:write");
		LocalDate today = today();
		List<HttpGraphQlTester> callers = List.of(signedInAs(prefix + "-manager"), signedInAs(team.user("lead")),
				signedInAs(team.user("parent")), asPartner(partnerToken(prefix + "-school", "reporting-secret")));
		int audited = this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION.eq("read the Supporting Families report"));
		for (HttpGraphQlTester caller : callers) {
			var answer = report(caller, today.minusMonths(6), today);
			answer.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
			answer.path("supportingFamiliesReport").pathDoesNotExist();
		}
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION.eq("read the Supporting Families report")))
			.isEqualTo(audited);
	}

	@Test
	void a_period_that_ends_before_it_starts_is_refused_and_the_app_reads_the_same_report() {
		String prefix = "rp-" + UUID.randomUUID().toString().substring(0, 6);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		this.fixtures.practitioner(prefix + "-hub", agency, null, "EARLY_HELP_TEAM");
		this.fixtures.practitioner(prefix + "-manager", agency, null, "PRACTITIONER", "MANAGER");
		LocalDate today = today();
		report(signedInAs(prefix + "-hub"), today, today.minusDays(1)).errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		callEndpoint(signIn(prefix + "-hub", DEMO_PASSWORD), "ReportingEndpoint/supportingFamilies",
				Map.of("from", today.minusMonths(6).toString(), "to", today.toString()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sustainedMonths").isEqualTo(6)
			.jsonPath("$.headlines.length()").isEqualTo(10);
		callEndpoint(signIn(prefix + "-manager", DEMO_PASSWORD), "ReportingEndpoint/supportingFamilies",
				Map.of("from", today.minusMonths(6).toString(), "to", today.toString()))
			.expectStatus()
			.is4xxClientError();
	}

}

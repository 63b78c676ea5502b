package org.hearth.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.ASSESSMENT_NEED;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.EPISODE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.reporting.ReportingDataset.Made;
import org.hearth.reporting.ReportingDataset.Spec;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The Supporting Families report over {@link ReportingDataset}, whose answer is known by construction: three eligible
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

	private GraphQlTester.Response report(HttpGraphQlTester caller, LocalDate from, LocalDate to) {
		return caller.document(REPORT).variable("from", from.toString()).variable("to", to.toString()).execute();
	}

	@Test
	void exactly_the_eligible_families_are_eligible_and_each_other_one_says_which_rule_it_breaks() {
		ReportingDataset data = new ReportingDataset(this.fixtures, this.dsl, this.clock);
		String prefix = data.prefix();
		this.fixtures.practitioner(prefix + "-hub", data.agency(), null, "EARLY_HELP_TEAM");
		HttpGraphQlTester hub = signedInAs(prefix + "-hub");
		LocalDate today = today();
		LocalDate from = today.minusMonths(12);
		LocalDate to = today.minusDays(1);
		// Others' families may close in the same period: the counts are compared before and after this dataset.
		var before = report(hub, from, to);
		Map<String, Integer> withNeedBefore = counts(before, "headlines", "familiesWithNeed");
		Map<String, Integer> achievedBefore = counts(before, "headlines", "familiesAchieved");
		Map<String, Integer> unmetBefore = counts(before, "unmetNeed", "families");

		List<Made> made = data.makeAll(today);
		// An earlier episode of E1's family, closed before the period: neither in the report nor a new episode.
		Made e1 = made.getFirst();
		UUID earlier = data.episode("B" + prefix + "E1", e1.family(), today.minusYears(4), true);
		this.dsl.update(EPISODE).set(EPISODE.STATUS, "CLOSED").setNull(EPISODE.OPEN_FAMILY_ID)
			.where(EPISODE.ID.eq(earlier)).execute();
		this.dsl.insertInto(CLOSURE).set(CLOSURE.EPISODE_ID, earlier).set(CLOSURE.CLOSED_ON, today.minusYears(3))
			.set(CLOSURE.REASON, "NEEDS_MET").set(CLOSURE.SUMMARY, "Closed").set(CLOSURE.RECORDED_BY, data.lead())
			.execute();
		// An episode open now with need under two headlines, one addressed (an outcome still open).
		UUID openFamily = this.fixtures.family("F" + prefix + "OPEN");
		UUID open = data.episode("E" + prefix + "OPEN", openFamily, today.minusMonths(3), true);
		UUID openAssessment = Ids.newId();
		this.dsl.insertInto(ASSESSMENT).set(ASSESSMENT.ID, openAssessment).set(ASSESSMENT.EPISODE_ID, open)
			.set(ASSESSMENT.STARTED_ON, today.minusMonths(3)).execute();
		for (String code : List.of("HOUSING", "DOMESTIC_ABUSE")) {
			this.dsl.insertInto(ASSESSMENT_NEED).set(ASSESSMENT_NEED.ASSESSMENT_ID, openAssessment)
				.set(ASSESSMENT_NEED.NEED_AREA_CODE, code).execute();
		}
		data.outcome(open, "HOUSING", "OPEN", today.minusMonths(3));

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
		assertThat(first.get("lead")).isEqualTo("Test " + prefix + "-lead");
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
		for (Spec spec : ReportingDataset.dataset()) {
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

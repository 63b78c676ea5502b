package org.hearth.reporting;

import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.ASSESSMENT_NEED;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The Supporting Families tests' dataset, whose answer is known by construction: three eligible families (one on each
 * boundary: a new episode the day after the sustained months, a closure exactly that long ago) and thirteen that each
 * break exactly one rule, each with its reason. Shared by {@link ReportingTests} and {@link ReportingExportTests}.
 */
final class ReportingDataset {

	/**
	 * One family of the dataset: the needs its assessment found, whether it has a lead, a completed assessment, a
	 * summary and a view, its outcomes (need area and status), why it closed, how many months ago, and when a new
	 * episode opened after closure (days after it), if one did.
	 */
	record Spec(String name, List<String> needs, boolean lead, boolean completed, boolean summary,
			boolean view, Map<String, String> outcomes, String reason, int closedMonthsAgo,
			@Nullable Integer newEpisodeMonthsAfter, int newEpisodeExtraDays, @Nullable String reasonExpected) {

	}

	static final List<String> THREE = List.of("EDUCATION", "HEALTH", "HOUSING");

	private static Map<String, String> achieved(List<String> codes) {
		Map<String, String> outcomes = new LinkedHashMap<>();
		codes.forEach(code -> outcomes.put(code, "ACHIEVED"));
		return outcomes;
	}

	/** The dataset: three eligible, then thirteen each differing from an eligible one in one rule. */
	static List<Spec> dataset() {
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
	record Made(Spec spec, UUID family, UUID episode) {
	}

	private final Fixtures fixtures;

	private final DSLContext dsl;

	private final Clock clock;

	private final String prefix;

	private final UUID agency;

	private final UUID lead;

	/**
	 * A new dataset's own agency and lead practitioner (username {@code <prefix>-lead}), under a prefix of its own
	 * (every reference made starts with it).
	 */
	ReportingDataset(Fixtures fixtures, DSLContext dsl, Clock clock) {
		this.fixtures = fixtures;
		this.dsl = dsl;
		this.clock = clock;
		this.prefix = "R" + UUID.randomUUID().toString().substring(0, 6);
		this.agency = fixtures.newAgency("Agency " + this.prefix);
		this.lead = fixtures.practitioner(this.prefix + "-lead", this.agency, null);
	}

	String prefix() {
		return this.prefix;
	}

	UUID agency() {
		return this.agency;
	}

	UUID lead() {
		return this.lead;
	}

	/** The whole dataset, closed relative to today. */
	List<Made> makeAll(LocalDate today) {
		return dataset().stream().map(spec -> make(spec, today)).toList();
	}

	Made make(Spec spec, LocalDate today) {
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

	UUID episode(String reference, UUID family, LocalDate openedOn, boolean withLead) {
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

	void outcome(UUID episode, String code, String status, LocalDate openedOn) {
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

}

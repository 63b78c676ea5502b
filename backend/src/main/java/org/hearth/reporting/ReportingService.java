package org.hearth.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.audit.AuditService;
import org.hearth.closure.ClosureReason;
import org.hearth.episode.EpisodeStatus;
import org.hearth.graphql.InvalidArgumentException;
import org.hearth.plan.OutcomeStatus;
import org.hearth.policy.NeedArea;
import org.hearth.policy.PolicyService;
import org.hearth.reporting.ReportingRepository.AssessmentFacts;
import org.hearth.reporting.ReportingRepository.ClosedEpisode;
import org.hearth.reporting.ReportingRepository.Opened;
import org.hearth.reporting.ReportingRepository.OutcomeFacts;
import org.hearth.reporting.ReportingRepository.Unmet;
import org.hearth.reporting.SupportingFamiliesReport.ClosedFamily;
import org.hearth.reporting.SupportingFamiliesReport.FamilyUnmetNeed;
import org.hearth.reporting.SupportingFamiliesReport.HeadlineCount;
import org.hearth.reporting.SupportingFamiliesReport.OutcomeAtClosure;
import org.hearth.reporting.SupportingFamiliesReport.UnmetNeedCount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The Supporting Families report (see the package's description), for the Early Help team only, audited once per
 * report.
 */
@Service
public class ReportingService {

	/** Needs under at least this many headlines make a family one the programme is for. */
	static final int HEADLINES_NEEDED = 3;

	/** The longest period reported on in one go. */
	static final Period LONGEST_PERIOD = Period.ofYears(2);

	static final String READ_OPERATION = "read the Supporting Families report";

	private final ReportingRepository repository;

	private final PolicyService policies;

	private final AccessService access;

	private final AuditService audit;

	private final Clock clock;

	ReportingService(ReportingRepository repository, PolicyService policies, AccessService access, AuditService audit,
			Clock clock) {
		this.repository = repository;
		this.policies = policies;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The report for the families whose episode closed between these days (both included).
	 * @throws AccessDeniedException for anyone but the Early Help team
	 * @throws InvalidArgumentException when the period ends before it starts or is longer than two years
	 */
	public SupportingFamiliesReport supportingFamilies(Caller caller, LocalDate from, LocalDate to) {
		if (!this.access.isEarlyHelpTeam(caller)) {
			throw new AccessDeniedException("Only the Early Help team reads the Supporting Families report.");
		}
		if (to.isBefore(from)) {
			throw new InvalidArgumentException("The period ends before it starts: give 'from' on or before 'to'.");
		}
		if (from.plus(LONGEST_PERIOD).isBefore(to)) {
			throw new InvalidArgumentException("Give a period of at most two years.");
		}
		LocalDate today = LocalDate.now(this.clock);
		int months = this.repository.sustainedMonths();
		List<ClosedEpisode> closed = this.repository.closedBetween(from, to);
		List<Unmet> unmet = this.repository.unmetNeed(from, to);
		Facts facts = facts(closed, unmet);
		List<ClosedFamily> families = closed.stream().map(episode -> closedFamily(episode, facts, months, today)).toList();
		SupportingFamiliesReport report = new SupportingFamiliesReport(from, to, today, months,
				families.stream().filter(ClosedFamily::eligible).toList(),
				families.stream().filter(family -> !family.eligible()).toList(), headlines(closed, facts),
				unmetNeed(unmet, facts), unmetNeedFamilies(unmet, facts));
		this.audit.record(caller, READ_OPERATION, null, null,
				"Supporting Families report, episodes closed %s to %s: %d eligible, %d not".formatted(from, to,
						report.eligible().size(), report.notEligible().size()));
		return report;
	}

	/** Everything about the period's episodes, read in one statement per kind. */
	private record Facts(Map<UUID, AssessmentFacts> assessments, Map<UUID, List<String>> needs,
			Map<UUID, List<OutcomeFacts>> outcomes, Map<UUID, String> leads, Map<UUID, List<Opened>> episodesByFamily,
			Map<String, NeedArea> needAreas, List<NeedArea> headlineOrder) {

		NeedArea area(String code) {
			return this.needAreas.getOrDefault(code, new NeedArea(code, code));
		}

	}

	private Facts facts(List<ClosedEpisode> closed, List<Unmet> unmet) {
		List<UUID> episodeIds = closed.stream().map(ClosedEpisode::episodeId).toList();
		Set<UUID> familyIds = closed.stream().map(ClosedEpisode::familyId).collect(Collectors.toSet());
		Map<UUID, List<String>> needs = episodeIds.isEmpty() ? Map.of() : this.repository.needs(episodeIds);
		List<OutcomeFacts> outcomes = episodeIds.isEmpty() ? List.of() : this.repository.outcomes(episodeIds);
		List<NeedArea> active = this.policies.current().needAreas();
		Set<String> codes = new LinkedHashSet<>();
		active.forEach(area -> codes.add(area.code()));
		needs.values().forEach(codes::addAll);
		outcomes.forEach(outcome -> codes.add(outcome.needAreaCode()));
		unmet.forEach(need -> codes.add(need.needAreaCode()));
		Map<String, NeedArea> needAreas = this.policies.needAreas(codes)
			.stream()
			.collect(Collectors.toMap(NeedArea::code, Function.identity()));
		// The policy's active need areas in its order, then any retired one the period's records still name.
		List<NeedArea> order = Stream
			.concat(active.stream(), codes.stream().filter(code -> active.stream().noneMatch(a -> a.code().equals(code)))
				.map(code -> needAreas.getOrDefault(code, new NeedArea(code, code))))
			.toList();
		return new Facts(episodeIds.isEmpty() ? Map.of() : this.repository.assessments(episodeIds), needs,
				outcomes.stream().collect(Collectors.groupingBy(OutcomeFacts::episodeId)),
				episodeIds.isEmpty() ? Map.of() : this.repository.leads(episodeIds),
				familyIds.isEmpty() ? Map.of()
						: this.repository.episodesOf(familyIds).stream().collect(Collectors.groupingBy(Opened::familyId)),
				needAreas, order);
	}

	/** One family's evidence, and each rule it does not meet in words. */
	private static ClosedFamily closedFamily(ClosedEpisode episode, Facts facts, int months, LocalDate today) {
		List<String> reasons = new ArrayList<>();
		List<String> needs = facts.needs().getOrDefault(episode.episodeId(), List.of());
		if (needs.size() < HEADLINES_NEEDED) {
			reasons.add("needs under %d headline%s (at least %d are needed)".formatted(needs.size(),
					needs.size() == 1 ? "" : "s", HEADLINES_NEEDED));
		}
		String lead = facts.leads().get(episode.episodeId());
		if (lead == null) {
			reasons.add("no lead practitioner");
		}
		AssessmentFacts assessment = facts.assessments().get(episode.episodeId());
		boolean assessed = assessment != null && assessment.completedOn() != null && assessment.summedUp()
				&& assessment.views() > 0;
		if (!assessed) {
			reasons.add("no completed whole-family assessment (a view and a summary)");
		}
		List<OutcomeFacts> outcomes = facts.outcomes().getOrDefault(episode.episodeId(), List.of());
		if (outcomes.isEmpty()) {
			reasons.add("no plan (no outcomes)");
		}
		long notAchieved = outcomes.stream()
			.filter(outcome -> !OutcomeStatus.ACHIEVED.name().equals(outcome.status()))
			.count();
		if (notAchieved > 0) {
			reasons.add("%d outcome%s not achieved at closure".formatted(notAchieved, notAchieved == 1 ? "" : "s"));
		}
		ClosureReason reason = ClosureReason.valueOf(episode.reason());
		if (reason != ClosureReason.NEEDS_MET) {
			reasons.add("closed as " + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
					+ ", not as needs met");
		}
		LocalDate sustainedOn = episode.closedOn().plusMonths(months);
		Optional<LocalDate> newEpisode = facts.episodesByFamily()
			.getOrDefault(episode.familyId(), List.of())
			.stream()
			.filter(other -> !other.episodeId().equals(episode.episodeId()))
			.map(Opened::openedOn)
			.filter(opened -> !opened.isBefore(episode.closedOn()))
			.min(Comparator.naturalOrder());
		if (newEpisode.isPresent() && !newEpisode.get().isAfter(sustainedOn)) {
			reasons.add("a new episode opened on %s, within %d months of closure".formatted(newEpisode.get(), months));
		}
		else if (sustainedOn.isAfter(today)) {
			reasons.add("not sustained for %d months yet (until %s)".formatted(months, sustainedOn));
		}
		return new ClosedFamily(episode.familyId().toString(), episode.familyReference(),
				episode.episodeId().toString(), episode.episodeReference(), needs.stream().map(facts::area).toList(),
				lead, (assessment != null) ? assessment.completedOn() : null,
				outcomes.stream()
					.map(outcome -> new OutcomeAtClosure(facts.area(outcome.needAreaCode()), outcome.description(),
							OutcomeStatus.valueOf(outcome.status())))
					.toList(),
				episode.closedOn(), reason, newEpisode.orElse(null), sustainedOn, reasons.isEmpty(),
				List.copyOf(reasons));
	}

	/** Per headline, the families (of the period's closed episodes) with need under it, and with it achieved. */
	private static List<HeadlineCount> headlines(List<ClosedEpisode> closed, Facts facts) {
		Map<String, Set<UUID>> withNeed = new LinkedHashMap<>();
		Map<String, Set<UUID>> achieved = new LinkedHashMap<>();
		for (ClosedEpisode episode : closed) {
			facts.needs()
				.getOrDefault(episode.episodeId(), List.of())
				.forEach(code -> withNeed.computeIfAbsent(code, key -> new HashSet<>()).add(episode.familyId()));
			facts.outcomes()
				.getOrDefault(episode.episodeId(), List.of())
				.stream()
				.filter(outcome -> OutcomeStatus.ACHIEVED.name().equals(outcome.status()))
				.forEach(outcome -> achieved.computeIfAbsent(outcome.needAreaCode(), key -> new HashSet<>())
					.add(episode.familyId()));
		}
		return facts.headlineOrder()
			.stream()
			.map(area -> new HeadlineCount(area, withNeed.getOrDefault(area.code(), Set.of()).size(),
					achieved.getOrDefault(area.code(), Set.of()).size()))
			.toList();
	}

	/** Per headline, the families with need under it that no outcome addresses (headlines with none left out). */
	private static List<UnmetNeedCount> unmetNeed(List<Unmet> unmet, Facts facts) {
		Map<String, Set<UUID>> families = unmet.stream()
			.collect(Collectors.groupingBy(Unmet::needAreaCode,
					Collectors.mapping(Unmet::familyId, Collectors.toSet())));
		return facts.headlineOrder()
			.stream()
			.filter(area -> families.containsKey(area.code()))
			.map(area -> new UnmetNeedCount(area, families.get(area.code()).size()))
			.toList();
	}

	/** Each episode with unmet need, and which. */
	private static List<FamilyUnmetNeed> unmetNeedFamilies(List<Unmet> unmet, Facts facts) {
		Map<UUID, List<Unmet>> byEpisode = unmet.stream()
			.collect(Collectors.groupingBy(Unmet::episodeId, LinkedHashMap::new, Collectors.toList()));
		return byEpisode.values().stream().map(needs -> {
			Unmet first = needs.getFirst();
			return new FamilyUnmetNeed(first.familyId().toString(), first.familyReference(),
					first.episodeId().toString(), first.episodeReference(), EpisodeStatus.valueOf(first.status()),
					needs.stream().map(Unmet::needAreaCode).map(facts::area).filter(Objects::nonNull).toList());
		}).toList();
	}

}

package org.hearth.episode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.policy.Policy;
import org.hearth.policy.PolicyService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The figures oversight counts over many episodes at once: each open episode's timescales today, and how well
 * timescales were kept over a period. Due days follow {@link EpisodeService}'s timescales rule; who may ask is the
 * oversight service's rule.
 */
@Service
public class EpisodeFigures {

	private final TimescaleRepository timescales;

	private final PolicyService policies;

	private final Clock clock;

	EpisodeFigures(TimescaleRepository timescales, PolicyService policies, Clock clock) {
		this.timescales = timescales;
		this.policies = policies;
		this.clock = clock;
	}

	/**
	 * For oversight's counts: each open episode led now by one of these practitioners (every open episode when null),
	 * with its lead, status and timescales today. Counts tell nothing of a family, so this is not audited as a read;
	 * who may ask is the oversight service's rule.
	 */
	public List<OpenEpisodeFigures> open(@Nullable Collection<UUID> leadPractitionerIds) {
		if (leadPractitionerIds != null && leadPractitionerIds.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		Policy policy = this.policies.current();
		return this.timescales.openFacts(leadPractitionerIds, today).stream().map(open -> {
			return new OpenEpisodeFigures(open.facts().episodeId(), open.leadPractitionerId(), open.status(),
					open.status() == EpisodeStatus.REQUESTED && !open.handedOver(),
					EpisodeService.timescales(true, open.openedOn(), open.facts(), policy, today));
		}).toList();
	}

	/**
	 * How well timescales were kept between two days, for the episodes led by each of these practitioners (by every
	 * lead, when null): each assessment, first team meeting and review that fell due in the period (up to today, and
	 * not after the episode closed), and how many were done by their day. Due days follow the current policy and the
	 * days each review set for the next.
	 */
	public List<LeadCompliance> compliance(@Nullable Collection<UUID> leadPractitionerIds, LocalDate from,
			LocalDate to) {
		if (leadPractitionerIds != null && leadPractitionerIds.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate until = to.isAfter(today) ? today : to;
		Policy policy = this.policies.current();
		Map<Optional<UUID>, TimescaleCompliance> byLead = new LinkedHashMap<>();
		for (TimescaleRepository.ComplianceFacts episode : this.timescales.complianceFacts(leadPractitionerIds, from,
				to)) {
			LocalDate end = (episode.closedOn() != null && episode.closedOn().isBefore(until)) ? episode.closedOn()
					: until;
			byLead.merge(Optional.ofNullable(episode.leadPractitionerId()), compliance(episode, policy, from, end),
					TimescaleCompliance::plus);
		}
		return byLead.entrySet()
			.stream()
			.map(entry -> new LeadCompliance(entry.getKey().orElse(null), entry.getValue()))
			.toList();
	}

	/** One lead's figures (null: episodes nobody leads now). */
	public record LeadCompliance(@Nullable UUID leadPractitionerId, TimescaleCompliance compliance) {
	}

	private static TimescaleCompliance compliance(TimescaleRepository.ComplianceFacts episode, Policy policy,
			LocalDate from, LocalDate end) {
		TimescaleFacts facts = episode.facts();
		LocalDate assessmentDue = EpisodeService.assessmentDue(episode.openedOn(), facts, policy);
		boolean assessmentCounts = within(assessmentDue, from, end);
		LocalDate meetingDue = EpisodeService.initialMeetingDue(facts, policy);
		boolean meetingCounts = meetingDue != null && within(meetingDue, from, end);
		int reviewsDue = 0;
		int reviewsOnTime = 0;
		LocalDate held = facts.initialMeetingHeldOn();
		LocalDate reviewDue = (held != null) ? held.plusDays(policy.firstReviewDueDays()) : null;
		for (int next = 0; reviewDue != null && !reviewDue.isAfter(end); next++) {
			TimescaleRepository.ReviewDates review = (next < episode.reviews().size()) ? episode.reviews().get(next)
					: null;
			if (within(reviewDue, from, end)) {
				reviewsDue++;
				reviewsOnTime += (review != null && !review.heldOn().isAfter(reviewDue)) ? 1 : 0;
			}
			reviewDue = (review != null) ? review.nextReviewDue() : null;
		}
		return new TimescaleCompliance(assessmentCounts ? 1 : 0,
				assessmentCounts && onTime(facts.assessmentCompletedOn(), assessmentDue) ? 1 : 0, meetingCounts ? 1 : 0,
				meetingCounts && onTime(facts.initialMeetingHeldOn(), meetingDue) ? 1 : 0, reviewsDue, reviewsOnTime);
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	private static boolean onTime(@Nullable LocalDate done, LocalDate due) {
		return done != null && !done.isAfter(due);
	}

	/**
	 * An open episode as oversight counts it.
	 *
	 * @param leadPractitionerId null when nobody leads it
	 * @param awaitingAllocation asked for and not yet handed from the practitioner who asked to an allocated lead
	 */
	public record OpenEpisodeFigures(UUID episodeId, @Nullable UUID leadPractitionerId, EpisodeStatus status,
			boolean awaitingAllocation, Timescales timescales) {
	}

}

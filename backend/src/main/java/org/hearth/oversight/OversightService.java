package org.hearth.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.access.Caller;
import org.hearth.access.PractitionerRole;
import org.hearth.agency.AgencyService;
import org.hearth.agency.Practitioner;
import org.hearth.episode.CaseloadEntry;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodeFigures;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.EpisodeFigures.LeadCompliance;
import org.hearth.episode.EpisodeFigures.OpenEpisodeFigures;
import org.hearth.episode.EpisodeStatus;
import org.hearth.episode.TimescaleCompliance;
import org.hearth.episode.Timescales;
import org.hearth.graphql.InvalidArgumentException;
import org.hearth.oversight.Oversight.Compliance;
import org.hearth.oversight.Oversight.Figures;
import org.hearth.oversight.Oversight.Kept;
import org.hearth.oversight.Oversight.Team;
import org.hearth.oversight.Oversight.TeamKept;
import org.hearth.oversight.Oversight.Worker;
import org.hearth.oversight.Oversight.WorkerKept;
import org.hearth.team.TeamMember;
import org.hearth.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Caseload figures and timescale compliance for those who oversee the work. Whose figures a caller sees is decided
 * here, by role: a worker their own, a manager their team's, the Early Help team the whole service (or one team);
 * family members and partner systems none.
 */
@Service
public class OversightService {

	/** The longest period compliance is worked out over in one go. */
	static final Period LONGEST_PERIOD = Period.ofYears(2);

	private final AgencyService agencies;

	private final EpisodeService episodes;

	private final EpisodeFigures figures;

	private final TeamService teams;

	private final Clock clock;

	OversightService(AgencyService agencies, EpisodeService episodes, EpisodeFigures figures, TeamService teams,
			Clock clock) {
		this.agencies = agencies;
		this.episodes = episodes;
		this.figures = figures;
		this.teams = teams;
		this.clock = clock;
	}

	/**
	 * The caller's figures: a worker's own, a manager's team's, or (for the Early Help team) the whole service team by
	 * team, or one team when they name its manager. A worker or a manager sees the families behind their figures; the
	 * whole service's figures are counts only.
	 * @param managerId for the Early Help team, one team; a manager may name only themself; a worker nobody
	 * @throws AccessDeniedException for anyone else, or a team they may not see
	 */
	public Oversight oversight(Caller caller, @Nullable UUID managerId) {
		Scope scope = scope(caller, managerId);
		LocalDate today = LocalDate.now(this.clock);
		if (scope.kind() == OversightScope.SERVICE) {
			List<OpenEpisodeFigures> open = this.figures.open(null);
			Map<UUID, List<OpenEpisodeFigures>> byLead = open.stream()
				.filter(episode -> episode.leadPractitionerId() != null)
				.collect(Collectors.groupingBy(OpenEpisodeFigures::leadPractitionerId));
			List<Team> teams = groupByManager(byLead.keySet()).stream()
				.map(group -> team(group, byLead))
				.toList();
			return new Oversight(OversightScope.SERVICE, today, teams, total(teams),
					(int) open.stream().filter(episode -> episode.leadPractitionerId() == null).count());
		}
		List<UUID> workerIds = scope.group().workers().stream().map(Practitioner::id).toList();
		Map<UUID, List<OpenEpisodeFigures>> byLead = this.figures.open(workerIds)
			.stream()
			.collect(Collectors.groupingBy(OpenEpisodeFigures::leadPractitionerId));
		Team team = team(scope.group(), byLead);
		return new Oversight(scope.kind(), today, List.of(team), team.totals(), 0);
	}

	/**
	 * The open families one practitioner leads, most urgent first, as the caller may see them: the drill-down from a
	 * worker's figures, read when asked for (a team's families at once would make the figures slow to come). Read
	 * through the episode service, so the reads are audited as any caseload's.
	 * @throws AccessDeniedException unless the practitioner is in the caller's figures: themself, a worker they
	 * manage, or anyone for the Early Help team
	 */
	public List<CaseloadEntry> familiesLedBy(Caller caller, UUID practitionerId) {
		Scope scope = scope(caller, null);
		if (scope.kind() != OversightScope.SERVICE
				&& scope.group().workers().stream().noneMatch(worker -> worker.id().equals(practitionerId))) {
			throw new AccessDeniedException("Only the families of a worker in your own figures can be listed.");
		}
		return familiesOf(caller, List.of(practitionerId)).getOrDefault(practitionerId, List.of());
	}

	/**
	 * Timescale compliance over a period (at most two years), for the same people as {@link #oversight}.
	 * @throws InvalidArgumentException when the period ends before it starts or is longer than two years
	 */
	public Compliance compliance(Caller caller, LocalDate from, LocalDate to, @Nullable UUID managerId) {
		if (to.isBefore(from)) {
			throw new InvalidArgumentException("The period ends before it starts: give 'from' on or before 'to'.");
		}
		if (from.plus(LONGEST_PERIOD).isBefore(to)) {
			throw new InvalidArgumentException("Give a period of at most two years.");
		}
		Scope scope = scope(caller, managerId);
		List<Group> groups;
		Map<UUID, TimescaleCompliance> byLead;
		if (scope.kind() == OversightScope.SERVICE) {
			byLead = byLead(this.figures.compliance(null, from, to));
			groups = groupByManager(byLead.keySet());
		}
		else {
			groups = List.of(scope.group());
			byLead = byLead(this.figures.compliance(
					scope.group().workers().stream().map(Practitioner::id).toList(), from, to));
		}
		List<TeamKept> teams = groups.stream().map(group -> {
			List<WorkerKept> workers = group.workers()
				.stream()
				.map(worker -> new WorkerKept(worker.id().toString(), worker.name(),
						Kept.of(byLead.getOrDefault(worker.id(), TimescaleCompliance.NONE))))
				.toList();
			TimescaleCompliance total = group.workers()
				.stream()
				.map(worker -> byLead.getOrDefault(worker.id(), TimescaleCompliance.NONE))
				.reduce(TimescaleCompliance.NONE, TimescaleCompliance::plus);
			return new TeamKept(group.managerId(), group.managerName(), Kept.of(total), workers);
		}).toList();
		TimescaleCompliance all = groups.stream()
			.flatMap(group -> group.workers().stream())
			.map(worker -> byLead.getOrDefault(worker.id(), TimescaleCompliance.NONE))
			.reduce(TimescaleCompliance.NONE, TimescaleCompliance::plus);
		return new Compliance(scope.kind(), from, to, Kept.of(all), teams);
	}

	/** Whose figures: the caller's role decides, never what they ask for. */
	private Scope scope(Caller caller, @Nullable UUID managerId) {
		if (!(caller instanceof Caller.PractitionerCaller practitioner)) {
			throw new AccessDeniedException("Only practitioners see caseload figures.");
		}
		UUID self = practitioner.practitionerId();
		if (practitioner.hasRole(PractitionerRole.EARLY_HELP_TEAM)) {
			return (managerId == null) ? new Scope(OversightScope.SERVICE, null) : new Scope(OversightScope.TEAM,
					managedGroup(managerId));
		}
		if (practitioner.hasRole(PractitionerRole.MANAGER)) {
			if (managerId != null && !managerId.equals(self)) {
				throw new AccessDeniedException("A manager sees their own team's figures only.");
			}
			return new Scope(OversightScope.TEAM, managedGroup(self));
		}
		if (managerId != null) {
			throw new AccessDeniedException("Only managers and the Early Help team see a team's figures.");
		}
		Practitioner me = this.agencies.practitioner(self)
			.orElseThrow(() -> new AccessDeniedException("Only practitioners see caseload figures."));
		return new Scope(OversightScope.OWN, new Group(null, "", List.of(me)));
	}

	private Group managedGroup(UUID managerId) {
		String name = this.agencies.practitioner(managerId).map(Practitioner::name).orElse("");
		return new Group(managerId.toString(), name, this.agencies.managedBy(managerId));
	}

	/** These leads, grouped under their managers (those with none together, last), teams by manager's name. */
	private List<Group> groupByManager(Set<UUID> leadIds) {
		List<Practitioner> leads = this.agencies.practitioners(leadIds);
		Map<UUID, UUID> managerOf = this.agencies.managerOf(leadIds);
		Map<UUID, Practitioner> managers = this.agencies.practitioners(Set.copyOf(managerOf.values()))
			.stream()
			.collect(Collectors.toMap(Practitioner::id, Function.identity()));
		Map<Optional<UUID>, List<Practitioner>> byManager = leads.stream()
			.sorted(Comparator.comparing(Practitioner::name))
			.collect(Collectors.groupingBy(lead -> Optional.ofNullable(managerOf.get(lead.id())), LinkedHashMap::new,
					Collectors.toList()));
		List<Group> groups = new ArrayList<>();
		byManager.forEach((manager, workers) -> groups.add(manager.map(id -> new Group(id.toString(),
				managers.containsKey(id) ? managers.get(id).name() : "", workers))
			.orElseGet(() -> new Group(null, "No manager recorded", workers))));
		groups.sort(Comparator.comparing((Group group) -> group.managerId() == null).thenComparing(Group::managerName));
		return groups;
	}

	private static Team team(Group group, Map<UUID, List<OpenEpisodeFigures>> byLead) {
		List<Worker> workers = group.workers()
			.stream()
			.map(worker -> new Worker(worker.id().toString(), worker.name(), worker.jobTitle(),
					figures(byLead.getOrDefault(worker.id(), List.of()))))
			.toList();
		return new Team(group.managerId(), group.managerName(),
				workers.stream().map(Worker::figures).reduce(Figures.NONE, Figures::plus), workers);
	}

	private static Figures total(List<Team> teams) {
		return teams.stream().map(Team::totals).reduce(Figures.NONE, Figures::plus);
	}

	private static Figures figures(List<OpenEpisodeFigures> episodes) {
		Map<EpisodeStatus, Long> byStatus = episodes.stream()
			.collect(Collectors.groupingBy(OpenEpisodeFigures::status, Collectors.counting()));
		List<Timescales> due = episodes.stream().map(OpenEpisodeFigures::timescales).toList();
		return new Figures(episodes.size(), count(byStatus, EpisodeStatus.REQUESTED),
				count(byStatus, EpisodeStatus.ASSESSING), count(byStatus, EpisodeStatus.PLANNING),
				count(byStatus, EpisodeStatus.ACTIVE), (int) due.stream().filter(Timescales::assessmentOverdue).count(),
				(int) due.stream().filter(Timescales::initialMeetingOverdue).count(),
				(int) due.stream().filter(Timescales::reviewOverdue).count(),
				due.stream().mapToInt(Timescales::overdueActions).sum(),
				(int) due.stream().filter(Timescales::anythingOverdue).count(),
				(int) episodes.stream().filter(OpenEpisodeFigures::awaitingAllocation).count());
	}

	private static int count(Map<EpisodeStatus, Long> byStatus, EpisodeStatus status) {
		return byStatus.getOrDefault(status, 0L).intValue();
	}

	/** The open families each of these practitioners leads, most urgent first, as the caller may see them. */
	private Map<UUID, List<CaseloadEntry>> familiesOf(Caller caller, List<UUID> workerIds) {
		List<Episode> led = this.episodes.openLedBy(caller, workerIds);
		Map<UUID, UUID> leadOf = this.teams.ofEpisodes(led.stream().map(Episode::id).toList())
			.stream()
			.filter(member -> member.isLead() && member.leftOn() == null && member.practitionerId() != null)
			.collect(Collectors.toMap(TeamMember::episodeId, TeamMember::practitionerId, (one, other) -> one));
		Map<String, CaseloadEntry> entries = this.episodes.entries(led)
			.stream()
			.collect(Collectors.toMap(CaseloadEntry::episodeId, Function.identity()));
		Map<UUID, List<CaseloadEntry>> byWorker = new LinkedHashMap<>();
		for (Episode episode : led) {
			UUID lead = leadOf.get(episode.id());
			if (lead != null) {
				byWorker.computeIfAbsent(lead, key -> new ArrayList<>()).add(entries.get(episode.id().toString()));
			}
		}
		return byWorker;
	}

	private static Map<UUID, TimescaleCompliance> byLead(List<LeadCompliance> compliance) {
		return compliance.stream()
			.filter(lead -> lead.leadPractitionerId() != null)
			.collect(Collectors.toMap(lead -> Objects.requireNonNull(lead.leadPractitionerId()),
					LeadCompliance::compliance, TimescaleCompliance::plus));
	}

	/** Practitioners under one manager (managerId null: those with none). */
	private record Group(@Nullable String managerId, String managerName, List<Practitioner> workers) {
	}

	private record Scope(OversightScope kind, @Nullable Group group) {

		@Override
		public Group group() {
			return Objects.requireNonNull(this.group);
		}

	}

}

import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { useAuth } from 'Frontend/auth.js';
import { CaseCard } from 'Frontend/components/caseload/CaseCard.js';
import { InfoIcon } from 'Frontend/components/icons.js';
import { BarChart } from 'Frontend/components/oversight/BarChart.js';
import { ComplianceSection } from 'Frontend/components/oversight/ComplianceSection.js';
import { CouldNotLoad, Loading } from 'Frontend/components/status.js';
import { OversightEndpoint } from 'Frontend/generated/endpoints.js';
import type CaseloadEntry from 'Frontend/generated/org/hearth/episode/CaseloadEntry.js';
import type Oversight from 'Frontend/generated/org/hearth/oversight/Oversight.js';
import type Figures from 'Frontend/generated/org/hearth/oversight/Oversight/Figures.js';
import type Team from 'Frontend/generated/org/hearth/oversight/Oversight/Team.js';
import type Worker from 'Frontend/generated/org/hearth/oversight/Oversight/Worker.js';
import OversightScope from 'Frontend/generated/org/hearth/oversight/OversightScope.js';

export const config: ViewConfig = {
  title: 'Oversight',
  loginRequired: true,
};

/**
 * Oversight of the work: a manager's team (each worker's open families by stage, what is overdue, and the families
 * themselves when opened), or for the Early Help team the whole service team by team, opening one team with `?manager=<id>`;
 * and how well timescales were kept over a chosen period. Charts for a glance, each with its table.
 */
export default function OversightView() {
  const { state } = useAuth();
  const roles = state.user?.roles ?? [];
  const earlyHelpTeam = roles.includes('EARLY_HELP_TEAM');
  const manager = roles.includes('MANAGER');
  const [params] = useSearchParams();
  const managerId = earlyHelpTeam ? (params.get('manager') ?? undefined) : undefined;
  const [oversight, setOversight] = useState<Oversight>();
  const [failed, setFailed] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const allowed = earlyHelpTeam || manager;

  useEffect(() => {
    if (!allowed) {
      return undefined;
    }
    let current = true;
    setFailed(undefined);
    setOversight(undefined);
    (managerId ? OversightEndpoint.teamOversight(managerId) : OversightEndpoint.oversight()).then(
      (found) => current && setOversight(found),
      (error: unknown) => current && setFailed(error instanceof Error ? error.message : 'unknown'),
    );
    return () => {
      current = false;
    };
  }, [allowed, managerId, attempt]);

  const team = oversight?.scope === OversightScope.TEAM ? oversight.teams[0] : undefined;
  const heading = !allowed
    ? 'My team'
    : oversight?.scope === OversightScope.SERVICE || (earlyHelpTeam && !managerId)
      ? 'All teams'
      : earlyHelpTeam && team
        ? `${team.managerName}'s team`
        : 'My team';

  return (
    <section className="team-caseload" aria-labelledby="team-heading">
      <div className="page-heading">
        {earlyHelpTeam && managerId && (
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link to="/team">‹ All teams</Link>
          </nav>
        )}
        <h1 id="team-heading">{heading}</h1>
      </div>
      {!allowed ? (
        <div className="message message-info">
          <InfoIcon />
          <p>This page is for managers and the Early Help team: it shows the caseloads of the people they oversee.</p>
        </div>
      ) : failed ? (
        <CouldNotLoad onRetry={() => setAttempt((n) => n + 1)}>
          <strong>The figures could not be loaded.</strong>{' '}
          {failed.startsWith('You may not') ? failed : 'Check your connection and try again.'}
        </CouldNotLoad>
      ) : !oversight ? (
        <Loading what="Loading the figures" />
      ) : oversight.scope === OversightScope.SERVICE ? (
        <ServiceView oversight={oversight} />
      ) : team && team.workers.length === 0 ? (
        <div className="message message-info">
          <InfoIcon />
          <p>Nobody is recorded as managed {earlyHelpTeam ? `by ${team.managerName}` : 'by you'}.</p>
        </div>
      ) : (
        team && <TeamView team={team} managerId={managerId} />
      )}
    </section>
  );
}

/** The headline figures, as a list of labelled numbers. */
function Headline({ figures, withoutLead }: { figures: Figures; withoutLead?: number }) {
  const items: [string, number, boolean][] = [
    ['Open families', figures.openEpisodes, false],
    ['With something overdue', figures.withSomethingOverdue, figures.withSomethingOverdue > 0],
    ['Waiting to be allocated', figures.awaitingAllocation, figures.awaitingAllocation > 0],
  ];
  if (withoutLead !== undefined) {
    items.push(['With nobody leading', withoutLead, withoutLead > 0]);
  }
  return (
    <dl className="oversight-headline">
      {items.map(([label, value, alert]) => (
        <div key={label} className={alert ? 'is-overdue' : undefined}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Open families by stage and what is overdue, per row (a worker or a team), as a chart and its table. */
function FiguresChartAndTable({
  id,
  rows,
  rowHeader,
  caption,
}: {
  id: string;
  rows: { key: string; name: string; link?: string; figures: Figures }[];
  rowHeader: string;
  caption: string;
}) {
  const tableId = `${id}-table`;
  return (
    <>
      <BarChart
        title={`Open families by stage, per ${rowHeader.toLowerCase()}`}
        labels={rows.map((row) => row.name)}
        stacked
        describedBy={tableId}
        series={[
          { label: 'Asked for', values: rows.map((row) => row.figures.requested) },
          { label: 'Assessing', values: rows.map((row) => row.figures.assessing) },
          { label: 'Planning', values: rows.map((row) => row.figures.planning) },
          { label: 'Plan under way', values: rows.map((row) => row.figures.active) },
        ]}
      />
      <div className="table-scroll">
        <table className="team-table" id={tableId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              <th scope="col">Open families</th>
              <th scope="col">Asked for</th>
              <th scope="col">Assessing</th>
              <th scope="col">Planning</th>
              <th scope="col">Plan under way</th>
              <th scope="col">Assessments overdue</th>
              <th scope="col">First meetings overdue</th>
              <th scope="col">Reviews overdue</th>
              <th scope="col">Actions overdue</th>
              <th scope="col">Waiting to be allocated</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.link?.startsWith('#') ? (
                    <a href={row.link}>{row.name}</a>
                  ) : row.link ? (
                    <Link to={row.link}>{row.name}</Link>
                  ) : (
                    row.name
                  )}
                </th>
                <td>{row.figures.openEpisodes}</td>
                <td>{row.figures.requested}</td>
                <td>{row.figures.assessing}</td>
                <td>{row.figures.planning}</td>
                <td>{row.figures.active}</td>
                <Count value={row.figures.overdueAssessments} />
                <Count value={row.figures.overdueInitialMeetings} />
                <Count value={row.figures.overdueReviews} />
                <Count value={row.figures.overdueActions} />
                <Count value={row.figures.awaitingAllocation} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Count({ value }: { value: number }) {
  return <td className={value > 0 ? 'is-overdue' : undefined}>{value}</td>;
}

/** The Early Help team's whole service: each team in counts, opening a team by its manager. */
function ServiceView({ oversight }: { oversight: Oversight }) {
  const teamName = (team: Team) => (team.managerId ? `${team.managerName}'s team` : team.managerName);
  return (
    <>
      <p className="page-summary">Every open family in the service, by the team of the practitioner who leads it, today.</p>
      <Headline figures={oversight.totals} withoutLead={oversight.withoutLead} />
      <FiguresChartAndTable
        id="service"
        rowHeader="Team"
        caption="Open families and what is overdue, per team"
        rows={oversight.teams.map((team) => ({
          key: team.managerId ?? 'none',
          name: teamName(team),
          link: team.managerId ? `/team?manager=${team.managerId}` : undefined,
          figures: team.totals,
        }))}
      />
      <ComplianceSection managerId={undefined} rowHeader="Team" />
    </>
  );
}

/** One team: each worker's figures, the families behind them, and compliance. */
function TeamView({ team, managerId }: { team: Team; managerId?: string }) {
  return (
    <>
      <Headline figures={team.totals} />
      <FiguresChartAndTable
        id="team"
        rowHeader="Worker"
        caption="Open families and what is overdue, per worker"
        rows={team.workers.map((worker) => ({
          key: worker.practitionerId,
          name: worker.name,
          link: `#worker-${worker.practitionerId}`,
          figures: worker.figures,
        }))}
      />
      <ComplianceSection managerId={managerId} rowHeader="Worker" />
      {team.workers.map((worker) => (
        <WorkerSection key={worker.practitionerId} worker={worker} />
      ))}
    </>
  );
}

/**
 * A worker's open families, read when the manager opens them: a whole team's families at once would make the
 * figures slow to come.
 */
function WorkerSection({ worker }: { worker: Worker }) {
  const headingId = `worker-${worker.practitionerId}`;
  const listId = `worker-families-${worker.practitionerId}`;
  const [open, setOpen] = useState(false);
  const [families, setFamilies] = useState<CaseloadEntry[]>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const count = worker.figures.openEpisodes;

  useEffect(() => {
    if (!open || families) {
      return undefined;
    }
    let current = true;
    setFailed(false);
    OversightEndpoint.workerFamilies(worker.practitionerId).then(
      (found) => current && setFamilies(found),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [open, families, worker.practitionerId, attempt]);

  return (
    <section className="caseload-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {worker.name}
        {worker.jobTitle && <span className="worker-title"> · {worker.jobTitle}</span>}
      </h2>
      {count === 0 ? (
        <p className="page-summary">No open families led by {worker.name}.</p>
      ) : (
        <>
          <Button
            className="worker-families-toggle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((was) => !was)}
          >
            {open ? `Hide ${worker.name}’s families` : `Show ${worker.name}’s ${count} ${count === 1 ? 'family' : 'families'}`}
          </Button>
          <div id={listId} hidden={!open}>
            {open &&
              (failed ? (
                <CouldNotLoad onRetry={() => setAttempt((n) => n + 1)}>
                  <strong>The families could not be loaded.</strong> Check your connection and try again.
                </CouldNotLoad>
              ) : !families ? (
                <Loading what={`Loading ${worker.name}’s families`} />
              ) : (
                <ul className="caseload-list">
                  {families.map((entry) => (
                    <li key={entry.episodeId}>
                      <CaseCard entry={entry} />
                    </li>
                  ))}
                </ul>
              ))}
          </div>
        </>
      )}
    </section>
  );
}

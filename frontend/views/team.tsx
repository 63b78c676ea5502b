import { useEffect, useState } from 'react';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { useAuth } from 'Frontend/auth.js';
import { CaseCard } from 'Frontend/components/caseload/CaseCard.js';
import { InfoIcon } from 'Frontend/components/icons.js';
import { CouldNotLoad, Loading } from 'Frontend/components/status.js';
import { OversightEndpoint } from 'Frontend/generated/endpoints.js';
import type TeamCaseload from 'Frontend/generated/org/hearth/oversight/TeamCaseload.js';
import type Worker from 'Frontend/generated/org/hearth/oversight/TeamCaseload/Worker.js';

export const config: ViewConfig = {
  title: 'My team',
  loginRequired: true,
};

/** For a manager: each worker they manage, the open families they lead, and what is overdue, most urgent first. */
export default function TeamView() {
  const { state } = useAuth();
  const manager = state.user?.roles.includes('MANAGER') ?? false;
  const [team, setTeam] = useState<TeamCaseload>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!manager) {
      return undefined;
    }
    let current = true;
    setFailed(false);
    OversightEndpoint.teamCaseload().then(
      (found) => current && setTeam(found),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [manager, attempt]);

  return (
    <section className="team-caseload" aria-labelledby="team-heading">
      <div className="page-heading">
        <h1 id="team-heading">My team</h1>
      </div>
      {!manager ? (
        <div className="message message-info">
          <InfoIcon />
          <p>This page is for managers: it shows the caseloads of the people they manage.</p>
        </div>
      ) : failed ? (
        <CouldNotLoad onRetry={() => setAttempt((n) => n + 1)}>
          <strong>Your team's caseload could not be loaded.</strong> Check your connection and try again.
        </CouldNotLoad>
      ) : !team ? (
        <Loading what="Loading your team" />
      ) : team.workers.length === 0 ? (
        <div className="message message-info">
          <InfoIcon />
          <p>Nobody is recorded as managed by you.</p>
        </div>
      ) : (
        <>
          <TeamSummary workers={team.workers} />
          {team.workers.map((worker) => (
            <WorkerSection key={worker.practitionerId} worker={worker} />
          ))}
        </>
      )}
    </section>
  );
}

/** The figures per worker, as a table a screen reader can walk. */
function TeamSummary({ workers }: { workers: Worker[] }) {
  return (
    <table className="team-table">
      <caption>Open families and what is overdue, per worker</caption>
      <thead>
        <tr>
          <th scope="col">Worker</th>
          <th scope="col">Open families</th>
          <th scope="col">Assessments overdue</th>
          <th scope="col">First meetings overdue</th>
          <th scope="col">Reviews overdue</th>
          <th scope="col">Actions overdue</th>
        </tr>
      </thead>
      <tbody>
        {workers.map((worker) => (
          <tr key={worker.practitionerId}>
            <th scope="row">
              <a href={`#worker-${worker.practitionerId}`}>{worker.name}</a>
            </th>
            <td>{worker.openFamilies}</td>
            <Count value={worker.overdueAssessments} />
            <Count value={worker.overdueInitialMeetings} />
            <Count value={worker.overdueReviews} />
            <Count value={worker.overdueActions} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Count({ value }: { value: number }) {
  return <td className={value > 0 ? 'is-overdue' : undefined}>{value}</td>;
}

function WorkerSection({ worker }: { worker: Worker }) {
  const headingId = `worker-${worker.practitionerId}`;
  return (
    <section className="caseload-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {worker.name}
        {worker.jobTitle && <span className="worker-title"> · {worker.jobTitle}</span>}
      </h2>
      {worker.families.length === 0 ? (
        <p className="page-summary">No open families led by {worker.name}.</p>
      ) : (
        <ul className="caseload-list">
          {worker.families.map((entry) => (
            <li key={entry.episodeId}>
              <CaseCard entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

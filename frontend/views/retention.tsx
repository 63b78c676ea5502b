import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { useAuth } from 'Frontend/auth.js';
import { momentInWords } from 'Frontend/components/family/words.js';
import { InfoIcon } from 'Frontend/components/icons.js';
import { DeliveryFailures } from 'Frontend/components/delivery/DeliveryFailures.js';
import { HoldReasonForm } from 'Frontend/components/retention/HoldReasonForm.js';
import { CouldNotLoad, Loading } from 'Frontend/components/status.js';
import { RetentionEndpoint } from 'Frontend/generated/endpoints.js';
import type HeldFamily from 'Frontend/generated/org/hearth/retention/HeldFamily.js';
import type RetentionOverview from 'Frontend/generated/org/hearth/retention/RetentionOverview.js';
import type RetentionPolicy from 'Frontend/generated/org/hearth/retention/RetentionPolicy.js';

export const config: ViewConfig = {
  title: 'Records and retention',
  loginRequired: true,
};

/** "30 Nov 2026" for a day (yyyy-mm-dd). */
function dayInWords(day: string | undefined): string {
  if (!day) {
    return '—';
  }
  return new Date(`${day}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * When the job runs next, in words, for the usual schedule "second minute hour * * *" (every night); any other
 * schedule is shown as it is set.
 */
export function nextRunInWords(policy: RetentionPolicy, now = new Date()): string {
  if (!policy.scheduled) {
    return 'the job is not scheduled on this server, so nothing is anonymised until it is.';
  }
  const schedule = policy.schedule ?? '';
  const daily = /^(\d{1,2}) (\d{1,2}) (\d{1,2}) \* \* \*$/.exec(schedule.trim());
  if (!daily) {
    return `the job runs on the schedule “${schedule}”.`;
  }
  const next = new Date(now);
  next.setHours(Number(daily[3]), Number(daily[2]), Number(daily[1]), 0);
  if (next <= now) {
    next.setDate(next.getDate() + 1);
  }
  const time = next.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const day = next.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
  return `next run ${day} at ${time} (every night).`;
}

/**
 * The Early Help team's view of retention: the policy in words, what the latest runs of the nightly job did, and the
 * families kept under a legal hold, each with a way to release it.
 */
export default function RetentionView() {
  const { state } = useAuth();
  const allowed = state.user?.roles.includes('EARLY_HELP_TEAM') ?? false;
  const [overview, setOverview] = useState<RetentionOverview>();
  const [failed, setFailed] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [releasing, setReleasing] = useState<string>();
  const [released, setReleased] = useState<string>();

  useEffect(() => {
    if (!allowed) {
      return undefined;
    }
    let current = true;
    setFailed(undefined);
    RetentionEndpoint.overview().then(
      (found) => current && setOverview(found),
      (error: unknown) => current && setFailed(error instanceof Error ? error.message : 'unknown'),
    );
    return () => {
      current = false;
    };
  }, [allowed, attempt]);

  return (
    <section className="retention" aria-labelledby="retention-heading">
      <div className="page-heading">
        <h1 id="retention-heading">Records and retention</h1>
      </div>
      {!allowed ? (
        <div className="message message-info">
          <InfoIcon />
          <p>Only the Early Help team can see this.</p>
        </div>
      ) : failed ? (
        <CouldNotLoad onRetry={() => setAttempt((n) => n + 1)}>
          Hearth could not show the records and retention just now ({failed}).
        </CouldNotLoad>
      ) : !overview ? (
        <Loading what="Reading the retention policy" />
      ) : (
        <>
          <section className="retention-policy" aria-labelledby="policy-heading">
            <h2 id="policy-heading">The policy</h2>
            <p>
              Records are kept for {overview.policy.yearsAfterClosure} years after a family’s last episode closes, then
              anonymised; {nextRunInWords(overview.policy)}
            </p>
            <p>
              Today that means families whose last episode closed before {dayInWords(overview.policy.cutOff)}, with no
              episode open and no legal hold. Anonymising removes names, dates of birth, addresses, contact details and
              everything written about people, in the audit trail too; dates, statuses, levels of need and outcomes stay
              for reporting.
            </p>
          </section>

          <section aria-labelledby="runs-heading">
            <h2 id="runs-heading">Latest runs</h2>
            <div className="table-scroll">
              <table className="retention-table">
                <caption className="visually-hidden">The latest runs of the retention job, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Closed before</th>
                    <th scope="col">Anonymised</th>
                    <th scope="col">Kept: episode open</th>
                    <th scope="col">Kept: legal hold</th>
                    <th scope="col">Failed</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.latestRuns.length === 0 && (
                    <tr>
                      <td colSpan={6} className="retention-none">
                        The job has not run yet.
                      </td>
                    </tr>
                  )}
                  {overview.latestRuns.map((run) => (
                    <tr key={run.id}>
                      <th scope="row">{momentInWords(run.startedAt)}</th>
                      <td>{dayInWords(run.cutOff)}</td>
                      <td>{run.anonymised}</td>
                      <td>{run.skippedOpenEpisode}</td>
                      <td>{run.skippedLegalHold}</td>
                      <td className={run.failed > 0 ? 'retention-failed' : undefined}>{run.failed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="holds-heading">
            <h2 id="holds-heading">Families under a legal hold</h2>
            {released && (
              <p className="message message-info" role="status">
                The legal hold on {released} is released.
              </p>
            )}
            {overview.held.length === 0 ? (
              <p>No family is under a legal hold.</p>
            ) : (
              <ul className="hold-list">
                {overview.held.map((hold) => (
                  <HeldFamilyItem
                    key={hold.familyId}
                    hold={hold}
                    releasing={releasing === hold.familyId}
                    onRelease={() => setReleasing(hold.familyId)}
                    onCancel={() => setReleasing(undefined)}
                    onReleased={() => {
                      setReleasing(undefined);
                      setReleased(hold.familyReference);
                      setOverview({ ...overview, held: overview.held.filter((h) => h.familyId !== hold.familyId) });
                    }}
                  />
                ))}
              </ul>
            )}
          </section>

          <DeliveryFailures />
        </>
      )}
    </section>
  );
}

function HeldFamilyItem({
  hold,
  releasing,
  onRelease,
  onCancel,
  onReleased,
}: {
  hold: HeldFamily;
  releasing: boolean;
  onRelease: () => void;
  onCancel: () => void;
  onReleased: () => void;
}) {
  return (
    <li className="hold-item" aria-label={`Family ${hold.familyReference}`}>
      <div className="hold-item-text">
        <p className="hold-item-family">
          {hold.latestEpisodeId ? (
            <Link to={`/families/${hold.latestEpisodeId}`}>{hold.familyReference}</Link>
          ) : (
            hold.familyReference
          )}
        </p>
        <p>{hold.reason}</p>
        <p className="hold-item-who">
          Set by {hold.setByName} on {momentInWords(hold.setAt)}
        </p>
      </div>
      {releasing ? (
        <HoldReasonForm
          label="Why need the records not be kept any more?"
          helper="Kept in the family's audit trail."
          sendLabel={`Release the hold on ${hold.familyReference}`}
          send={(reason, requestId) =>
            RetentionEndpoint.releaseLegalHold({ familyId: hold.familyId, reason, requestId })
          }
          onDone={onReleased}
          onCancel={onCancel}
        />
      ) : (
        <Button onClick={onRelease} aria-label={`Release the legal hold on ${hold.familyReference}`}>
          Release
        </Button>
      )}
    </li>
  );
}

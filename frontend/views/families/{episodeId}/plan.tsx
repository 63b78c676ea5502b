import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type OutcomeRecord from 'Frontend/generated/org/hearth/casefile/CaseFile/OutcomeRecord.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import { canSeeCaseload, useAuth } from 'Frontend/auth.js';
import { dayInWords, statusInWords } from 'Frontend/components/caseload/format.js';
import { ACTION_STATUS_WORDS } from 'Frontend/components/family/words.js';
import { InfoIcon } from 'Frontend/components/icons.js';
import { ActionForm } from 'Frontend/components/plan/ActionForm.js';
import { OutcomeForm } from 'Frontend/components/plan/OutcomeForm.js';
import { useCaseFile, useChanges } from 'Frontend/device/hooks.js';

export const config: ViewConfig = {
  title: 'Plan',
  loginRequired: true,
};

/** The plan builder: the plan so far, a new SMART outcome, and actions for each outcome. */
export default function PlanView() {
  const { episodeId = '' } = useParams();
  const { state: auth } = useAuth();
  const { file, kept, freshness } = useCaseFile(episodeId);

  if (!canSeeCaseload(auth.user?.roles)) {
    return <Missing episodeId={episodeId} />;
  }
  if (!file) {
    if (!kept || freshness === 'reading') {
      return (
        <div className="loading" role="status">
          <p>Opening the plan…</p>
          <ProgressBar indeterminate aria-label="Opening the plan" />
        </div>
      );
    }
    return <Missing episodeId={episodeId} />;
  }
  const open = file.status === EpisodeStatus.PLANNING || file.status === EpisodeStatus.ACTIVE;
  return (
    <article className="plan-builder" aria-labelledby="plan-builder-heading">
      <nav className="breadcrumbs" aria-label="Back">
        <Link to={`/families/${episodeId}`}>Back to the family</Link>
      </nav>
      <div className="page-heading">
        <h1 id="plan-builder-heading">Agree the plan</h1>
        <p className="page-summary">
          Family {file.familyReference} · {statusInWords(file.status)}
        </p>
      </div>
      {!open && (
        <div className="message message-info">
          <InfoIcon />
          <p>
            {file.status === EpisodeStatus.REQUESTED || file.status === EpisodeStatus.ASSESSING
              ? 'Outcomes are added once the assessment is complete.'
              : 'This plan is closed: nothing more can be added.'}
          </p>
        </div>
      )}
      <div className="plan-columns">
        <section className="family-section" aria-labelledby="plan-so-far-heading">
          <h2 id="plan-so-far-heading">The plan so far</h2>
          {file.outcomes.length === 0 ? (
            <p>No outcomes yet.</p>
          ) : (
            <ol className="plan-outcomes">
              {file.outcomes.map((outcome) => (
                <PlanOutcome key={outcome.outcomeId} file={file} outcome={outcome} open={open} />
              ))}
            </ol>
          )}
        </section>
        {open && (
          <section className="family-section" aria-labelledby="new-outcome-heading">
            <h2 id="new-outcome-heading">Add an outcome</h2>
            <p className="section-hint">An outcome says what will be better for the family, and how everyone will know.</p>
            <OutcomeForm file={file} />
          </section>
        )}
      </div>
    </article>
  );
}

function PlanOutcome({ file, outcome, open }: { file: CaseFile; outcome: OutcomeRecord; open: boolean }) {
  const [adding, setAdding] = useState(false);
  const [queued, setQueued] = useState(false);
  const changes = useChanges();
  const waiting = new Set(changes.filter((change) => change.episodeId === file.episodeId).map((change) => String(change.input.id)));
  const person = file.members.find((member) => member.personId === outcome.forPersonId);
  const headingId = `outcome-${outcome.outcomeId}`;
  return (
    <li className="plan-outcome">
      <h3 className="outcome-title" id={headingId}>
        {outcome.description}
      </h3>
      <p className="outcome-facts">
        For {person ? person.givenName : 'the whole family'} <span className="tag">{outcome.needArea}</span> · by{' '}
        {dayInWords(outcome.targetDate)}
        {waiting.has(outcome.outcomeId) && <span className="waiting-text"> · waiting to send</span>}
      </p>
      <p className="outcome-measure">
        <strong>How we will know:</strong> {outcome.measure}
      </p>
      {outcome.actions.length === 0 ? (
        <p className="plan-no-actions">No actions yet.</p>
      ) : (
        <ul className="plan-actions" aria-label={`Actions for: ${outcome.description}`}>
          {outcome.actions.map((action) => (
            <li key={action.actionId}>
              <span className="plan-action-what">{action.description}</span>
              <span className="plan-action-facts">
                {action.ownerName} · due {dayInWords(action.dueDate)} · {ACTION_STATUS_WORDS[action.status]}
                {waiting.has(action.actionId) && <span className="waiting-text"> · waiting to send</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {queued && <p className="form-status">Action added on this tablet: it is sent when there is signal.</p>}
      {open &&
        (adding ? (
          <ActionForm
            file={file}
            outcome={outcome}
            onDone={(wasQueued) => {
              setAdding(false);
              setQueued(wasQueued);
            }}
          />
        ) : (
          <Button onClick={() => setAdding(true)} aria-describedby={headingId}>
            Add an action
          </Button>
        ))}
    </li>
  );
}

function Missing({ episodeId }: { episodeId: string }) {
  return (
    <div className="message message-info">
      <InfoIcon />
      <p>
        This family is not one you can see, or not kept on this tablet without signal.{' '}
        <Link to={episodeId ? `/families/${episodeId}` : '/'}>Back</Link>
      </p>
    </div>
  );
}

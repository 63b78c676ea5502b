import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { Link } from 'react-router';
import { momentInWords } from 'Frontend/components/family/words.js';
import { InfoIcon, WarningIcon } from 'Frontend/components/icons.js';
import { kindOf } from 'Frontend/device/changes.js';
import { useChanges, useConnection } from 'Frontend/device/hooks.js';
import type { Change } from 'Frontend/device/store.js';
import { discard, keepMine, keepTheirs, sendWaiting } from 'Frontend/device/sync.js';

export const config: ViewConfig = {
  title: 'Changes on this tablet',
  loginRequired: true,
};

/**
 * The changes made on this tablet that the server does not have yet: waiting for signal, refused by a rule, or in
 * conflict with someone else's change to the same field, shown side by side for the worker to choose.
 */
export default function ChangesView() {
  const changes = useChanges();
  const connection = useConnection();
  const decide = changes.filter((change) => change.state !== 'waiting');
  const waiting = changes.filter((change) => change.state === 'waiting');
  return (
    <section className="changes" aria-labelledby="changes-heading">
      <nav className="breadcrumbs" aria-label="Back">
        <Link to="/">My caseload</Link>
      </nav>
      <div className="page-heading">
        <h1 id="changes-heading">Changes on this tablet</h1>
      </div>
      {connection === 'signed-out' && waiting.length > 0 && (
        <div className="message message-error" role="alert">
          <WarningIcon />
          <div>
            <p>
              <strong>Your session has ended.</strong> Your changes are safe on this tablet.
            </p>
            <p>
              <a href="/login">Sign in again</a> and they will be sent.
            </p>
          </div>
        </div>
      )}
      {changes.length === 0 && (
        <div className="message message-info">
          <InfoIcon />
          <p>Everything you changed has reached Hearth.</p>
        </div>
      )}
      {decide.length > 0 && (
        <section aria-labelledby="decide-heading">
          <h2 id="decide-heading">Needs your decision ({decide.length})</h2>
          <ul className="change-list">
            {decide.map((change) => (
              <li key={change.seq} className="change is-attention">
                <ChangeToDecide change={change} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {waiting.length > 0 && (
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">Waiting to be sent ({waiting.length})</h2>
          <p>They are sent in this order as soon as there is signal.</p>
          <ol className="change-list">
            {waiting.map((change) => (
              <li key={change.seq} className="change">
                <p className="change-summary">{change.summary}</p>
                <p className="change-facts">Made {momentInWords(change.madeAt)}</p>
              </li>
            ))}
          </ol>
          {connection !== 'signed-out' && <Button onClick={() => void sendWaiting()}>Try sending now</Button>}
        </section>
      )}
    </section>
  );
}

const FIELD_WORDS: Record<string, string> = {
  status: 'Status',
  description: 'What will be done',
  dueDate: 'Due by',
};

function ChangeToDecide({ change }: { change: Change }) {
  const conflicts = (change.errors ?? []).filter((error) => error.code === 'CONFLICT');
  const summaryId = `change-${change.seq}`;
  if (conflicts.length === 0) {
    return (
      <>
        <p className="change-summary" id={summaryId}>
          {change.summary}
        </p>
        <p className="change-facts">Made {momentInWords(change.madeAt)}. Hearth did not accept it:</p>
        <ul>
          {(change.errors ?? []).map((error, index) => (
            <li key={index}>{error.message}</li>
          ))}
        </ul>
        <Button onClick={() => void discard(change)} aria-describedby={summaryId}>
          Discard this change
        </Button>
      </>
    );
  }
  return (
    <>
      <p className="change-summary" id={summaryId}>
        {change.summary}
      </p>
      <p className="change-facts">Someone else changed the same thing while you were making this change. Choose which to keep.</p>
      {conflicts.map((conflict) => {
        const field = conflict.field?.at(-1) ?? '';
        const label = FIELD_WORDS[field] ?? field;
        return (
          <fieldset key={field} className="conflict">
            <legend>{label}</legend>
            <dl className="conflict-values">
              <div>
                <dt>Yours</dt>
                <dd>{kindOf(change.kind).mine?.(change.input, field) ?? '—'}</dd>
              </div>
              <div>
                <dt>
                  {conflict.conflict?.changedBy ?? 'Someone else'}, {momentInWords(conflict.conflict?.changedAt)}
                </dt>
                <dd>{conflict.conflict?.currentValue ?? '—'}</dd>
              </div>
            </dl>
            <div className="form-buttons">
              <Button theme="primary" onClick={() => void keepMine(change, field)}>
                Keep yours
              </Button>
              <Button onClick={() => void keepTheirs(change, field)}>
                Keep {conflict.conflict?.changedBy ? `${conflict.conflict.changedBy}’s` : 'theirs'}
              </Button>
            </div>
          </fieldset>
        );
      })}
    </>
  );
}

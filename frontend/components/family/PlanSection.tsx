import { useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type ActionRecord from 'Frontend/generated/org/hearth/casefile/CaseFile/ActionRecord.js';
import ActionStatus from 'Frontend/generated/org/hearth/plan/ActionStatus.js';
import OutcomeStatus from 'Frontend/generated/org/hearth/plan/OutcomeStatus.js';
import { dayInWords } from 'Frontend/components/caseload/format.js';
import { BRITISH_DATES } from 'Frontend/components/dates.js';
import { useChanges } from 'Frontend/device/hooks.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { errorAt, errorsForForm, record, submit } from 'Frontend/device/sync.js';
import { ACTION_STATUS_WORDS } from './words.js';
import { FormButtons } from 'Frontend/components/FormButtons.js';

const OUTCOME_WORDS: Record<OutcomeStatus, string> = {
  [OutcomeStatus.OPEN]: 'Working on it',
  [OutcomeStatus.ACHIEVED]: 'Achieved',
  [OutcomeStatus.PARTLY_ACHIEVED]: 'Partly achieved',
  [OutcomeStatus.NOT_ACHIEVED]: 'Not achieved',
  [OutcomeStatus.NO_LONGER_NEEDED]: 'No longer needed',
};

/** The plan: each outcome with who does what by when; an action is marked done with one tap, signal or not. */
export function PlanSection({ file }: { file: CaseFile }) {
  const changes = useChanges();
  const waiting = new Set(
    changes.filter((change) => change.episodeId === file.episodeId).map((change) => String(change.input.actionId)),
  );
  return (
    <section className="family-section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Plan</h2>
      {file.outcomes.length === 0 ? (
        <p>No outcomes agreed yet.</p>
      ) : (
        <ol className="outcome-list">
          {file.outcomes.map((outcome) => (
            <li key={outcome.outcomeId} className="outcome">
              <h3 className="outcome-title">{outcome.description}</h3>
              <p className="outcome-facts">
                <span className="tag">{outcome.needArea}</span> {OUTCOME_WORDS[outcome.status]} · by{' '}
                {dayInWords(outcome.targetDate)}
              </p>
              <p className="outcome-measure">
                <span className="visually-hidden">How we will know: </span>
                {outcome.measure}
              </p>
              {outcome.actions.length > 0 && (
                <ul className="action-list" aria-label={`Actions for: ${outcome.description}`}>
                  {outcome.actions.map((action) => (
                    <ActionItem
                      key={action.actionId}
                      episodeId={file.episodeId}
                      action={action}
                      waiting={waiting.has(action.actionId)}
                      open={file.status !== 'CLOSED'}
                    />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ActionItem({
  episodeId,
  action,
  waiting,
  open,
}: {
  episodeId: string;
  action: ActionRecord;
  waiting: boolean;
  open: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const finished = action.status === ActionStatus.DONE || action.status === ActionStatus.CANCELLED;
  const headingId = `action-${action.actionId}`;

  function markDone() {
    void record(
      'updateActionStatus',
      episodeId,
      { actionId: action.actionId, status: ActionStatus.DONE, version: action.version, requestId: crypto.randomUUID() },
      `Mark done: ${action.description}`,
    );
  }

  return (
    <li className={`action${action.overdue ? ' is-overdue' : ''}${finished ? ' is-finished' : ''}`}>
      <div className="action-text">
        <p className="action-description" id={headingId}>
          {action.description}
        </p>
        <p className="action-facts">
          {action.ownerName} · {action.status === ActionStatus.DONE ? `done ${dayInWords(action.completedOn)}` : `due ${dayInWords(action.dueDate)}`}
          {action.overdue && <strong className="overdue-text"> · overdue</strong>}
          {' · '}
          <span className="action-status">{ACTION_STATUS_WORDS[action.status]}</span>
          {waiting && <span className="waiting-text"> · waiting to send</span>}
        </p>
      </div>
      {open && !finished && (
        <div className="action-buttons">
          <Button theme="primary" onClick={markDone} aria-describedby={headingId}>
            Mark done
          </Button>
          <Button onClick={() => setEditing(!editing)} aria-expanded={editing} aria-describedby={headingId}>
            Edit
          </Button>
        </div>
      )}
      {editing && <EditAction episodeId={episodeId} action={action} onDone={() => setEditing(false)} />}
    </li>
  );
}

/** Changing what an action says or when it is due; only the fields changed are sent, so others' edits merge. */
function EditAction({ episodeId, action, onDone }: { episodeId: string; action: ActionRecord; onDone: () => void }) {
  const { values, update, clear } = useDraft(`action:${action.actionId}`, {
    description: action.description,
    dueDate: action.dueDate,
  });
  const [problems, setProblems] = useState<{ description?: string; dueDate?: string; form: string[] }>({ form: [] });

  async function save() {
    const description = String(values.description ?? '').trim();
    if (description === '') {
      setProblems({ description: 'Say what will be done.', form: [] });
      return;
    }
    const changed = {
      description: description !== action.description ? description : undefined,
      dueDate: values.dueDate !== action.dueDate ? String(values.dueDate) : undefined,
    };
    if (changed.description === undefined && changed.dueDate === undefined) {
      await clear();
      onDone();
      return;
    }
    const answer = await submit(
      'updateAction',
      episodeId,
      { actionId: action.actionId, version: action.version, requestId: crypto.randomUUID(), ...changed },
      `Edit action: ${description}`,
    );
    if (answer.state === 'refused') {
      setProblems({
        description: errorAt(answer.errors, 'description'),
        dueDate: errorAt(answer.errors, 'dueDate'),
        form: errorsForForm(answer.errors, ['description', 'dueDate']),
      });
      return;
    }
    await clear();
    onDone();
  }

  return (
    <form
      className="action-edit"
      aria-label={`Edit action: ${action.description}`}
      // Enter in the date field commits the date; saving is the button's, so a half-committed date is never sent.
      onSubmit={(event) => event.preventDefault()}
    >
      {problems.form.length > 0 && (
        <div className="message message-error" role="alert">
          {problems.form.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <TextArea
        label="What will be done"
        value={String(values.description ?? '')}
        errorMessage={problems.description}
        invalid={!!problems.description}
        onValueChanged={(event) => {
          update({ description: event.detail.value });
          setProblems((current) => ({ ...current, description: undefined }));
        }}
      />
      <DatePicker
        label="Due by"
        i18n={BRITISH_DATES}
        helperText="Day/month/year"
        value={String(values.dueDate ?? '')}
        errorMessage={problems.dueDate}
        invalid={!!problems.dueDate}
        onValueChanged={(event) => {
          update({ dueDate: event.detail.value });
          setProblems((current) => ({ ...current, dueDate: undefined }));
        }}
      />
      <FormButtons send="Save" onSend={() => void save()} onCancel={() => { void clear(); onDone(); }} />
    </form>
  );
}

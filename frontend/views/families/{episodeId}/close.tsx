import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { ConfirmDialog } from '@vaadin/react-components/ConfirmDialog.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import ClosureReason from 'Frontend/generated/org/hearth/closure/ClosureReason.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import type UserError from 'Frontend/generated/org/hearth/graphql/UserError.js';
import ActionStatus from 'Frontend/generated/org/hearth/plan/ActionStatus.js';
import OutcomeStatus from 'Frontend/generated/org/hearth/plan/OutcomeStatus.js';
import { dayInWords } from 'Frontend/components/caseload/format.js';
import { FamilyScreen, FormProblems } from 'Frontend/components/family/FamilyScreen.js';
import { CLOSE_REASON_WORDS, CLOSURE_REASON_WORDS, OUTCOME_STATUS_WORDS } from 'Frontend/components/family/stepWords.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { useChanges } from 'Frontend/device/hooks.js';
import { type Submitted, errorAt, errorsForForm, submit } from 'Frontend/device/sync.js';

export const config: ViewConfig = {
  title: 'Close, step up or transfer',
  loginRequired: true,
};

type Way = 'close' | 'stepUp' | 'transferOut';

const WAYS: Record<Way, { words: string; meaning: string }> = {
  close: {
    words: 'Close: the family no longer needs the team',
    meaning: 'Their needs are met, or one service or everyday services can carry on.',
  },
  stepUp: {
    words: 'Step up to children’s social care',
    meaning: 'The worries about a child need social care. Consent does not hold this back.',
  },
  transferOut: {
    words: 'Transfer: the family moved to another council',
    meaning: 'The case goes to the early help service where the family lives now.',
  },
};

/**
 * The end of the episode, behind clear choices: close it with a result for every outcome and where the family can
 * find help; step the family up to children's social care; or transfer the case to the council the family moved to.
 * Each asks to confirm, saying what happens.
 */
export default function CloseView() {
  const { episodeId = '' } = useParams();
  // The device shows the episode closed as soon as the change is kept; while the server is asked, and after it
  // refuses, the form stays, so the reasons are shown on it.
  const [asking, setAsking] = useState(false);
  return (
    <FamilyScreen episodeId={episodeId} title="Close, step up or transfer">
      {(file) =>
        file.status === EpisodeStatus.CLOSED && !asking ? <Closed file={file} /> : <Choose file={file} onAsking={setAsking} />
      }
    </FamilyScreen>
  );
}

type Asking = (asking: boolean) => void;

const ENDINGS = new Set(['closeEpisode', 'stepUp', 'transferOut']);

function Closed({ file }: { file: CaseFile }) {
  const closure = file.closure;
  const waiting = useChanges().some(
    (change) => change.episodeId === file.episodeId && ENDINGS.has(change.kind) && change.state === 'waiting',
  );
  return (
    <section className="family-section" aria-labelledby="closed-heading">
      <h2 id="closed-heading">This episode is closed</h2>
      <p role="status" className="form-status">
        {waiting ? 'Closed on this tablet: it is sent when there is signal, and closes on Hearth then.' : ''}
      </p>
      {closure && (
        <>
          <p>
            Closed on {dayInWords(closure.closedOn)}: {CLOSURE_REASON_WORDS[closure.reason]}.
          </p>
          <p>{closure.summary}</p>
          {closure.signposting.length > 0 && (
            <>
              <h3>Where the family can find help</h3>
              <ul>
                {closure.signposting.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <p>
        <Link to="/">Back to my caseload</Link>
      </p>
    </section>
  );
}

/** What closing does, for the confirmation. */
function whatHappens(file: CaseFile): string {
  const actions = file.outcomes
    .flatMap((outcome) => outcome.actions)
    .filter((action) => action.status !== ActionStatus.DONE && action.status !== ActionStatus.CANCELLED).length;
  const meetings = file.meetings.filter((meeting) => !meeting.heldOn && !meeting.cancelledAt).length;
  const parts = [
    'The episode closes and the family leaves your caseload.',
    actions === 0 ? 'No action is unfinished.' : actions === 1 ? 'The 1 unfinished action is cancelled.' : `The ${actions} unfinished actions are cancelled.`,
    meetings === 0 ? 'No meeting is to come.' : meetings === 1 ? 'The meeting to come is called off.' : `The ${meetings} meetings to come are called off.`,
    'Everyone on the team is told. Nothing is deleted.',
  ];
  return parts.join(' ');
}

function Choose({ file, onAsking }: { file: CaseFile; onAsking: Asking }) {
  const { values, update } = useDraft(`closing-way:${file.episodeId}`, { way: '' });
  const way = String(values.way ?? '') as Way | '';
  return (
    <div className="step-columns">
      <section className="family-section" aria-labelledby="way-heading">
        <h2 id="way-heading">What is happening?</h2>
        <RadioGroup
          label="Choose one"
          theme="vertical"
          className="explained-choices"
          value={way}
          onValueChanged={(event) => event.detail.value !== way && update({ way: event.detail.value })}
        >
          {(Object.keys(WAYS) as Way[]).map((option) => (
            <RadioButton key={option} value={option}>
              <label slot="label">
                <strong>{WAYS[option].words}</strong>
                <span className="choice-meaning">{WAYS[option].meaning}</span>
              </label>
            </RadioButton>
          ))}
        </RadioGroup>
      </section>
      {way === 'close' && <CloseForm file={file} onAsking={onAsking} />}
      {way === 'stepUp' && <StepUpForm file={file} onAsking={onAsking} />}
      {way === 'transferOut' && <TransferForm file={file} onAsking={onAsking} />}
    </div>
  );
}

/** What is wrong, by field; 'form' holds the reasons for the top of the form, one a line. */
type Problems = Record<string, string | undefined>;

/** The form's last step: a confirmation that says what happens, then the change (sent, or kept to send). */
function Confirmed({
  file,
  label,
  opened,
  onCancel,
  onConfirm,
}: {
  file: CaseFile;
  label: string;
  opened: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <ConfirmDialog
      header={`${label}?`}
      opened={opened}
      cancelButtonVisible
      cancelText="Go back"
      confirmText={label}
      confirmTheme="error primary"
      onCancel={onCancel}
      onReject={onCancel}
      onConfirm={onConfirm}
    >
      {whatHappens(file)}
    </ConfirmDialog>
  );
}

function QueuedNote({ state }: { state: Submitted['state'] | undefined }) {
  return (
    <p role="status" className="form-status">
      {state === 'queued' ? 'Kept on this tablet: it is sent when there is signal, and the episode closes then.' : ''}
    </p>
  );
}

function refusal(errors: UserError[], fields: string[]): Problems {
  const problems: Problems = { form: errorsForForm(errors, fields).join('\n') };
  for (const field of fields) {
    problems[field] = errorAt(errors, field);
  }
  return problems;
}

function CloseForm({ file, onAsking }: { file: CaseFile; onAsking: Asking }) {
  const open = file.outcomes.filter((outcome) => outcome.status === OutcomeStatus.OPEN);
  const { values, update, clear } = useDraft(`close:${file.episodeId}`, {
    reason: '',
    summary: '',
    results: {} as Record<string, string>,
    familyFeedback: '',
    childFeedback: '',
    signposting: [] as string[],
    signpost: '',
  });
  const [problems, setProblems] = useState<Problems>({});
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<Submitted['state']>();
  const results = (values.results as Record<string, string> | undefined) ?? {};
  const signposting = (values.signposting as string[] | undefined) ?? [];
  const reason = String(values.reason ?? '') as ClosureReason | '';
  const needsSignposts = reason === ClosureReason.NEEDS_MET || reason === ClosureReason.UNIVERSAL_SERVICES;
  const fields = ['reason', 'summary', 'outcomeResults', 'signposting', 'familyFeedback', 'childFeedback'];

  function change(next: Partial<typeof values>, field: string) {
    update(next);
    setProblems((current) => ({ ...current, [field]: undefined }));
  }

  function addSignpost() {
    const line = String(values.signpost ?? '').trim();
    if (line && !signposting.includes(line)) {
      update({ signposting: [...signposting, line], signpost: '' });
      setProblems((current) => ({ ...current, signposting: undefined }));
    }
  }

  function check() {
    const found: Problems = {
      reason: reason ? undefined : 'Choose why the episode closes.',
      summary: String(values.summary ?? '').trim() ? undefined : 'Write a closing summary: what changed, and why it ends.',
      outcomeResults: open.every((outcome) => results[outcome.outcomeId]) ? undefined : 'Give a result for every outcome still open.',
      signposting: needsSignposts && signposting.length === 0 ? 'Add at least one place the family can find help from now on.' : undefined,
    };
    setProblems(found);
    if (!Object.values(found).some(Boolean)) {
      setConfirming(true);
    }
  }

  async function close() {
    setConfirming(false);
    onAsking(true);
    const answer = await submit(
      'closeEpisode',
      file.episodeId,
      {
        episodeId: file.episodeId,
        reason: reason as ClosureReason,
        summary: String(values.summary ?? '').trim(),
        outcomeResults: open.map((outcome) => ({ outcomeId: outcome.outcomeId, status: results[outcome.outcomeId] as OutcomeStatus })),
        familyFeedback: String(values.familyFeedback ?? '').trim() || undefined,
        childFeedback: String(values.childFeedback ?? '').trim() || undefined,
        signposting,
        requestId: crypto.randomUUID(),
      },
      `Close the episode: ${CLOSURE_REASON_WORDS[reason as ClosureReason]}`,
    );
    if (answer.state === 'refused') {
      setProblems(refusal(answer.errors, fields));
      // The form stays (asking) until the device's copy is open again, so the reasons are shown on it.
      return;
    }
    onAsking(false);
    await clear();
    setState(answer.state);
  }

  return (
    <section className="family-section" aria-labelledby="close-heading">
      <h2 id="close-heading">Close the episode</h2>
      <form className="step-form" aria-label="Close the episode" onSubmit={(event) => event.preventDefault()}>
        <FormProblems problems={(problems.form ?? '').split('\n').filter(Boolean)} />
        <RadioGroup
          label="Why does it close?"
          theme="vertical"
          className="explained-choices"
          value={reason}
          errorMessage={problems.reason}
          invalid={!!problems.reason}
          onValueChanged={(event) => event.detail.value !== reason && change({ reason: event.detail.value }, 'reason')}
        >
          {Object.entries(CLOSE_REASON_WORDS).map(([option, words]) => (
            <RadioButton key={option} value={option}>
              <label slot="label">
                <strong>{words.words}</strong>
                <span className="choice-meaning">{words.meaning}</span>
              </label>
            </RadioButton>
          ))}
        </RadioGroup>
        <TextArea
          label="Closing summary"
          helperText="What changed for the family, and why the work ends now."
          value={String(values.summary ?? '')}
          errorMessage={problems.summary}
          invalid={!!problems.summary}
          onValueChanged={(event) => change({ summary: event.detail.value }, 'summary')}
        />
        {open.length > 0 && (
          <fieldset className={`outcome-statuses${problems.outcomeResults ? ' is-invalid' : ''}`}>
            <legend>A result for each outcome</legend>
            {open.map((outcome) => {
              const missing = !!problems.outcomeResults && !results[outcome.outcomeId];
              return (
                <Select
                  key={outcome.outcomeId}
                  label={outcome.description}
                  placeholder="Choose a result"
                  items={Object.values(OutcomeStatus)
                    .filter((status) => status !== OutcomeStatus.OPEN)
                    .map((status) => ({ label: OUTCOME_STATUS_WORDS[status], value: status }))}
                  value={results[outcome.outcomeId] ?? ''}
                  invalid={missing}
                  errorMessage={missing ? problems.outcomeResults : undefined}
                  onValueChanged={(event) =>
                    event.detail.value !== (results[outcome.outcomeId] ?? '') &&
                    change({ results: { ...results, [outcome.outcomeId]: event.detail.value } }, 'outcomeResults')
                  }
                />
              );
            })}
            {problems.outcomeResults && open.every((outcome) => results[outcome.outcomeId]) && (
              <p className="field-error">{problems.outcomeResults}</p>
            )}
          </fieldset>
        )}
        <TextArea
          label="What the family says about the help (optional)"
          value={String(values.familyFeedback ?? '')}
          onValueChanged={(event) => change({ familyFeedback: event.detail.value }, 'familyFeedback')}
        />
        <TextArea
          label="What the child says about the help (optional)"
          value={String(values.childFeedback ?? '')}
          onValueChanged={(event) => change({ childFeedback: event.detail.value }, 'childFeedback')}
        />
        <fieldset className={`signposting${problems.signposting ? ' is-invalid' : ''}`}>
          <legend>Where the family can find help from now on{needsSignposts ? '' : ' (optional)'}</legend>
          {signposting.length > 0 && (
            <ul className="signpost-list" aria-label="Where the family can find help">
              {signposting.map((line) => (
                <li key={line}>
                  <span>{line}</span>
                  <Button
                    theme="tertiary"
                    aria-label={`Remove: ${line}`}
                    onClick={() => update({ signposting: signposting.filter((other) => other !== line) })}
                  >
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <div className="signpost-add">
            <TextField
              label="A service or place"
              helperText="For example: the children’s centre’s stay and play, Tuesdays"
              value={String(values.signpost ?? '')}
              errorMessage={problems.signposting}
              invalid={!!problems.signposting}
              onValueChanged={(event) => update({ signpost: event.detail.value })}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addSignpost();
                }
              }}
            />
            <Button onClick={addSignpost}>Add</Button>
          </div>
        </fieldset>
        <div className="form-buttons">
          <Button theme="primary" onClick={check}>
            Close the episode…
          </Button>
        </div>
        <QueuedNote state={state} />
      </form>
      <Confirmed file={file} label="Close the episode" opened={confirming} onCancel={() => setConfirming(false)} onConfirm={() => void close()} />
    </section>
  );
}

function StepUpForm({ file, onAsking }: { file: CaseFile; onAsking: Asking }) {
  const { values, update, clear } = useDraft(`step-up:${file.episodeId}`, { reason: '', socialCareReference: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<Submitted['state']>();
  const fields = ['reason', 'socialCareReference'];

  function check() {
    const found: Problems = { reason: String(values.reason ?? '').trim() ? undefined : 'Say why the family needs social care’s help.' };
    setProblems(found);
    if (!found.reason) {
      setConfirming(true);
    }
  }

  async function stepUp() {
    setConfirming(false);
    onAsking(true);
    const answer = await submit(
      'stepUp',
      file.episodeId,
      {
        episodeId: file.episodeId,
        reason: String(values.reason ?? '').trim(),
        socialCareReference: String(values.socialCareReference ?? '').trim() || undefined,
        requestId: crypto.randomUUID(),
      },
      'Step up to children’s social care',
    );
    if (answer.state === 'refused') {
      setProblems(refusal(answer.errors, fields));
      // The form stays (asking) until the device's copy is open again, so the reasons are shown on it.
      return;
    }
    onAsking(false);
    await clear();
    setState(answer.state);
  }

  return (
    <section className="family-section" aria-labelledby="step-up-heading">
      <h2 id="step-up-heading">Step up to children’s social care</h2>
      <form className="step-form" aria-label="Step up to children’s social care" onSubmit={(event) => event.preventDefault()}>
        <p className="form-intro">
          If a child is at risk of harm now, call children’s social care or the police first; record the step up here
          after.
        </p>
        <FormProblems problems={(problems.form ?? '').split('\n').filter(Boolean)} />
        <TextArea
          label="Why the family needs social care"
          value={String(values.reason ?? '')}
          errorMessage={problems.reason}
          invalid={!!problems.reason}
          onValueChanged={(event) => {
            update({ reason: event.detail.value });
            setProblems((current) => ({ ...current, reason: undefined }));
          }}
        />
        <TextField
          label="Social care’s reference (if you have it)"
          value={String(values.socialCareReference ?? '')}
          errorMessage={problems.socialCareReference}
          invalid={!!problems.socialCareReference}
          onValueChanged={(event) => update({ socialCareReference: event.detail.value })}
        />
        <div className="form-buttons">
          <Button theme="primary" onClick={check}>
            Step up…
          </Button>
        </div>
        <QueuedNote state={state} />
      </form>
      <Confirmed file={file} label="Step up to social care" opened={confirming} onCancel={() => setConfirming(false)} onConfirm={() => void stepUp()} />
    </section>
  );
}

function TransferForm({ file, onAsking }: { file: CaseFile; onAsking: Asking }) {
  const { values, update, clear } = useDraft(`transfer:${file.episodeId}`, {
    receivingAuthority: '',
    contact: '',
    recordsSent: '',
    summary: '',
  });
  const [problems, setProblems] = useState<Problems>({});
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<Submitted['state']>();
  const fields = ['receivingAuthority', 'contact', 'recordsSent', 'summary'];
  const text = (field: string) => String(values[field as keyof typeof values] ?? '').trim();

  function check() {
    const found: Problems = {
      receivingAuthority: text('receivingAuthority') ? undefined : 'Name the council the family moved to.',
      contact: text('contact') ? undefined : 'Say whom the case went to there, and how to reach them.',
      recordsSent: text('recordsSent') ? undefined : 'Say what was sent, and how.',
    };
    setProblems(found);
    if (!Object.values(found).some(Boolean)) {
      setConfirming(true);
    }
  }

  async function transfer() {
    setConfirming(false);
    onAsking(true);
    const answer = await submit(
      'transferOut',
      file.episodeId,
      {
        episodeId: file.episodeId,
        receivingAuthority: text('receivingAuthority'),
        contact: text('contact'),
        recordsSent: text('recordsSent'),
        summary: text('summary') || undefined,
        requestId: crypto.randomUUID(),
      },
      `Transfer to ${text('receivingAuthority')}`,
    );
    if (answer.state === 'refused') {
      setProblems(refusal(answer.errors, fields));
      // The form stays (asking) until the device's copy is open again, so the reasons are shown on it.
      return;
    }
    onAsking(false);
    await clear();
    setState(answer.state);
  }

  const field = (name: 'receivingAuthority' | 'contact' | 'recordsSent' | 'summary', label: string, helper?: string) => (
    <TextArea
      label={label}
      helperText={helper}
      value={String(values[name] ?? '')}
      errorMessage={problems[name]}
      invalid={!!problems[name]}
      onValueChanged={(event) => {
        update({ [name]: event.detail.value });
        setProblems((current) => ({ ...current, [name]: undefined }));
      }}
    />
  );

  return (
    <section className="family-section" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Transfer to another council</h2>
      <form className="step-form" aria-label="Transfer to another council" onSubmit={(event) => event.preventDefault()}>
        <FormProblems problems={(problems.form ?? '').split('\n').filter(Boolean)} />
        {field('receivingAuthority', 'The council the family moved to')}
        {field('contact', 'Who received the case there', 'A name, and a phone number or email')}
        {field('recordsSent', 'What was sent', 'For example: the plan and the assessment, by secure email')}
        {field('summary', 'Summary (optional)', 'Left empty, it says the family moved and where the case went.')}
        <div className="form-buttons">
          <Button theme="primary" onClick={check}>
            Transfer…
          </Button>
        </div>
        <QueuedNote state={state} />
      </form>
      <Confirmed file={file} label="Transfer the case" opened={confirming} onCancel={() => setConfirming(false)} onConfirm={() => void transfer()} />
    </section>
  );
}

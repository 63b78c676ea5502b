import { useState } from 'react';
import { useParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { ConfirmDialog } from '@vaadin/react-components/ConfirmDialog.js';
import { CheckboxGroup } from '@vaadin/react-components/CheckboxGroup.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { FamilyScreen } from 'Frontend/components/family/FamilyScreen.js';
import { type Drawn, SignaturePad, typedSignature } from 'Frontend/components/family/SignaturePad.js';
import { momentInWords } from 'Frontend/components/family/words.js';
import { WarningIcon } from 'Frontend/components/icons.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { errorAt, errorsForForm, submit } from 'Frontend/device/sync.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import ConsentDecision from 'Frontend/generated/org/hearth/consent/ConsentDecision.js';
import ConsentMethod from 'Frontend/generated/org/hearth/consent/ConsentMethod.js';
import ConsentScope from 'Frontend/generated/org/hearth/consent/ConsentScope.js';
import type UserError from 'Frontend/generated/org/hearth/graphql/UserError.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import PersonRole from 'Frontend/generated/org/hearth/family/PersonRole.js';

export const config: ViewConfig = {
  title: 'Consent',
  loginRequired: true,
};

/** A young person of this age or over decides for themself (the server's rule; here only to offer the right names). */
const YOUNG_PERSON_AGE = 12;

export const SCOPE_WORDS: Record<ConsentScope, { title: string; plain: string }> = {
  [ConsentScope.START]: {
    title: 'Getting early help',
    plain: 'They want help from the team. Early help is their choice and they can stop at any time.',
  },
  [ConsentScope.STORE]: {
    title: 'Keeping their information',
    plain: 'Hearth keeps what they tell the team about their family, safely, for as long as the council must.',
  },
  [ConsentScope.SHARE]: {
    title: 'Sharing with the team',
    plain: 'What they tell one person on the team can be shared with the others on the team, apart from any they leave out.',
  },
};

const DECISION_WORDS: Record<ConsentDecision, string> = {
  [ConsentDecision.GIVEN]: 'Yes, agreed',
  [ConsentDecision.REFUSED]: 'No, not agreed',
  [ConsentDecision.WITHDRAWN]: 'Taken back',
};

const METHOD_WORDS: Record<ConsentMethod, string> = {
  [ConsentMethod.SIGNED_ON_DEVICE]: 'Signed on this tablet',
  [ConsentMethod.WRITTEN]: 'On a written form',
  [ConsentMethod.VERBAL]: 'Said out loud',
};

const FIELDS = ['givenByPersonId', 'scope', 'decision', 'method', 'excludedAgencyIds', 'notes', 'signature'];

type ConsentDraft = {
  givenByPersonId: string;
  scopes: string[];
  decision: string;
  method: string;
  excludedAgencyIds: string[];
  notes: string;
  signature: Drawn | null;
  cannotDraw: boolean;
  typedName: string;
};

const EMPTY: ConsentDraft = {
  givenByPersonId: '',
  scopes: [],
  decision: '',
  method: '',
  excludedAgencyIds: [],
  notes: '',
  signature: null,
  cannotDraw: false,
  typedName: '',
};

/** The family's consents so far, and a form to record a family member's decision, signed on the tablet or not. */
export default function ConsentView() {
  const { episodeId = '' } = useParams();
  return (
    <FamilyScreen episodeId={episodeId} title="Consent">
      {(file) => (
        <div className="family-columns">
          <div className="family-main">
            <p className="page-summary">Each person decides for each part. A refusal is kept too.</p>
            <ConsentForm file={file} />
            <WithdrawConsent file={file} />
          </div>
          <aside className="family-side">
            <ConsentsSoFar file={file} />
          </aside>
        </div>
      )}
    </FamilyScreen>
  );
}

function names(file: CaseFile) {
  return new Map(file.members.map((member) => [member.personId, `${member.givenName} ${member.familyName}`]));
}

/** The team's agencies, by id, from the people on the team. */
function agencies(file: CaseFile) {
  const found = new Map<string, string>();
  file.team.forEach((member) => member.agencyId && member.agency && found.set(member.agencyId, member.agency));
  return found;
}

function ConsentsSoFar({ file }: { file: CaseFile }) {
  const who = names(file);
  const agencyNames = agencies(file);
  return (
    <section className="family-section" aria-labelledby="consents-heading">
      <h2 id="consents-heading">Recorded so far</h2>
      {file.consents.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <ul className="consent-list" aria-label="Consents recorded">
          {[...file.consents].reverse().map((consent) => (
            <li key={consent.consentId} className={`consent is-${consent.decision.toLowerCase()}`}>
              <p className="consent-what">
                <strong>{SCOPE_WORDS[consent.scope].title}</strong>: {DECISION_WORDS[consent.decision]}
              </p>
              <p className="consent-facts">
                {who.get(consent.givenById) ?? 'Family member'} · {METHOD_WORDS[consent.method]}
                {consent.signed && ', signature kept'} · {momentInWords(consent.recordedAt)}
              </p>
              {consent.excludedAgencies.length > 0 && (
                <p className="consent-facts">
                  Not shared with: {consent.excludedAgencies.map((id) => agencyNames.get(id) ?? 'an agency no longer on the team').join(', ')}
                </p>
              )}
              {consent.notes && <p className="consent-notes">{consent.notes}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Who may decide for the family: someone with parental responsibility, or a young person of 12 or over. */
function decidersOf(file: CaseFile) {
  return file.members.filter(
    (member) => member.hasParentalResponsibility || (member.role === PersonRole.CHILD && (member.age ?? 0) >= YOUNG_PERSON_AGE),
  );
}

function ConsentForm({ file }: { file: CaseFile }) {
  const who = names(file);
  const deciders = decidersOf(file);
  const agencyNames = agencies(file);
  const { values, update, clear, restored } = useDraft<ConsentDraft>(`consent:${file.episodeId}`, EMPTY);
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const [serverErrors, setServerErrors] = useState<UserError[]>([]);
  const [saved, setSaved] = useState<'sent' | 'queued' | undefined>();
  const [busy, setBusy] = useState(false);

  const scopes = Object.values(ConsentScope).filter((scope) => values.scopes.includes(scope));
  const signing = values.method === ConsentMethod.SIGNED_ON_DEVICE;

  function change(changes: Partial<ConsentDraft>) {
    update(changes);
    setSaved(undefined);
  }

  async function record() {
    const typed = values.typedName.trim();
    const found: Record<string, string | undefined> = {
      givenByPersonId: values.givenByPersonId ? undefined : 'Say who is deciding.',
      scope: scopes.length > 0 ? undefined : 'Choose what they are deciding about.',
      decision: values.decision ? undefined : 'Say what they decided.',
      method: values.method ? undefined : 'Say how they gave their answer.',
      signature:
        signing && !(values.cannotDraw ? typed : values.signature)
          ? values.cannotDraw
            ? 'Type their name.'
            : 'Ask them to sign in the box, or type their name instead.'
          : undefined,
    };
    setProblems(found);
    setServerErrors([]);
    if (Object.values(found).some(Boolean)) {
      return;
    }
    setBusy(true);
    try {
      const signature = signing ? (values.cannotDraw ? typedSignature(typed) : values.signature?.dataUrl) : undefined;
      const notes = [values.notes.trim(), signing && values.cannotDraw ? `Name typed instead of a drawn signature: ${typed}` : '']
        .filter(Boolean)
        .join('\n');
      let state: 'sent' | 'queued' = 'sent';
      const done: string[] = [];
      // One change per part: each is its own decision on the record.
      for (const scope of scopes) {
        const answer = await submit(
          'recordConsent',
          file.episodeId,
          {
            id: crypto.randomUUID(),
            episodeId: file.episodeId,
            scope,
            decision: values.decision as ConsentDecision,
            givenByPersonId: values.givenByPersonId,
            method: values.method as ConsentMethod,
            excludedAgencyIds: scope === ConsentScope.SHARE ? values.excludedAgencyIds : undefined,
            notes: notes || undefined,
            signature,
          },
          `${SCOPE_WORDS[scope].title}: ${DECISION_WORDS[values.decision as ConsentDecision].toLowerCase()} by ${who.get(values.givenByPersonId) ?? 'the family'}`,
        );
        if (answer.state === 'refused') {
          if (done.length > 0) {
            // What was recorded stays recorded; the form keeps the rest to put right.
            update({ scopes: scopes.filter((left) => !done.includes(left)) });
          }
          setServerErrors(answer.errors);
          return;
        }
        done.push(scope);
        if (answer.state === 'queued') {
          state = 'queued';
        }
      }
      await clear();
      setProblems({});
      setSaved(state);
    } finally {
      setBusy(false);
    }
  }

  if (file.status === EpisodeStatus.CLOSED) {
    return (
      <section className="family-section">
        <p>This family’s early help has ended: no more consent is recorded.</p>
      </section>
    );
  }
  const at = (field: string) => problems[field] ?? errorAt(serverErrors, field);
  const general = errorsForForm(serverErrors, FIELDS);
  return (
    <section className="family-section" aria-labelledby="record-consent-heading">
      <h2 id="record-consent-heading">Record a decision</h2>
      {general.length > 0 && (
        <div className="message message-error" role="alert">
          <WarningIcon />
          <div>
            {general.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        </div>
      )}
      <form
        className="consent-form"
        aria-label="Record a consent decision"
        onSubmit={(event) => {
          event.preventDefault();
          void record();
        }}
      >
        <Select
          label="Who is deciding"
          helperText="Someone with parental responsibility, or a young person of 12 or over for themself"
          items={deciders.map((member) => ({ label: who.get(member.personId) ?? '', value: member.personId }))}
          value={values.givenByPersonId}
          errorMessage={at('givenByPersonId')}
          invalid={!!at('givenByPersonId')}
          onValueChanged={(event) => event.detail.value !== values.givenByPersonId && change({ givenByPersonId: event.detail.value })}
        />
        <CheckboxGroup
          label="What they are deciding about"
          helperText="Choose one or more. Each is recorded on its own."
          theme="vertical"
          value={values.scopes}
          errorMessage={at('scope')}
          invalid={!!at('scope')}
          onValueChanged={(event) => restored && change({ scopes: event.detail.value })}
        >
          {Object.values(ConsentScope).map((scope) => (
            <Checkbox
              key={scope}
              value={scope}
              label={`${SCOPE_WORDS[scope].title}: ${SCOPE_WORDS[scope].plain}`}
              className="consent-scope"
            />
          ))}
        </CheckboxGroup>
        <RadioGroup
          label="What they decided"
          value={values.decision}
          errorMessage={at('decision')}
          invalid={!!at('decision')}
          onValueChanged={(event) => restored && event.detail.value !== values.decision && change({ decision: event.detail.value })}
        >
          <RadioButton value={ConsentDecision.GIVEN} label="Yes, they agree" />
          <RadioButton value={ConsentDecision.REFUSED} label="No, they do not agree" />
        </RadioGroup>
        <RadioGroup
          label="How they gave their answer"
          value={values.method}
          errorMessage={at('method')}
          invalid={!!at('method')}
          onValueChanged={(event) => restored && event.detail.value !== values.method && change({ method: event.detail.value })}
        >
          {Object.values(ConsentMethod).map((method) => (
            <RadioButton key={method} value={method} label={METHOD_WORDS[method]} />
          ))}
        </RadioGroup>
        {signing && (
          <fieldset className="signature-field">
            <legend>Their signature</legend>
            {values.cannotDraw ? (
              <TextField
                label="Their name, typed by them or for them"
                value={values.typedName}
                errorMessage={at('signature')}
                invalid={!!at('signature')}
                onValueChanged={(event) => change({ typedName: event.detail.value })}
              />
            ) : (
              <>
                <p className="field-hint">
                  {who.get(values.givenByPersonId) ?? 'The family member'} signs in the box with a finger or the stylus.
                </p>
                <SignaturePad
                  label="Signature box: sign with a finger or stylus"
                  value={values.signature ?? undefined}
                  invalid={!!at('signature')}
                  onChange={(signature) => change({ signature: signature ?? null })}
                />
                {at('signature') && (
                  <p className="field-error" role="alert">
                    {at('signature')}
                  </p>
                )}
              </>
            )}
            <Checkbox
              label="They cannot sign by drawing: type their name instead"
              checked={values.cannotDraw}
              onCheckedChanged={(event) => restored && event.detail.value !== values.cannotDraw && change({ cannotDraw: event.detail.value })}
            />
          </fieldset>
        )}
        {scopes.includes(ConsentScope.SHARE) && agencyNames.size > 0 && (
          <CheckboxGroup
            label="Agencies not to share with"
            helperText="Only for sharing. Leave all unticked to share with the whole team."
            theme="vertical"
            value={values.excludedAgencyIds}
            errorMessage={at('excludedAgencyIds')}
            invalid={!!at('excludedAgencyIds')}
            onValueChanged={(event) => restored && change({ excludedAgencyIds: event.detail.value })}
          >
            {[...agencyNames].map(([id, name]) => (
              <Checkbox key={id} value={id} label={name} />
            ))}
          </CheckboxGroup>
        )}
        <TextArea
          label="Notes (optional)"
          helperText="For example a condition they set, or why they said no"
          value={values.notes}
          errorMessage={at('notes')}
          invalid={!!at('notes')}
          onValueChanged={(event) => change({ notes: event.detail.value })}
        />
        <div className="form-buttons">
          <Button theme="primary" disabled={busy} onClick={() => void record()}>
            Record decision
          </Button>
          <span role="status" className="form-status">
            {saved === 'sent'
              ? 'Recorded.'
              : saved === 'queued'
                ? 'Recorded on this tablet: it is sent when there is signal.'
                : ''}
          </span>
        </div>
      </form>
    </section>
  );
}

/** What withdrawing consent means for the family, said before anything is sent. */
function WhatWithdrawingMeans() {
  return (
    <ul className="withdraw-means">
      <li>The family’s early help stops now: the episode closes.</li>
      <li>Actions still open in the plan are cancelled, and meetings to come are called off.</li>
      <li>Nothing is deleted: what is recorded is kept, as the council must.</li>
      <li>Everyone on the team is told.</li>
      <li>The family can ask for help again at any time later.</li>
    </ul>
  );
}

const WITHDRAW_FIELDS = ['givenByPersonId', 'reason'];

/**
 * A family member takes their consent back: who, why in the family's words, and what it means, confirmed before it
 * is sent. It closes the episode at once, on the tablet too, and is sent when there is signal.
 */
function WithdrawConsent({ file }: { file: CaseFile }) {
  const who = names(file);
  const deciders = decidersOf(file);
  const { values, update, clear } = useDraft(`withdraw:${file.episodeId}`, { givenByPersonId: '', reason: '' });
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const [serverErrors, setServerErrors] = useState<UserError[]>([]);
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState<'sent' | 'queued'>();
  const [busy, setBusy] = useState(false);
  const givenBy = String(values.givenByPersonId ?? '');
  const reason = String(values.reason ?? '');

  if (file.status === EpisodeStatus.CLOSED) {
    return saved ? (
      <section className="family-section" aria-labelledby="withdraw-heading">
        <h2 id="withdraw-heading">Withdraw consent</h2>
        <p role="status" className="form-status">
          {saved === 'sent'
            ? 'Consent is withdrawn: the family’s early help has stopped and the team is told.'
            : 'Consent is withdrawn on this tablet: it is sent when there is signal, and the team is told then.'}
        </p>
      </section>
    ) : null;
  }

  function check() {
    const found = {
      givenByPersonId: givenBy ? undefined : 'Say who is withdrawing consent.',
      reason: reason.trim() ? undefined : 'Write down why, in the family’s words.',
    };
    setProblems(found);
    setServerErrors([]);
    if (!found.givenByPersonId && !found.reason) {
      setAsking(true);
    }
  }

  async function withdraw() {
    setAsking(false);
    setBusy(true);
    try {
      const answer = await submit(
        'withdrawConsent',
        file.episodeId,
        { episodeId: file.episodeId, givenByPersonId: givenBy, reason: reason.trim(), requestId: crypto.randomUUID() },
        `Consent withdrawn by ${who.get(givenBy) ?? 'the family'}: the episode closes`,
      );
      if (answer.state === 'refused') {
        setServerErrors(answer.errors);
        return;
      }
      await clear();
      setProblems({});
      setSaved(answer.state);
    } finally {
      setBusy(false);
    }
  }

  const at = (field: string) => problems[field] ?? errorAt(serverErrors, field);
  const general = errorsForForm(serverErrors, WITHDRAW_FIELDS);
  const name = who.get(givenBy) ?? 'The family member';
  return (
    <section className="family-section withdraw-section" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">Withdraw consent</h2>
      <p>
        Someone who gave consent can take it back at any time. If they do, this is what happens:
      </p>
      <WhatWithdrawingMeans />
      {general.length > 0 && (
        <div className="message message-error" role="alert">
          <WarningIcon />
          <div>
            {general.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        </div>
      )}
      <form
        className="step-form"
        aria-label="Withdraw consent"
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        <Select
          label="Who is withdrawing consent"
          helperText="Someone with parental responsibility, or a young person of 12 or over for themself"
          items={deciders.map((member) => ({ label: who.get(member.personId) ?? '', value: member.personId }))}
          value={givenBy}
          errorMessage={at('givenByPersonId')}
          invalid={!!at('givenByPersonId')}
          onValueChanged={(event) => {
            if (event.detail.value !== givenBy) {
              update({ givenByPersonId: event.detail.value });
              setProblems((current) => ({ ...current, givenByPersonId: undefined }));
            }
          }}
        />
        <TextArea
          label="Why, in the family’s words"
          helperText="Kept on record. Write what they said, as they said it."
          value={reason}
          errorMessage={at('reason')}
          invalid={!!at('reason')}
          onValueChanged={(event) => {
            update({ reason: event.detail.value });
            setProblems((current) => ({ ...current, reason: undefined }));
          }}
        />
        <div className="form-buttons">
          <Button theme="error" disabled={busy} onClick={check}>
            Withdraw consent…
          </Button>
        </div>
      </form>
      <ConfirmDialog
        header="Withdraw consent and stop the family’s help?"
        opened={asking}
        cancelButtonVisible
        cancelText="Go back"
        confirmText="Withdraw consent"
        confirmTheme="error primary"
        onCancel={() => setAsking(false)}
        onReject={() => setAsking(false)}
        onConfirm={() => void withdraw()}
      >
        <p>{name} is withdrawing consent. When you confirm:</p>
        <WhatWithdrawingMeans />
      </ConfirmDialog>
    </section>
  );
}

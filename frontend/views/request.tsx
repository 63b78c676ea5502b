import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { EndpointError } from '@vaadin/hilla-frontend';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { canSeeCaseload, useAuth } from 'Frontend/auth.js';
import { statusInWords } from 'Frontend/components/caseload/format.js';
import { BRITISH_DATES } from 'Frontend/components/dates.js';
import { MemberEditor, membersProblem, newFamilyInput, newMember, type NewMember } from 'Frontend/components/family/MemberEditor.js';
import { InfoIcon, WarningIcon } from 'Frontend/components/icons.js';
import {
  NoSignalForReferral,
  ReferralFields,
  referralProblems,
  ReferralRecorded,
  sendReferral,
  splitErrors,
  type FieldProblems,
} from 'Frontend/components/safeguarding/Referral.js';
import { deviceStore } from 'Frontend/device/device.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { refreshCaseload } from 'Frontend/device/sync.js';
import { EarlyHelpRequestEndpoint } from 'Frontend/generated/endpoints.js';
import EpisodeSource from 'Frontend/generated/org/hearth/episode/EpisodeSource.js';
import type ExistingPlanMatch from 'Frontend/generated/org/hearth/episode/ExistingPlanMatch.js';
import LevelOfNeed from 'Frontend/generated/org/hearth/episode/LevelOfNeed.js';
import PersonRole from 'Frontend/generated/org/hearth/family/PersonRole.js';
import type UserError from 'Frontend/generated/org/hearth/graphql/UserError.js';
import type SafeguardingReferral from 'Frontend/generated/org/hearth/safeguarding/SafeguardingReferral.js';

export const config: ViewConfig = {
  title: 'Ask for early help',
  loginRequired: true,
};

type RequestDraft = {
  /** The check, the request for a new family, or a safeguarding referral instead (from the red box, at either step). */
  step: 'check' | 'request' | 'referral';
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  /** The client id of the new family's episode: the same on every try, so a request sent twice opens one family. */
  episodeId: string;
  members: NewMember[];
  levelOfNeed: string;
  source: string;
  requestReasons: string;
  /** The plans the check found for the child (their references), to refer the family of one the worker is on. */
  matchedReferences: string[];
  /** The step the referral was started from, to go back to. */
  referralFrom: 'check' | 'request';
  /** The client id of the referral: the same on every try, so a referral sent twice is recorded (and a family made) once. */
  referralId: string;
  reason: string;
  socialCareReference: string;
};

const EMPTY: RequestDraft = {
  step: 'check',
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  episodeId: '',
  members: [],
  levelOfNeed: '',
  source: EpisodeSource.PRACTITIONER_REQUEST,
  requestReasons: '',
  matchedReferences: [],
  referralFrom: 'check',
  referralId: '',
  reason: '',
  socialCareReference: '',
};

const SUMMARIES = {
  check: 'Step 1 of 2: check the child has no plan already',
  request: 'Step 2 of 2: the family and why',
  referral: 'Instead of early help: keep the decision to refer to children’s social care',
};

/**
 * Asking for early help for a family: first the existing-plan check (a child with an open plan is joined through its
 * lead, not asked for again), then the request for a new family. Both need the server: without signal the draft is
 * kept on the tablet and the worker sends it when there is signal.
 */
export default function RequestView() {
  const { state: auth } = useAuth();
  const { values, update, clear } = useDraft<RequestDraft>('request:new', EMPTY);
  const [recorded, setRecorded] = useState<{ referral: SafeguardingReferral; family?: string } | undefined>();
  if (!canSeeCaseload(auth.user?.roles)) {
    return (
      <div className="message message-info">
        <InfoIcon />
        <p>Only practitioners ask for early help. <Link to="/">Back</Link></p>
      </div>
    );
  }
  if (recorded) {
    return (
      <article className="request" aria-labelledby="request-heading">
        <nav className="breadcrumbs" aria-label="Back">
          <Link to="/">My caseload</Link>
        </nav>
        <div className="page-heading">
          <h1 id="request-heading">Safeguarding referral</h1>
        </div>
        <ReferralRecorded referral={recorded.referral}>
          <p>
            {recorded.family
              ? `Kept with family ${recorded.family}; its lead and the lead’s manager are told.`
              : 'Kept with the family as a new family in Hearth, which the Early Help team sees.'}
          </p>
        </ReferralRecorded>
      </article>
    );
  }
  const toReferral = () =>
    update({
      step: 'referral',
      referralFrom: values.step === 'request' ? 'request' : 'check',
      referralId: values.referralId || crypto.randomUUID(),
      members:
        values.members.length > 0
          ? values.members
          : [
              newMember({
                givenName: values.givenName.trim(),
                familyName: values.familyName.trim(),
                role: PersonRole.CHILD,
                dateOfBirth: values.dateOfBirth,
              }),
            ],
    });
  return (
    <article className="request" aria-labelledby="request-heading">
      <nav className="breadcrumbs" aria-label="Back">
        <Link to="/">My caseload</Link>
      </nav>
      <div className="page-heading">
        <h1 id="request-heading">{values.step === 'referral' ? 'Record a safeguarding referral' : 'Ask for early help'}</h1>
        <p className="page-summary">{SUMMARIES[values.step]}</p>
      </div>
      {values.step !== 'referral' && <HarmWarning onRecord={toReferral} />}
      {values.step === 'check' ? (
        <Check values={values} update={update} />
      ) : values.step === 'request' ? (
        <NewFamily values={values} update={update} clear={clear} />
      ) : (
        <Referral
          values={values}
          update={update}
          onRecorded={async (referral, family) => {
            await clear();
            setRecorded({ referral, family });
          }}
        />
      )}
    </article>
  );
}

function HarmWarning({ onRecord }: { onRecord: () => void }) {
  return (
    <aside className="message message-error harm-warning" aria-labelledby="harm-heading">
      <WarningIcon />
      <div>
        <p id="harm-heading">
          <strong>Is a child at risk of significant harm?</strong>
        </p>
        <p>
          Do not ask for early help. Phone children’s social care now: a safeguarding referral goes to them straight away
          and does not wait for the family’s consent.
        </p>
        <Button className="harm-record" onClick={onRecord}>
          Record a safeguarding referral
        </Button>
      </div>
    </aside>
  );
}

type Props = { values: RequestDraft; update: (changes: Partial<RequestDraft>) => void };

function Check({ values, update }: Props) {
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const [matches, setMatches] = useState<ExistingPlanMatch[] | undefined>();
  const [trouble, setTrouble] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function check() {
    const found = {
      givenName: values.givenName.trim() ? undefined : 'Type the child’s first name.',
      familyName: values.familyName.trim() ? undefined : 'Type the child’s family name.',
      dateOfBirth: values.dateOfBirth ? undefined : 'Choose the child’s date of birth.',
    };
    setProblems(found);
    setTrouble(undefined);
    if (Object.values(found).some(Boolean)) {
      return;
    }
    setBusy(true);
    try {
      const answer = await EarlyHelpRequestEndpoint.existingPlans(values.givenName.trim(), values.familyName.trim(), values.dateOfBirth);
      setMatches(answer);
      update({ matchedReferences: answer.map((match) => match.episodeReference).filter((reference): reference is string => !!reference) });
    } catch (error) {
      setMatches(undefined);
      setTrouble(
        error instanceof EndpointError
          ? error.message
          : 'There is no signal, so Hearth cannot be checked now. What you typed is kept on this tablet: check again when there is signal.',
      );
    } finally {
      setBusy(false);
    }
  }

  function toRequest() {
    update({
      step: 'request',
      episodeId: values.episodeId || crypto.randomUUID(),
      members:
        values.members.length > 0
          ? values.members
          : [
              newMember({
                givenName: values.givenName.trim(),
                familyName: values.familyName.trim(),
                role: PersonRole.CHILD,
                dateOfBirth: values.dateOfBirth,
              }),
              newMember({ familyName: values.familyName.trim(), role: PersonRole.PARENT_CARER, hasParentalResponsibility: true }),
            ],
    });
  }

  const edit = (changes: Partial<RequestDraft>) => {
    update({ ...changes, matchedReferences: [] });
    setMatches(undefined);
  };
  return (
    <section className="family-section" aria-labelledby="check-heading">
      <h2 id="check-heading">Does the child have a plan already?</h2>
      <p>A child has one early help plan at a time. Hearth checks by the child’s name and date of birth.</p>
      <form
        className="request-check"
        aria-label="Check for an existing plan"
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        <TextField label="Child’s first name" value={values.givenName} errorMessage={problems.givenName} invalid={!!problems.givenName} onValueChanged={(event) => edit({ givenName: event.detail.value })} />
        <TextField label="Child’s family name" value={values.familyName} errorMessage={problems.familyName} invalid={!!problems.familyName} onValueChanged={(event) => edit({ familyName: event.detail.value })} />
        <DatePicker
          label="Child’s date of birth"
          i18n={BRITISH_DATES}
          helperText="Day/month/year"
          value={values.dateOfBirth}
          errorMessage={problems.dateOfBirth}
          invalid={!!problems.dateOfBirth}
          onValueChanged={(event) => event.detail.value !== values.dateOfBirth && edit({ dateOfBirth: event.detail.value })}
        />
        <div className="form-buttons">
          <Button theme="primary" disabled={busy} onClick={() => void check()}>
            Check
          </Button>
        </div>
      </form>
      {trouble && (
        <div className="message message-error" role="alert">
          <WarningIcon />
          <p>{trouble}</p>
        </div>
      )}
      {matches && matches.length > 0 && <Matches matches={matches} />}
      {matches && matches.length === 0 && (
        <div className="message message-info" role="status">
          <InfoIcon />
          <div>
            <p>
              <strong>No open plan for {values.givenName.trim()} {values.familyName.trim()}.</strong>
            </p>
            <p>You can ask for early help for the family.</p>
            <Button theme="primary" onClick={toRequest}>
              Continue to the request
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

/** Open plans found: whom to contact instead of asking again. */
function Matches({ matches }: { matches: ExistingPlanMatch[] }) {
  return (
    <div className="message message-info plan-matches" role="alert" aria-labelledby="matches-heading">
      <InfoIcon />
      <div>
        <h3 id="matches-heading">This child already has a plan: contact the lead instead</h3>
        <p>Do not ask again. The lead can add you to the team around the family.</p>
        <ul className="match-list" aria-label="Open plans">
          {matches.map((match) => (
            <li key={match.episodeReference} className="match">
              <p>
                <strong>{match.leadName ?? 'No lead named yet'}</strong>
                {match.leadAgency && `, ${match.leadAgency}`}
              </p>
              <p>Contact: {match.leadContact ?? 'none on record: ask the Early Help hub'}</p>
              <p className="match-facts">
                Plan {match.episodeReference} · {match.status ? statusInWords(match.status) : ''}
              </p>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function NewFamily({ values, update, clear }: Props & { clear: () => Promise<void> }) {
  const navigate = useNavigate();
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [matches, setMatches] = useState<ExistingPlanMatch[] | undefined>();
  const [offline, setOffline] = useState(false);
  const [busy, setBusy] = useState(false);

  async function send() {
    const found: Record<string, string | undefined> = {
      levelOfNeed: values.levelOfNeed ? undefined : 'Choose the level of need.',
      requestReasons: values.requestReasons.trim() ? undefined : 'Say why the family needs help.',
      members: membersProblem(values.members),
    };
    setProblems(found);
    setErrors([]);
    setOffline(false);
    if (Object.values(found).some(Boolean)) {
      return;
    }
    setBusy(true);
    try {
      const payload = await EarlyHelpRequestEndpoint.requestEarlyHelp({
        id: values.episodeId,
        newFamily: newFamilyInput(values.members),
        levelOfNeed: values.levelOfNeed as LevelOfNeed,
        source: values.source as EpisodeSource,
        requestReasons: values.requestReasons.trim(),
      });
      const refused = (payload.errors ?? []).filter((error): error is UserError => !!error);
      if (refused.length > 0) {
        const at = (field: string) => refused.find((error) => error.field?.at(-1) === field)?.message;
        setProblems({ levelOfNeed: at('levelOfNeed'), requestReasons: at('requestReasons'), source: at('source') });
        setErrors(
          refused
            .filter((error) => !['levelOfNeed', 'requestReasons', 'source'].includes(error.field?.at(-1) ?? ''))
            .map((error) => error.message ?? 'Hearth did not accept this.'),
        );
        setMatches((payload.existingPlans ?? []).filter((match): match is ExistingPlanMatch => !!match));
        return;
      }
      const episodeId = values.episodeId;
      await clear();
      await refreshCaseload().catch(() => undefined);
      navigate(`/families/${episodeId}`);
    } catch (error) {
      if (error instanceof EndpointError) {
        setErrors([error.message]);
      } else {
        setOffline(true);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="family-section" aria-labelledby="family-heading">
      <h2 id="family-heading">The family</h2>
      {errors.length > 0 && (
        <div className="message message-error" role="alert">
          <WarningIcon />
          <div>
            {errors.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        </div>
      )}
      {matches && matches.length > 0 && <Matches matches={matches} />}
      <form
        className="request-form"
        aria-label="Ask for early help for a new family"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <MemberEditor
          members={values.members}
          onChange={(members) => update({ members })}
          problem={problems.members}
          familyName={values.familyName}
        />
        <RadioGroup
          label="Level of need"
          theme="vertical"
          value={values.levelOfNeed}
          errorMessage={problems.levelOfNeed}
          invalid={!!problems.levelOfNeed}
          onValueChanged={(event) => event.detail.value !== values.levelOfNeed && update({ levelOfNeed: event.detail.value })}
        >
          <RadioButton value={LevelOfNeed.LEVEL_2} label="Level 2: one or two needs that one or two services can meet" />
          <RadioButton value={LevelOfNeed.LEVEL_3} label="Level 3: several needs that need a team around the family" />
        </RadioGroup>
        <TextArea
          label="Why the family needs help"
          helperText="In plain words, as you would tell the family"
          value={values.requestReasons}
          errorMessage={problems.requestReasons}
          invalid={!!problems.requestReasons}
          onValueChanged={(event) => update({ requestReasons: event.detail.value })}
        />
        <RadioGroup
          label="Who is asking"
          theme="vertical"
          value={values.source}
          errorMessage={problems.source}
          invalid={!!problems.source}
          onValueChanged={(event) => event.detail.value !== values.source && update({ source: event.detail.value })}
        >
          <RadioButton value={EpisodeSource.PRACTITIONER_REQUEST} label="Me, as the practitioner working with the family" />
          <RadioButton value={EpisodeSource.HUB_REFERRAL} label="The Early Help hub passed it to me" />
        </RadioGroup>
        <div className="form-buttons">
          <Button theme="primary" disabled={busy} onClick={() => void send()}>
            Ask for early help
          </Button>
          <Button theme="tertiary" onClick={() => update({ step: 'check' })}>
            Back to the check
          </Button>
        </div>
        {offline && (
          <div className="message message-info" role="status">
            <InfoIcon />
            <p>
              There is no signal. A request needs Hearth, because it makes the family’s record. Everything you typed is
              kept on this tablet: press “Ask for early help” again when there is signal.
            </p>
          </div>
        )}
      </form>
    </section>
  );
}

/** The plan of the child's the worker works on (from the check), as this tablet keeps it: its family is the one referred. */
function useMatchedFamily(references: readonly string[]) {
  const store = deviceStore();
  return useLiveQuery(
    async () => {
      if (references.length === 0 || !store) {
        return null;
      }
      const caseload = await store.caseload.get('mine');
      for (const entry of caseload?.entries ?? []) {
        if (references.includes(entry.episodeReference)) {
          const file = await store.caseFiles.get(entry.episodeId);
          if (file?.familyId) {
            return { episodeId: file.episodeId, familyId: file.familyId, familyReference: file.familyReference, reference: file.reference };
          }
        }
      }
      return null;
    },
    [store, references.join(' ')],
    null,
  );
}

/**
 * A safeguarding referral instead of a request: the family (the people typed at step 2, or the child from the check
 * to start with), the concern and social care's reference. When the check found the child in an open plan the
 * worker works on, the referral is that plan's family's, not a new family's. Needs signal, like the request.
 */
function Referral({
  values,
  update,
  onRecorded,
}: Props & { onRecorded: (referral: SafeguardingReferral, family?: string) => Promise<void> }) {
  const [problems, setProblems] = useState<FieldProblems>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [offline, setOffline] = useState(false);
  const [busy, setBusy] = useState(false);
  const matched = useMatchedFamily(values.matchedReferences);

  async function send() {
    const found: FieldProblems = { ...referralProblems(values), members: matched ? undefined : membersProblem(values.members) };
    setProblems(found);
    setErrors([]);
    setOffline(false);
    if (Object.values(found).some(Boolean)) {
      return;
    }
    setBusy(true);
    try {
      const common = {
        id: values.referralId,
        reason: values.reason.trim(),
        socialCareReference: values.socialCareReference.trim() || undefined,
      };
      const outcome = await sendReferral(
        matched ? { ...common, familyId: matched.familyId, episodeId: matched.episodeId } : { ...common, newFamily: newFamilyInput(values.members) },
      );
      if (outcome.kind === 'offline') {
        setOffline(true);
      } else if (outcome.kind === 'refused') {
        const ofMembers = outcome.errors.filter((error) => error.field?.includes('newFamily'));
        const { at, rest } = splitErrors(
          outcome.errors.filter((error) => !ofMembers.includes(error)),
          ['reason', 'socialCareReference'],
        );
        setProblems({ ...at, members: ofMembers.map((error) => error.message).join(' ') || undefined });
        setErrors(rest);
      } else {
        await onRecorded(outcome.referral, matched?.familyReference);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="family-section" aria-labelledby="referral-heading">
      <h2 id="referral-heading">The family and the concern</h2>
      {errors.length > 0 && (
        <div className="message message-error" role="alert">
          <WarningIcon />
          <div>
            {errors.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        </div>
      )}
      <form
        className="request-form referral-form"
        aria-label="Record a safeguarding referral"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        {matched ? (
          <p className="referral-family">
            {values.givenName.trim() || 'The child'} has a plan you work on (plan {matched.reference}): the referral is kept
            with family {matched.familyReference}, and its lead and the lead’s manager are told.
          </p>
        ) : (
          <>
            {values.matchedReferences.length > 0 && (
              <p className="referral-family">
                Hearth found an open plan for this child that you are not on. The referral is kept with the people below
                as a family new to Hearth: tell that plan’s lead as well.
              </p>
            )}
            <MemberEditor
              members={values.members}
              onChange={(members) => update({ members })}
              problem={problems.members}
              familyName={values.familyName}
            />
          </>
        )}
        <ReferralFields values={values} problems={problems} onChange={update} />
        <div className="form-buttons">
          <Button theme="primary error" disabled={busy} onClick={() => void send()}>
            Record the referral
          </Button>
          <Button theme="tertiary" onClick={() => update({ step: values.referralFrom })}>
            {values.referralFrom === 'request' ? 'Back to the request' : 'Back to the check'}
          </Button>
        </div>
        {offline && <NoSignalForReferral button="Record the referral" />}
      </form>
    </section>
  );
}

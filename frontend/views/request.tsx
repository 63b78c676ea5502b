import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { EndpointError } from '@vaadin/hilla-frontend';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { canSeeCaseload, useAuth } from 'Frontend/auth.js';
import { statusInWords } from 'Frontend/components/caseload/format.js';
import { BRITISH_DATES } from 'Frontend/components/dates.js';
import { ROLE_WORDS } from 'Frontend/components/family/words.js';
import { InfoIcon, WarningIcon } from 'Frontend/components/icons.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { refreshCaseload } from 'Frontend/device/sync.js';
import { EarlyHelpRequestEndpoint } from 'Frontend/generated/endpoints.js';
import EpisodeSource from 'Frontend/generated/org/hearth/episode/EpisodeSource.js';
import type ExistingPlanMatch from 'Frontend/generated/org/hearth/episode/ExistingPlanMatch.js';
import LevelOfNeed from 'Frontend/generated/org/hearth/episode/LevelOfNeed.js';
import PersonRole from 'Frontend/generated/org/hearth/family/PersonRole.js';
import type UserError from 'Frontend/generated/org/hearth/graphql/UserError.js';

export const config: ViewConfig = {
  title: 'Ask for early help',
  loginRequired: true,
};

type Member = {
  id: string;
  givenName: string;
  familyName: string;
  role: string;
  dateOfBirth: string;
  livesInHousehold: boolean;
  hasParentalResponsibility: boolean;
};

type RequestDraft = {
  step: 'check' | 'request';
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  /** The client id of the new family's episode: the same on every try, so a request sent twice opens one family. */
  episodeId: string;
  members: Member[];
  levelOfNeed: string;
  source: string;
  requestReasons: string;
};

const newMember = (changes: Partial<Member> = {}): Member => ({
  id: crypto.randomUUID(),
  givenName: '',
  familyName: '',
  role: '',
  dateOfBirth: '',
  livesInHousehold: true,
  hasParentalResponsibility: false,
  ...changes,
});

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
};

/**
 * Asking for early help for a family: first the existing-plan check (a child with an open plan is joined through its
 * lead, not asked for again), then the request for a new family. Both need the server: without signal the draft is
 * kept on the tablet and the worker sends it when there is signal.
 */
export default function RequestView() {
  const { state: auth } = useAuth();
  const { values, update, clear } = useDraft<RequestDraft>('request:new', EMPTY);
  if (!canSeeCaseload(auth.user?.roles)) {
    return (
      <div className="message message-info">
        <InfoIcon />
        <p>Only practitioners ask for early help. <Link to="/">Back</Link></p>
      </div>
    );
  }
  return (
    <article className="request" aria-labelledby="request-heading">
      <nav className="breadcrumbs" aria-label="Back">
        <Link to="/">My caseload</Link>
      </nav>
      <div className="page-heading">
        <h1 id="request-heading">Ask for early help</h1>
        <p className="page-summary">
          {values.step === 'check' ? 'Step 1 of 2: check the child has no plan already' : 'Step 2 of 2: the family and why'}
        </p>
      </div>
      <HarmWarning />
      {values.step === 'check' ? (
        <Check values={values} update={update} />
      ) : (
        <NewFamily values={values} update={update} clear={clear} />
      )}
    </article>
  );
}

function HarmWarning() {
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
    update(changes);
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

const ROLES = Object.values(PersonRole).map((role) => ({ label: ROLE_WORDS[role], value: role }));

function NewFamily({ values, update, clear }: Props & { clear: () => Promise<void> }) {
  const navigate = useNavigate();
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [matches, setMatches] = useState<ExistingPlanMatch[] | undefined>();
  const [offline, setOffline] = useState(false);
  const [busy, setBusy] = useState(false);

  const setMember = (index: number, changes: Partial<Member>) =>
    update({ members: values.members.map((member, at) => (at === index ? { ...member, ...changes } : member)) });

  async function send() {
    const found: Record<string, string | undefined> = {
      levelOfNeed: values.levelOfNeed ? undefined : 'Choose the level of need.',
      requestReasons: values.requestReasons.trim() ? undefined : 'Say why the family needs help.',
      members: values.members.some((member) => !member.givenName.trim() || !member.familyName.trim() || !member.role)
        ? 'Give each person a first name, a family name and who they are.'
        : undefined,
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
        newFamily: {
          members: values.members.map((member) => ({
            id: member.id,
            givenName: member.givenName.trim(),
            familyName: member.familyName.trim(),
            role: member.role as PersonRole,
            dateOfBirth: member.dateOfBirth || undefined,
            livesInHousehold: member.livesInHousehold,
            hasParentalResponsibility: member.hasParentalResponsibility,
          })),
        },
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
        <ol className="member-list" aria-label="People in the family">
          {values.members.map((member, index) => (
            <li key={member.id} className="member-entry">
              <fieldset>
                <legend>Person {index + 1}</legend>
                <TextField label="First name" value={member.givenName} onValueChanged={(event) => setMember(index, { givenName: event.detail.value })} />
                <TextField label="Family name" value={member.familyName} onValueChanged={(event) => setMember(index, { familyName: event.detail.value })} />
                <Select
                  label="Who they are"
                  items={ROLES}
                  value={member.role}
                  onValueChanged={(event) => event.detail.value !== member.role && setMember(index, { role: event.detail.value })}
                />
                <DatePicker
                  label="Date of birth"
                  i18n={BRITISH_DATES}
                  helperText="Day/month/year, if known"
                  value={member.dateOfBirth}
                  onValueChanged={(event) => event.detail.value !== member.dateOfBirth && setMember(index, { dateOfBirth: event.detail.value })}
                />
                <Checkbox
                  label="Lives in the household"
                  checked={member.livesInHousehold}
                  onCheckedChanged={(event) => event.detail.value !== member.livesInHousehold && setMember(index, { livesInHousehold: event.detail.value })}
                />
                <Checkbox
                  label="Has parental responsibility"
                  checked={member.hasParentalResponsibility}
                  onCheckedChanged={(event) =>
                    event.detail.value !== member.hasParentalResponsibility && setMember(index, { hasParentalResponsibility: event.detail.value })
                  }
                />
                {values.members.length > 1 && (
                  <Button theme="tertiary error" onClick={() => update({ members: values.members.filter((_, at) => at !== index) })}>
                    Remove person {index + 1}
                  </Button>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
        {problems.members && (
          <p className="field-error" role="alert">
            {problems.members}
          </p>
        )}
        <Button onClick={() => update({ members: [...values.members, newMember({ familyName: values.familyName.trim() })] })}>
          Add a person
        </Button>
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

import { useCallback, useEffect, useId, useState } from 'react';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { EndpointError } from '@vaadin/hilla-frontend';
import { i18n, key, translate } from '@vaadin/hilla-react-i18n';
import { Button } from '@vaadin/react-components/Button.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { canSeeCaseload, useAuth } from 'Frontend/auth.js';
import {
  ACTION_STATUS,
  CLOSURE_REASON,
  configureFamilyI18n,
  CONSENT_DECISION,
  CONSENT_SCOPE,
  dayInWords,
  DECISION,
  EPISODE_STATUS,
  errorInWords,
  inWords,
  MEETING_KIND,
  momentParts,
  OUTCOME_STATUS,
  PROGRESS,
  shownLanguage,
} from 'Frontend/components/familyview/i18n.js';
import { InfoIcon, WarningIcon } from 'Frontend/components/icons.js';
import { RemindersSwitch } from 'Frontend/components/RemindersSwitch.js';
import { ClosureEndpoint, CommentEndpoint, ContactEndpoint, FamilyPlanEndpoint, PlanEndpoint } from 'Frontend/generated/endpoints.js';
import type OwnContact from 'Frontend/generated/org/hearth/family/Contact.js';
import type FamilyPlan from 'Frontend/generated/org/hearth/familyplan/FamilyPlan.js';
import type Action from 'Frontend/generated/org/hearth/familyplan/FamilyPlan/Action.js';
import type Plan from 'Frontend/generated/org/hearth/familyplan/FamilyPlan/Plan.js';
import type Practitioner from 'Frontend/generated/org/hearth/familyplan/FamilyPlan/Practitioner.js';
import type UserError from 'Frontend/generated/org/hearth/graphql/UserError.js';
import ActionStatus from 'Frontend/generated/org/hearth/plan/ActionStatus.js';

export const config: ViewConfig = {
  title: 'Your plan',
  loginRequired: true,
};

type Failure = { code: string };

/** What went wrong with a call: the server's code for the field, else no answer at all, else another refusal. */
function failureOf(errors: ReadonlyArray<UserError | undefined> | undefined, field: string): Failure | undefined {
  const known = (errors ?? []).filter((error): error is UserError => !!error);
  const atField = known.find((error) => (error.field ?? []).includes(field)) ?? known[0];
  return atField ? { code: atField.code ?? 'other' } : undefined;
}

function failureOfThrown(error: unknown): Failure {
  return { code: error instanceof EndpointError ? 'other' : 'offline' };
}

/**
 * One change the family member sends: while it is on its way, and what went wrong if it did not go (the server's
 * code at `field`, or no answer at all). `send` resolves true when the server took it.
 */
function useSend(field: string) {
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);

  async function send(call: () => Promise<{ errors?: ReadonlyArray<UserError | undefined> }>): Promise<boolean> {
    setSending(true);
    setFailure(undefined);
    try {
      const refused = failureOf((await call()).errors, field);
      setFailure(refused);
      return !refused;
    } catch (error) {
      setFailure(failureOfThrown(error));
      return false;
    } finally {
      setSending(false);
    }
  }

  return { sending, failure, setFailure, send };
}

/**
 * A family member's own plan, on their phone: what the family and the team are working on, who does what by when
 * (their own jobs first, which they can mark done), who is in the team and how to reach the lead, the next meeting and
 * what the last review said, where to get help now, and their comments. Online only: every change is sent at once
 * and the page says plainly if it did not go.
 */
export default function MyPlanView() {
  const { state: auth } = useAuth();
  const [plan, setPlan] = useState<FamilyPlan | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const familyMember = !canSeeCaseload(auth.user?.roles);

  useEffect(() => {
    void configureFamilyI18n();
  }, []);

  const load = useCallback(async () => {
    try {
      setPlan(await FamilyPlanEndpoint.myPlan());
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    if (familyMember) {
      void load();
    }
  }, [familyMember, load, attempt]);

  if (!i18n.initialized.value) {
    return null;
  }
  const lang = shownLanguage();
  if (!familyMember) {
    return (
      <section className="my-plan" lang={lang}>
        <p>{translate(key`myplan.notYours.text`)}</p>
      </section>
    );
  }
  return (
    <article className="my-plan" lang={lang} aria-labelledby="my-plan-heading">
      <div className="my-plan-top">
        <LanguageSwitch />
      </div>
      {!plan && !failed && (
        <div className="loading" role="status">
          <p>{translate(key`myplan.loading`)}</p>
          <ProgressBar indeterminate aria-label={translate(key`myplan.loading`)} />
        </div>
      )}
      {!plan && failed && (
        <div className="message message-error" role="alert">
          <WarningIcon />
          <div>
            <p>{translate(key`myplan.loadFailed`)}</p>
            <Button theme="primary" onClick={() => setAttempt((n) => n + 1)}>
              {translate(key`myplan.tryAgain`)}
            </Button>
          </div>
        </div>
      )}
      {plan && (
        <>
          <header className="my-plan-heading">
            <h1 id="my-plan-heading">{translate(key`myplan.hello`, { name: plan.firstName })}</h1>
            <p className="my-plan-whose">{translate(key`myplan.whose`, { family: plan.familyName })}</p>
            {plan.plan ? (
              <p className="my-plan-status">
                {inWords(EPISODE_STATUS, plan.plan.status)}{' '}
                {translate(key`myplan.startedOn`, { date: dayInWords(plan.plan.openedOn) })}
              </p>
            ) : (
              <p>{translate(key`myplan.noPlan`)}</p>
            )}
          </header>
          {plan.plan && (
            <>
              <Working plan={plan.plan} />
              <Jobs plan={plan.plan} onChanged={load} />
              <Team plan={plan.plan} leadAwayContact={plan.leadAwayContact} />
              <Meetings plan={plan.plan} />
            </>
          )}
          <Reminders />
          <Help plan={plan.plan} emergencyContact={plan.emergencyContact} />
          {plan.plan && <Comments plan={plan.plan} youngPerson={plan.youngPerson} onChanged={load} />}
          {plan.plan && <Consent plan={plan.plan} personId={plan.personId} onChanged={load} />}
        </>
      )}
    </article>
  );
}

/** One button offering the other language, named in that language. */
function LanguageSwitch() {
  const other = translate(key`myplan.switchLang`);
  return (
    <Button
      className="my-plan-language"
      lang={other}
      aria-label={translate(key`myplan.switchTo`)}
      onClick={() => void i18n.setLanguage(other)}
    >
      {translate(key`myplan.switchTo`)}
    </Button>
  );
}

function Working({ plan }: { plan: Plan }) {
  return (
    <section className="my-plan-section" aria-labelledby="my-plan-working">
      <h2 id="my-plan-working">{translate(key`myplan.working.heading`)}</h2>
      {plan.outcomes.length === 0 ? (
        <p>{translate(key`myplan.working.none`)}</p>
      ) : (
        <>
          <p>{translate(key`myplan.working.intro`)}</p>
          <ul className="my-plan-list">
            {plan.outcomes.map((outcome) => (
              <li key={outcome.outcomeId} className="my-plan-card">
                <p className="my-plan-card-title">{outcome.description}</p>
                <p className="my-plan-meta">
                  {outcome.forName
                    ? translate(key`myplan.working.for`, { name: outcome.forName })
                    : translate(key`myplan.working.forAll`)}{' '}
                  · {outcome.needArea}
                </p>
                <p className="my-plan-meta">
                  <span className={`my-plan-badge my-plan-badge-${outcome.status.toLowerCase()}`}>
                    {inWords(OUTCOME_STATUS, outcome.status)}
                  </span>{' '}
                  {outcome.status === 'OPEN' && `· ${translate(key`myplan.working.by`, { date: dayInWords(outcome.targetDate) })}`}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Jobs({ plan, onChanged }: { plan: Plan; onChanged: () => Promise<void> }) {
  const actions = plan.outcomes
    .flatMap((outcome) => outcome.actions)
    .filter((action) => action.status !== ActionStatus.CANCELLED)
    .sort((one, other) => one.dueDate.localeCompare(other.dueDate));
  const mine = actions.filter((action) => action.mine);
  const others = actions.filter((action) => !action.mine);
  return (
    <section className="my-plan-section" aria-labelledby="my-plan-jobs">
      <h2 id="my-plan-jobs">{translate(key`myplan.jobs.heading`)}</h2>
      <h3>{translate(key`myplan.jobs.mine`)}</h3>
      {mine.length === 0 ? (
        <p>{translate(key`myplan.jobs.mineNone`)}</p>
      ) : (
        <ul className="my-plan-list">
          {mine.map((action) => (
            <MyJob key={action.actionId} action={action} onChanged={onChanged} />
          ))}
        </ul>
      )}
      <h3>{translate(key`myplan.jobs.others`)}</h3>
      {others.length === 0 ? (
        <p>{translate(key`myplan.jobs.othersNone`)}</p>
      ) : (
        <ul className="my-plan-list">
          {others.map((action) => (
            <li key={action.actionId} className="my-plan-card">
              <p className="my-plan-card-title">{action.description}</p>
              <p className="my-plan-meta">{translate(key`myplan.jobs.who`, { name: action.who })}</p>
              <JobWhen action={action} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function JobWhen({ action }: { action: Action }) {
  return (
    <p className="my-plan-meta">
      {action.status === ActionStatus.DONE && action.completedOn ? (
        <span className="my-plan-badge my-plan-badge-done">
          {translate(key`myplan.jobs.doneOn`, { date: dayInWords(action.completedOn) })}
        </span>
      ) : (
        <>
          <span className={`my-plan-badge my-plan-badge-${action.status.toLowerCase()}`}>
            {inWords(ACTION_STATUS, action.status)}
          </span>{' '}
          · {translate(key`myplan.jobs.due`, { date: dayInWords(action.dueDate) })}
        </>
      )}
      {action.overdue && action.status !== ActionStatus.DONE && (
        <span className="my-plan-late"> · {translate(key`myplan.jobs.late`)}</span>
      )}
    </p>
  );
}

/** One of the family member's own jobs, with "I've done this" while it is not done. */
function MyJob({ action, onChanged }: { action: Action; onChanged: () => Promise<void> }) {
  const id = useId();
  const { sending, failure, send } = useSend('status');
  const [saved, setSaved] = useState(false);
  const open = action.status === ActionStatus.NOT_STARTED || action.status === ActionStatus.IN_PROGRESS;

  async function markDone() {
    const done = await send(() =>
      PlanEndpoint.updateActionStatus({
        actionId: action.actionId,
        status: ActionStatus.DONE,
        version: action.version,
        requestId: crypto.randomUUID(),
      }),
    );
    if (done) {
      setSaved(true);
      await onChanged();
    }
  }

  return (
    <li className="my-plan-card my-plan-card-mine" data-action-id={action.actionId}>
      <p className="my-plan-card-title" id={`${id}-what`}>
        {action.description}
      </p>
      <JobWhen action={action} />
      {open && (
        <Button
          theme="primary"
          className="my-plan-done"
          aria-describedby={`${id}-what`}
          disabled={sending}
          onClick={() => void markDone()}
        >
          {sending ? translate(key`myplan.jobs.sending`) : translate(key`myplan.jobs.done`)}
        </Button>
      )}
      {failure && (
        <p className="my-plan-error" role="alert">
          <WarningIcon /> {errorInWords(failure.code)}
        </p>
      )}
      {saved && !open && (
        <p className="my-plan-saved" role="status">
          {translate(key`myplan.jobs.saved`)}
        </p>
      )}
    </li>
  );
}

function Contact({ person }: { person: Practitioner }) {
  return (
    <>
      {person.phone && (
        <a className="my-plan-contact" href={`tel:${person.phone.replace(/\s+/g, '')}`}>
          {translate(key`myplan.team.call`, { phone: person.phone })}
        </a>
      )}
      {person.email && (
        <a className="my-plan-contact" href={`mailto:${person.email}`}>
          {translate(key`myplan.team.email`, { email: person.email })}
        </a>
      )}
    </>
  );
}

function jobAt(person: Practitioner): string {
  if (person.jobTitle && person.agency) {
    return translate(key`myplan.team.at`, { job: person.jobTitle, agency: person.agency });
  }
  return person.jobTitle ?? person.agency ?? '';
}

function Team({ plan, leadAwayContact }: { plan: Plan; leadAwayContact: string }) {
  const others = plan.practitioners.filter((person) => !person.lead);
  return (
    <section className="my-plan-section" aria-labelledby="my-plan-team">
      <h2 id="my-plan-team">{translate(key`myplan.team.heading`)}</h2>
      <p>{translate(key`myplan.team.intro`)}</p>
      <h3>{translate(key`myplan.team.lead`)}</h3>
      {plan.lead ? (
        <div className="my-plan-card my-plan-lead">
          <p className="my-plan-card-title">{plan.lead.name}</p>
          <p className="my-plan-meta">{jobAt(plan.lead)}</p>
          <p>{translate(key`myplan.team.leadIntro`, { name: plan.lead.name })}</p>
          <div className="my-plan-contacts">
            <Contact person={plan.lead} />
          </div>
          <p>{translate(key`myplan.team.away`, { name: plan.lead.name, contact: leadAwayContact })}</p>
        </div>
      ) : (
        <p>
          {translate(key`myplan.team.noLead`)} {translate(key`myplan.team.awayNoLead`, { contact: leadAwayContact })}
        </p>
      )}
      {others.length > 0 && (
        <>
          <h3>{translate(key`myplan.team.others`)}</h3>
          <ul className="my-plan-list">
            {others.map((person) => (
              <li key={`${person.name}-${person.agency ?? ''}`} className="my-plan-card">
                <p className="my-plan-card-title">{person.name}</p>
                <p className="my-plan-meta">{jobAt(person)}</p>
                <div className="my-plan-contacts">
                  <Contact person={person} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.familyOnTeam.length > 0 && (
        <p>
          <strong>{translate(key`myplan.team.family`)}:</strong> {plan.familyOnTeam.join(', ')}
        </p>
      )}
    </section>
  );
}

/**
 * The family member's own reminders: where they go (the e-mail address and number the team recorded, with the
 * family member's agreement) and a switch to turn them off; or, with no agreement or contact, that there are none
 * and whom to ask.
 */
function Reminders() {
  const [contact, setContact] = useState<OwnContact | null>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    ContactEndpoint.myContact().then(
      (found) => current && setContact(found ?? null),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);
  const email = contact?.email;
  const phone = contact?.phone;
  const reminded = !!contact?.agreedToBeContacted && !!(email || phone);
  const where =
    email && phone
      ? translate(key`myplan.reminders.both`, { email, phone })
      : email
        ? translate(key`myplan.reminders.email`, { email })
        : translate(key`myplan.reminders.phone`, { phone: phone ?? '' });
  return (
    <section className="my-plan-section" aria-labelledby="my-plan-reminders">
      <h2 id="my-plan-reminders">{translate(key`myplan.reminders.heading`)}</h2>
      {failed && <p role="alert">{translate(key`myplan.reminders.loadFailed`)}</p>}
      {contact !== undefined && !reminded && <p className="my-plan-reminders-where">{translate(key`myplan.reminders.none`)}</p>}
      {reminded && (
        <>
          <p>{translate(key`myplan.reminders.what`)}</p>
          <RemindersSwitch
            words={{
              label: translate(key`myplan.reminders.label`),
              on: where,
              off: translate(key`myplan.reminders.off`),
              loadFailed: translate(key`myplan.reminders.loadFailed`),
              notChanged: translate(key`myplan.reminders.notChanged`),
              needsConnection: translate(key`myplan.reminders.notChanged`),
            }}
          />
        </>
      )}
    </section>
  );
}

function Meetings({ plan }: { plan: Plan }) {
  const next = plan.nextMeeting;
  const last = plan.lastReview;
  const when = next ? momentParts(next.scheduledFor) : undefined;
  return (
    <section className="my-plan-section" aria-labelledby="my-plan-meetings">
      <h2 id="my-plan-meetings">{translate(key`myplan.meet.heading`)}</h2>
      <h3>{translate(key`myplan.meet.next`)}</h3>
      {next && when ? (
        <p className="my-plan-card">
          <strong>{inWords(MEETING_KIND, next.kind)}</strong>
          <br />
          {translate(key`myplan.meet.when`, { date: when.date, time: when.time })}
        </p>
      ) : (
        <p>{translate(key`myplan.meet.none`)}</p>
      )}
      <h3>{translate(key`myplan.review.heading`)}</h3>
      {last ? (
        <div className="my-plan-card">
          <p>{translate(key`myplan.review.held`, { date: dayInWords(last.heldOn) })}</p>
          <p>
            <strong>{inWords(PROGRESS, last.progress)}</strong> {inWords(DECISION, last.decision)}
          </p>
          {last.familyViews && (
            <>
              <p className="my-plan-meta">{translate(key`myplan.review.yourWords`)}</p>
              <blockquote className="my-plan-quote">{last.familyViews}</blockquote>
            </>
          )}
          {last.nextReviewDue && plan.status !== 'CLOSED' && (
            <p>{translate(key`myplan.review.nextDue`, { date: dayInWords(last.nextReviewDue) })}</p>
          )}
        </div>
      ) : (
        <p>{translate(key`myplan.review.none`)}</p>
      )}
    </section>
  );
}

function Help({ plan, emergencyContact }: { plan: Plan | undefined; emergencyContact: string }) {
  const closure = plan?.closure;
  return (
    <section className="my-plan-section my-plan-help" aria-labelledby="my-plan-help">
      <h2 id="my-plan-help">{translate(key`myplan.help.heading`)}</h2>
      {closure && (
        <>
          <p>
            {translate(key`myplan.help.ended`, { date: dayInWords(closure.closedOn) })}{' '}
            {inWords(CLOSURE_REASON, closure.reason)}
          </p>
          {closure.signposting.length > 0 && (
            <>
              <h3>{translate(key`myplan.help.places`)}</h3>
              <ul className="my-plan-places">
                {closure.signposting.map((place) => (
                  <li key={place}>{place}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {plan?.lead && !closure && <p>{translate(key`myplan.help.contact`)}</p>}
      <div className="my-plan-urgent">
        <InfoIcon />
        <div>
          <p>
            <strong>{translate(key`myplan.help.urgent`)}</strong>
          </p>
          <p>{translate(key`myplan.help.worried`, { contact: emergencyContact })}</p>
        </div>
      </div>
    </section>
  );
}

function Comments({ plan, youngPerson, onChanged }: { plan: Plan; youngPerson: boolean; onChanged: () => Promise<void> }) {
  const [text, setText] = useState('');
  const [hidden, setHidden] = useState(false);
  const { sending, failure, setFailure, send } = useSend('text');
  const [sent, setSent] = useState(false);

  async function add() {
    setSent(false);
    if (!text.trim()) {
      setFailure({ code: 'REQUIRED' });
      return;
    }
    const added = await send(() =>
      CommentEndpoint.addFamilyComment({
        id: crypto.randomUUID(),
        episodeId: plan.episodeId,
        text,
        hiddenFromYoungPeople: !youngPerson && hidden,
      }),
    );
    if (added) {
      setText('');
      setHidden(false);
      setSent(true);
      await onChanged();
    }
  }

  return (
    <section className="my-plan-section" aria-labelledby="my-plan-comments">
      <h2 id="my-plan-comments">{translate(key`myplan.comments.heading`)}</h2>
      <p>{translate(key`myplan.comments.intro`)}</p>
      {plan.comments.length === 0 ? (
        <p>{translate(key`myplan.comments.none`)}</p>
      ) : (
        <ul className="my-plan-list">
          {plan.comments.map((comment) => (
            <li key={comment.commentId} className="my-plan-card my-plan-comment">
              <p className="my-plan-meta">
                {translate(key`myplan.comments.by`, {
                  name: comment.who,
                  date: dayInWords(comment.writtenAt),
                })}
              </p>
              <p className="my-plan-comment-text">{comment.text}</p>
              {comment.hiddenFromYoungPeople && (
                <p className="my-plan-meta">{translate(key`myplan.comments.hidden`)}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {plan.status !== 'CLOSED' && (
        <form
          className="my-plan-form"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <TextArea
            label={translate(key`myplan.comments.label`)}
            value={text}
            required
            maxlength={4000}
            invalid={!!failure && failure.code !== 'offline' && failure.code !== 'other'}
            errorMessage={failure && failure.code !== 'offline' && failure.code !== 'other' ? errorInWords(failure.code) : ''}
            onValueChanged={(event) => setText(event.detail.value)}
          />
          {!youngPerson && (
            <Checkbox
              label={translate(key`myplan.comments.hide`)}
              checked={hidden}
              onCheckedChanged={(event) => setHidden(event.detail.value)}
            />
          )}
          {failure && (failure.code === 'offline' || failure.code === 'other') && (
            <p className="my-plan-error" role="alert">
              <WarningIcon /> {errorInWords(failure.code)}
            </p>
          )}
          <Button theme="primary" className="my-plan-send" disabled={sending} onClick={() => void add()}>
            {sending ? translate(key`myplan.comments.sending`) : translate(key`myplan.comments.send`)}
          </Button>
          {sent && (
            <p className="my-plan-saved" role="status">
              {translate(key`myplan.comments.sent`)}
            </p>
          )}
        </form>
      )}
    </section>
  );
}

/**
 * The consents the family member gave, and a way to withdraw theirs: a button, then what stopping means, then a
 * confirmation. Withdrawing closes the plan at once (the same rule as when they tell a practitioner).
 */
function Consent({ plan, personId, onChanged }: { plan: Plan; personId: string; onChanged: () => Promise<void> }) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const { sending, failure, send } = useSend('reason');

  async function withdraw() {
    const withdrawn = await send(() =>
      ClosureEndpoint.withdrawConsent({
        episodeId: plan.episodeId,
        givenByPersonId: personId,
        reason,
        requestId: crypto.randomUUID(),
      }),
    );
    if (withdrawn) {
      setAsking(false);
      await onChanged();
    }
  }

  return (
    <section className="my-plan-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{translate(key`myplan.consent.heading`)}</h2>
      <p>{translate(key`myplan.consent.intro`)}</p>
      {plan.consents.length === 0 ? (
        <p>{translate(key`myplan.consent.none`)}</p>
      ) : (
        <ul className="my-plan-list">
          {plan.consents.map((consent) => (
            <li key={`${consent.scope}-${consent.recordedAt}`} className="my-plan-card">
              <p className="my-plan-card-title">{inWords(CONSENT_SCOPE, consent.scope)}</p>
              <p className="my-plan-meta">
                {translate(CONSENT_DECISION[consent.decision] ?? key`myplan.consent.GIVEN`, {
                  date: dayInWords(consent.recordedAt),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {plan.mayWithdraw && !asking && (
        <Button className="my-plan-withdraw" onClick={() => setAsking(true)}>
          {translate(key`myplan.withdraw.button`)}
        </Button>
      )}
      {plan.mayWithdraw && asking && (
        <form
          className="my-plan-form my-plan-withdrawing"
          aria-labelledby={`${id}-before`}
          onSubmit={(event) => {
            event.preventDefault();
            void withdraw();
          }}
        >
          <h3 id={`${id}-before`}>{translate(key`myplan.withdraw.heading`)}</h3>
          <ul className="my-plan-points">
            <li>{translate(key`myplan.withdraw.what`)}</li>
            <li>{translate(key`myplan.withdraw.team`)}</li>
            <li>{translate(key`myplan.withdraw.kept`)}</li>
            <li>{translate(key`myplan.withdraw.safety`)}</li>
            <li>{translate(key`myplan.withdraw.again`)}</li>
          </ul>
          <p>{translate(key`myplan.withdraw.talk`)}</p>
          <TextArea
            label={translate(key`myplan.withdraw.reason`)}
            value={reason}
            maxlength={4000}
            onValueChanged={(event) => setReason(event.detail.value)}
          />
          {failure && (
            <p className="my-plan-error" role="alert">
              <WarningIcon /> {errorInWords(failure.code)}
            </p>
          )}
          <div className="my-plan-buttons">
            <Button theme="primary error" disabled={sending} onClick={() => void withdraw()}>
              {sending ? translate(key`myplan.withdraw.sending`) : translate(key`myplan.withdraw.confirm`)}
            </Button>
            <Button disabled={sending} onClick={() => setAsking(false)}>
              {translate(key`myplan.withdraw.cancel`)}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

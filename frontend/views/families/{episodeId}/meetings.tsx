import { useState } from 'react';
import { useParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TimePicker } from '@vaadin/react-components/TimePicker.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type MeetingRecord from 'Frontend/generated/org/hearth/casefile/CaseFile/MeetingRecord.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import OutcomeStatus from 'Frontend/generated/org/hearth/plan/OutcomeStatus.js';
import MeetingKind from 'Frontend/generated/org/hearth/review/MeetingKind.js';
import Progress from 'Frontend/generated/org/hearth/review/Progress.js';
import ReviewDecision from 'Frontend/generated/org/hearth/review/ReviewDecision.js';
import { dayInWords } from 'Frontend/components/caseload/format.js';
import { BRITISH_DATES } from 'Frontend/components/dates.js';
import { FamilyScreen, FormProblems, SavedNote } from 'Frontend/components/family/FamilyScreen.js';
import {
  DECISION_CONTINUES,
  DECISION_WORDS,
  MEETING_KIND_WORDS,
  OUTCOME_STATUS_WORDS,
  PROGRESS_WORDS,
  daysAfter,
  todayIso,
} from 'Frontend/components/family/stepWords.js';
import { momentInWords } from 'Frontend/components/family/words.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { errorAt, errorsForForm, submit } from 'Frontend/device/sync.js';
import { FormButtons } from 'Frontend/components/FormButtons.js';

export const config: ViewConfig = {
  title: 'Meetings and reviews',
  loginRequired: true,
};

/**
 * The team's meetings and the plan's reviews: what was held and what is to come, arranging the next meeting,
 * recording one as held (the first one starts the plan) and recording a review with its decision.
 */
export default function MeetingsView() {
  const { episodeId = '' } = useParams();
  return (
    <FamilyScreen episodeId={episodeId} title="Meetings and reviews">
      {(file) => (
        <div className="family-columns">
          <div className="family-main">
            <MeetingList file={file} />
            <ReviewSection file={file} />
          </div>
          <aside className="family-side">
            <ArrangeMeeting file={file} />
          </aside>
        </div>
      )}
    </FamilyScreen>
  );
}

/** What is wrong, by field; 'form' holds the reasons for the top of the form, one a line. */
type Problems = Record<string, string | undefined>;

/** The decisions that keep the plan going first, then those that end it. */
const DECISION_ORDER = [
  ReviewDecision.CONTINUE,
  ReviewDecision.AMEND_PLAN,
  ReviewDecision.ESCALATE_TO_PANEL,
  ReviewDecision.CLOSE,
  ReviewDecision.STEP_UP,
];

function meetingState(meeting: MeetingRecord): string {
  if (meeting.cancelledAt) {
    return `Called off${meeting.cancellationReason ? `: ${meeting.cancellationReason}` : ''}`;
  }
  if (meeting.heldOn) {
    const family = meeting.familyAttended === false ? 'the family did not come' : 'the family came';
    return `Held on ${dayInWords(meeting.heldOn)}, ${family}`;
  }
  return 'To come';
}

/** What the worker is doing to a meeting to come: recording it held, moving it, or calling it off. */
type Doing = { meetingId: string; what: 'held' | 'move' | 'callOff' };

function MeetingList({ file }: { file: CaseFile }) {
  const [doing, setDoing] = useState<Doing>();
  const meetings = [...file.meetings].sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor));
  return (
    <section className="family-section" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">Team meetings</h2>
      {meetings.length === 0 ? (
        <p>No meeting is arranged yet.</p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((meeting) => {
            const upcoming = !meeting.heldOn && !meeting.cancelledAt;
            const name = `${MEETING_KIND_WORDS[meeting.kind]}, ${momentInWords(meeting.scheduledFor)}`;
            return (
              <li key={meeting.meetingId} className={`meeting${upcoming ? ' is-upcoming' : ''}`} aria-label={name}>
                <p className="meeting-title">
                  <strong>{MEETING_KIND_WORDS[meeting.kind]}</strong> · {momentInWords(meeting.scheduledFor)}
                </p>
                <p className="meeting-state">{meetingState(meeting)}</p>
                {meeting.notes && <p className="meeting-notes">{meeting.notes}</p>}
                {upcoming && file.status !== EpisodeStatus.CLOSED && doing?.meetingId !== meeting.meetingId && (
                  <div className="form-buttons">
                    <Button onClick={() => setDoing({ meetingId: meeting.meetingId, what: 'held' })} aria-label={`Record as held: ${name}`}>
                      Record as held
                    </Button>
                    <Button onClick={() => setDoing({ meetingId: meeting.meetingId, what: 'move' })} aria-label={`Move: ${name}`}>
                      Move
                    </Button>
                    <Button onClick={() => setDoing({ meetingId: meeting.meetingId, what: 'callOff' })} aria-label={`Call off: ${name}`}>
                      Call off
                    </Button>
                  </div>
                )}
                {doing?.meetingId === meeting.meetingId && doing.what === 'held' && (
                  <RecordMeeting file={file} meeting={meeting} onDone={() => setDoing(undefined)} />
                )}
                {doing?.meetingId === meeting.meetingId && doing.what === 'move' && (
                  <MoveMeeting file={file} meeting={meeting} onDone={() => setDoing(undefined)} />
                )}
                {doing?.meetingId === meeting.meetingId && doing.what === 'callOff' && (
                  <CallOffMeeting file={file} meeting={meeting} onDone={() => setDoing(undefined)} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Which meeting can be arranged now: the first while the plan is written, reviews once it is under way. */
function kindToArrange(file: CaseFile): MeetingKind | undefined {
  if (file.status === EpisodeStatus.PLANNING) {
    return file.meetings.some((meeting) => meeting.kind === MeetingKind.INITIAL_TAF && !meeting.cancelledAt)
      ? undefined
      : MeetingKind.INITIAL_TAF;
  }
  return file.status === EpisodeStatus.ACTIVE ? MeetingKind.REVIEW : undefined;
}

function ArrangeMeeting({ file }: { file: CaseFile }) {
  const kind = kindToArrange(file);
  const { values, update, clear } = useDraft(`meeting:${file.episodeId}`, { day: '', time: '' });
  const [problems, setProblems] = useState<Problems>({});
  // What was arranged last, said until the worker starts on another (the first meeting's note outlives its form).
  const [saved, setSaved] = useState<{ state: 'sent' | 'queued'; kind: MeetingKind }>();
  const note = saved && <SavedNote state={saved.state} sent={`${MEETING_KIND_WORDS[saved.kind]} arranged.`} />;

  if (!kind) {
    return (
      <section className="family-section" aria-labelledby="arrange-heading">
        <h2 id="arrange-heading">Arrange a meeting</h2>
        <p>
          {file.status === EpisodeStatus.PLANNING
            ? 'The first team meeting is in the diary. Record it as held once it has taken place.'
            : file.status === EpisodeStatus.CLOSED
              ? 'This episode is closed.'
              : 'The first team meeting is arranged once the assessment is complete, while the plan is written.'}
        </p>
        {note}
      </section>
    );
  }

  async function arrange() {
    const day = String(values.day ?? '');
    const time = String(values.time ?? '');
    const found: Problems = { day: day ? undefined : 'Pick the day.', time: time ? undefined : 'Pick the time.' };
    setProblems(found);
    if (found.day || found.time) {
      return;
    }
    const scheduledFor = instantOf(day, time);
    const answer = await submit(
      'scheduleMeeting',
      file.episodeId,
      { id: crypto.randomUUID(), episodeId: file.episodeId, kind, scheduledFor },
      `${MEETING_KIND_WORDS[kind!]} arranged for ${momentInWords(scheduledFor)}`,
    );
    if (answer.state === 'refused') {
      setProblems({
        day: errorAt(answer.errors, 'scheduledFor'),
        form: errorsForForm(answer.errors, ['scheduledFor']).join('\n'),
      });
      return;
    }
    await clear();
    setSaved({ state: answer.state, kind: kind! });
  }

  return (
    <section className="family-section" aria-labelledby="arrange-heading">
      <h2 id="arrange-heading">Arrange a meeting</h2>
      <form className="step-form" aria-label="Arrange a meeting" onSubmit={(event) => event.preventDefault()}>
        <p className="form-intro">
          {kind === MeetingKind.INITIAL_TAF
            ? 'The first team meeting, where the family and the team agree the plan. Holding it starts the plan.'
            : 'A review meeting, where the family and the team look at how the plan is going.'}
        </p>
        <FormProblems problems={(problems.form ?? '').split('\n').filter(Boolean)} />
        <DatePicker
          label="Day"
          i18n={BRITISH_DATES}
          helperText="Day/month/year, today or later"
          min={todayIso()}
          value={String(values.day ?? '')}
          errorMessage={problems.day}
          invalid={!!problems.day}
          onValueChanged={(event) => {
            update({ day: event.detail.value });
            setProblems((current) => ({ ...current, day: undefined }));
            setSaved(undefined);
          }}
        />
        <TimePicker
          label="Time"
          step={15 * 60}
          min="07:00"
          max="21:00"
          helperText="Hours:minutes"
          value={String(values.time ?? '')}
          errorMessage={problems.time}
          invalid={!!problems.time}
          onValueChanged={(event) => {
            update({ time: event.detail.value });
            setProblems((current) => ({ ...current, time: undefined }));
            setSaved(undefined);
          }}
        />
        <div className="form-buttons">
          <Button theme="primary" onClick={() => void arrange()}>
            Arrange the meeting
          </Button>
        </div>
        {saved?.kind === kind && note}
      </form>
    </section>
  );
}

/** A day and a time as the pickers give them (yyyy-mm-dd, hh:mm), as an instant. */
function instantOf(day: string, time: string): string {
  return new Date(`${day}T${time.slice(0, 5)}`).toISOString();
}

/** Moving a meeting still to come to another day or time, today or later. */
function MoveMeeting({ file, meeting, onDone }: { file: CaseFile; meeting: MeetingRecord; onDone: () => void }) {
  const { values, update, clear } = useDraft(`move:${meeting.meetingId}`, { day: '', time: '' });
  const [problems, setProblems] = useState<Problems>({});

  async function move() {
    const day = String(values.day ?? '');
    const time = String(values.time ?? '');
    const found: Problems = { day: day ? undefined : 'Pick the new day.', time: time ? undefined : 'Pick the new time.' };
    setProblems(found);
    if (found.day || found.time) {
      return;
    }
    const scheduledFor = instantOf(day, time);
    const answer = await submit(
      'rescheduleMeeting',
      file.episodeId,
      { meetingId: meeting.meetingId, scheduledFor, version: meeting.version, requestId: crypto.randomUUID() },
      `${MEETING_KIND_WORDS[meeting.kind]} moved to ${momentInWords(scheduledFor)}`,
    );
    if (answer.state === 'refused') {
      setProblems({ day: errorAt(answer.errors, 'scheduledFor'), form: errorsForForm(answer.errors, ['scheduledFor']).join('\n') });
      return;
    }
    await clear();
    onDone();
  }

  return (
    <form className="step-form" aria-label={`Move: ${MEETING_KIND_WORDS[meeting.kind]}`} onSubmit={(event) => event.preventDefault()}>
      <FormProblems problems={(problems.form ?? '').split('\n').filter(Boolean)} />
      <DatePicker
        label="New day"
        i18n={BRITISH_DATES}
        helperText="Day/month/year, today or later"
        min={todayIso()}
        value={String(values.day ?? '')}
        errorMessage={problems.day}
        invalid={!!problems.day}
        onValueChanged={(event) => update({ day: event.detail.value })}
      />
      <TimePicker
        label="New time"
        step={15 * 60}
        helperText="Hours:minutes"
        value={String(values.time ?? '')}
        errorMessage={problems.time}
        invalid={!!problems.time}
        onValueChanged={(event) => update({ time: event.detail.value })}
      />
      <FormButtons send="Move the meeting" onSend={() => void move()} onCancel={() => { void clear(); onDone(); }} />
    </form>
  );
}

/** Calling off a meeting still to come, with the reason; it stays in the list, called off. */
function CallOffMeeting({ file, meeting, onDone }: { file: CaseFile; meeting: MeetingRecord; onDone: () => void }) {
  const { values, update, clear } = useDraft(`call-off:${meeting.meetingId}`, { reason: '' });
  const [problems, setProblems] = useState<Problems>({});

  async function callOff() {
    const reason = String(values.reason ?? '').trim();
    if (!reason) {
      setProblems({ reason: 'Say why the meeting is called off.' });
      return;
    }
    const answer = await submit(
      'cancelMeeting',
      file.episodeId,
      { meetingId: meeting.meetingId, reason, version: meeting.version, requestId: crypto.randomUUID() },
      `${MEETING_KIND_WORDS[meeting.kind]} called off`,
    );
    if (answer.state === 'refused') {
      setProblems({ reason: errorAt(answer.errors, 'reason'), form: errorsForForm(answer.errors, ['reason']).join('\n') });
      return;
    }
    await clear();
    onDone();
  }

  return (
    <form className="step-form" aria-label={`Call off: ${MEETING_KIND_WORDS[meeting.kind]}`} onSubmit={(event) => event.preventDefault()}>
      <FormProblems problems={(problems.form ?? '').split('\n').filter(Boolean)} />
      <TextArea
        label="Why is it called off?"
        helperText="The team's other practitioners are told."
        value={String(values.reason ?? '')}
        errorMessage={problems.reason}
        invalid={!!problems.reason}
        onValueChanged={(event) => update({ reason: event.detail.value })}
      />
      <FormButtons send="Call off the meeting" onSend={() => void callOff()} cancel="Keep it" onCancel={() => { void clear(); onDone(); }} />
    </form>
  );
}

/** Who came and who sent apologies, picked from the team: a big checkbox for each. */
function TeamPicker({
  file,
  legend,
  picked,
  others,
  error,
  onChange,
}: {
  file: CaseFile;
  legend: string;
  picked: string[];
  others: string[];
  error?: string;
  onChange: (picked: string[]) => void;
}) {
  return (
    <fieldset className={`team-picker${error ? ' is-invalid' : ''}`} aria-describedby={error ? `${legend}-error` : undefined}>
      <legend>{legend}</legend>
      {file.team.map((member) => (
        <Checkbox
          key={member.memberId}
          className="big-checkbox"
          label={`${member.name}${member.agency ? `, ${member.agency}` : member.personId ? ', family' : ''}`}
          checked={picked.includes(member.memberId)}
          disabled={others.includes(member.memberId)}
          onCheckedChanged={(event) => {
            const without = picked.filter((id) => id !== member.memberId);
            if (event.detail.value !== picked.includes(member.memberId)) {
              onChange(event.detail.value ? [...without, member.memberId] : without);
            }
          }}
        />
      ))}
      {error && (
        <p className="field-error" id={`${legend}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

function RecordMeeting({ file, meeting, onDone }: { file: CaseFile; meeting: MeetingRecord; onDone: () => void }) {
  const { values, update, clear } = useDraft(`held:${meeting.meetingId}`, {
    heldOn: todayIso(),
    attendeeIds: [] as string[],
    apologyIds: [] as string[],
    familyAttended: true,
    notes: '',
  });
  const [problems, setProblems] = useState<Problems>({});
  const attendees = (values.attendeeIds as string[] | undefined) ?? [];
  const apologies = (values.apologyIds as string[] | undefined) ?? [];
  const fields = ['heldOn', 'attendeeIds', 'apologyIds', 'meetingId'];

  async function save() {
    const found: Problems = {
      heldOn: values.heldOn ? undefined : 'Say when it was held.',
      attendeeIds: attendees.length > 0 ? undefined : 'Tick at least one team member who came.',
    };
    setProblems(found);
    if (found.heldOn || found.attendeeIds) {
      return;
    }
    const answer = await submit(
      'recordMeeting',
      file.episodeId,
      {
        meetingId: meeting.meetingId,
        heldOn: String(values.heldOn),
        attendeeIds: attendees,
        apologyIds: apologies,
        familyAttended: !!values.familyAttended,
        notes: String(values.notes ?? '').trim() || undefined,
        requestId: crypto.randomUUID(),
      },
      `${MEETING_KIND_WORDS[meeting.kind]} recorded as held`,
    );
    if (answer.state === 'refused') {
      setProblems({
        heldOn: errorAt(answer.errors, 'heldOn'),
        attendeeIds: errorAt(answer.errors, 'attendeeIds'),
        apologyIds: errorAt(answer.errors, 'apologyIds'),
        form: [...errorsForForm(answer.errors, fields), errorAt(answer.errors, 'meetingId') ?? ''].join('\n'),
      });
      return;
    }
    await clear();
    onDone();
  }

  return (
    <form className="step-form meeting-held" aria-label={`Record as held: ${MEETING_KIND_WORDS[meeting.kind]}`} onSubmit={(event) => event.preventDefault()}>
      <FormProblems problems={(problems.form ?? '').split('\n').filter(Boolean)} />
      <DatePicker
        label="Held on"
        i18n={BRITISH_DATES}
        helperText="Day/month/year"
        max={todayIso()}
        value={String(values.heldOn ?? '')}
        errorMessage={problems.heldOn}
        invalid={!!problems.heldOn}
        onValueChanged={(event) => update({ heldOn: event.detail.value })}
      />
      <TeamPicker
        file={file}
        legend="Who came"
        picked={attendees}
        others={apologies}
        error={problems.attendeeIds}
        onChange={(picked) => {
          update({ attendeeIds: picked });
          setProblems((current) => ({ ...current, attendeeIds: undefined }));
        }}
      />
      <TeamPicker
        file={file}
        legend="Who sent apologies"
        picked={apologies}
        others={attendees}
        error={problems.apologyIds}
        onChange={(picked) => {
          update({ apologyIds: picked });
          setProblems((current) => ({ ...current, apologyIds: undefined }));
        }}
      />
      <Checkbox
        className="big-checkbox"
        label="The family came"
        checked={!!values.familyAttended}
        onCheckedChanged={(event) => {
          if (event.detail.value !== !!values.familyAttended) {
            update({ familyAttended: event.detail.value });
          }
        }}
      />
      <TextArea label="Notes (optional)" value={String(values.notes ?? '')} onValueChanged={(event) => update({ notes: event.detail.value })} />
      {meeting.kind === MeetingKind.INITIAL_TAF && file.status === EpisodeStatus.PLANNING && (
        <p className="form-intro">Recording the first team meeting agrees the plan: it starts, and the first review falls due.</p>
      )}
      <FormButtons send="Record the meeting" onSend={() => void save()} onCancel={() => { void clear(); onDone(); }} />
    </form>
  );
}

function ReviewSection({ file }: { file: CaseFile }) {
  const reviews = [...file.reviews].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <section className="family-section" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Reviews of the plan</h2>
      {file.due.nextReviewDue && file.status === EpisodeStatus.ACTIVE && (
        <div className="next-review">
          <p className={file.due.reviewOverdue ? 'overdue-text' : undefined}>
            Next review due {dayInWords(file.due.nextReviewDue)}
            {file.due.reviewOverdue ? ': overdue' : ''}.
          </p>
          <BringForward file={file} nextReviewDue={file.due.nextReviewDue} />
        </div>
      )}
      {reviews.length === 0 ? (
        <p>No review yet.</p>
      ) : (
        <ul className="review-list">
          {reviews.map((review) => (
            <li key={review.reviewId} className="review">
              <p className="meeting-title">
                <strong>Review of {dayInWords(review.heldOn)}</strong> · {PROGRESS_WORDS[review.progress].words} ·{' '}
                {DECISION_WORDS[review.decision].words}
              </p>
              {review.familyViews && <p>The family: {review.familyViews}</p>}
              {review.childViews && <p>The child: {review.childViews}</p>}
              {review.nextReviewDue && <p>Next review by {dayInWords(review.nextReviewDue)}</p>}
            </li>
          ))}
        </ul>
      )}
      {file.status === EpisodeStatus.ACTIVE ? (
        <RecordReview file={file} />
      ) : (
        file.status === EpisodeStatus.PLANNING && <p>Reviews start once the first team meeting is held.</p>
      )}
    </section>
  );
}

function RecordReview({ file }: { file: CaseFile }) {
  const open = file.outcomes.filter((outcome) => outcome.status === OutcomeStatus.OPEN);
  const { values, update, clear } = useDraft(`review:${file.episodeId}`, {
    heldOn: todayIso(),
    progress: '',
    decision: '',
    familyViews: '',
    childViews: '',
    nextReviewDue: '',
    statuses: {} as Record<string, string>,
  });
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState<'sent' | 'queued'>();
  const max = file.policy.maxReviewIntervalDays;
  const heldOn = String(values.heldOn ?? '');
  const decision = String(values.decision ?? '') as ReviewDecision | '';
  const continues = decision === '' || DECISION_CONTINUES[decision];
  const statuses = (values.statuses as Record<string, string> | undefined) ?? {};
  const fields = ['heldOn', 'progress', 'decision', 'nextReviewDue', 'outcomeProgress', 'familyViews', 'childViews'];

  function change(next: Partial<typeof values>, field: string) {
    update(next);
    setProblems((current) => ({ ...current, [field]: undefined }));
    setSaved(undefined);
  }

  async function save() {
    const found: Problems = {
      heldOn: heldOn ? undefined : 'Say when the review took place.',
      progress: values.progress ? undefined : 'Say how things have moved.',
      decision: decision ? undefined : 'Choose what the review decided.',
      nextReviewDue: continues && !values.nextReviewDue ? 'Set the date of the next review: the plan goes on.' : undefined,
    };
    setProblems(found);
    if (found.heldOn || found.progress || found.decision || found.nextReviewDue) {
      return;
    }
    const answer = await submit(
      'recordReview',
      file.episodeId,
      {
        id: crypto.randomUUID(),
        episodeId: file.episodeId,
        heldOn,
        progress: values.progress as Progress,
        decision: decision as ReviewDecision,
        outcomeProgress: open
          .filter((outcome) => statuses[outcome.outcomeId] && statuses[outcome.outcomeId] !== OutcomeStatus.OPEN)
          .map((outcome) => ({ outcomeId: outcome.outcomeId, status: statuses[outcome.outcomeId] as OutcomeStatus })),
        familyViews: String(values.familyViews ?? '').trim() || undefined,
        childViews: String(values.childViews ?? '').trim() || undefined,
        nextReviewDue: continues ? String(values.nextReviewDue) : undefined,
      },
      `Review: ${DECISION_WORDS[decision as ReviewDecision].words}`,
    );
    if (answer.state === 'refused') {
      setProblems({
        heldOn: errorAt(answer.errors, 'heldOn'),
        progress: errorAt(answer.errors, 'progress'),
        decision: errorAt(answer.errors, 'decision'),
        nextReviewDue: errorAt(answer.errors, 'nextReviewDue'),
        outcomeProgress: errorAt(answer.errors, 'outcomeProgress'),
        form: errorsForForm(answer.errors, fields).join('\n'),
      });
      return;
    }
    await clear();
    setSaved(answer.state);
  }

  return (
    <form className="step-form" aria-label="Record a review" onSubmit={(event) => event.preventDefault()}>
      <h3>Record a review</h3>
      <FormProblems problems={(problems.form ?? '').split('\n').filter(Boolean)} />
      <DatePicker
        label="Held on"
        i18n={BRITISH_DATES}
        helperText="Day/month/year"
        max={todayIso()}
        value={heldOn}
        errorMessage={problems.heldOn}
        invalid={!!problems.heldOn}
        onValueChanged={(event) => change({ heldOn: event.detail.value }, 'heldOn')}
      />
      <RadioGroup
        label="How have things moved since the last review?"
        theme="vertical"
        className="explained-choices"
        value={String(values.progress ?? '')}
        errorMessage={problems.progress}
        invalid={!!problems.progress}
        onValueChanged={(event) => event.detail.value !== values.progress && change({ progress: event.detail.value }, 'progress')}
      >
        {Object.values(Progress).map((progress) => (
          <RadioButton key={progress} value={progress}>
            <label slot="label">
              <strong>{PROGRESS_WORDS[progress].words}</strong>
              <span className="choice-meaning">{PROGRESS_WORDS[progress].meaning}</span>
            </label>
          </RadioButton>
        ))}
      </RadioGroup>
      {open.length > 0 && (
        <fieldset className={`outcome-statuses${problems.outcomeProgress ? ' is-invalid' : ''}`}>
          <legend>Where each outcome stands</legend>
          {open.map((outcome) => (
            <Select
              key={outcome.outcomeId}
              label={outcome.description}
              items={Object.values(OutcomeStatus).map((status) => ({ label: OUTCOME_STATUS_WORDS[status], value: status }))}
              value={statuses[outcome.outcomeId] ?? OutcomeStatus.OPEN}
              onValueChanged={(event) =>
                event.detail.value !== (statuses[outcome.outcomeId] ?? OutcomeStatus.OPEN) &&
                change({ statuses: { ...statuses, [outcome.outcomeId]: event.detail.value } }, 'outcomeProgress')
              }
            />
          ))}
          {problems.outcomeProgress && <p className="field-error">{problems.outcomeProgress}</p>}
        </fieldset>
      )}
      <RadioGroup
        label="What did the review decide?"
        theme="vertical"
        className="explained-choices"
        value={decision}
        errorMessage={problems.decision}
        invalid={!!problems.decision}
        onValueChanged={(event) => event.detail.value !== decision && change({ decision: event.detail.value }, 'decision')}
      >
        {DECISION_ORDER.map((option) => (
          <RadioButton key={option} value={option}>
            <label slot="label">
              <strong>{DECISION_WORDS[option].words}</strong>
              <span className="choice-meaning">{DECISION_WORDS[option].meaning}</span>
            </label>
          </RadioButton>
        ))}
      </RadioGroup>
      <TextArea
        label="What the family says (optional)"
        value={String(values.familyViews ?? '')}
        onValueChanged={(event) => change({ familyViews: event.detail.value }, 'familyViews')}
      />
      <TextArea
        label="What the child says (optional)"
        value={String(values.childViews ?? '')}
        onValueChanged={(event) => change({ childViews: event.detail.value }, 'childViews')}
      />
      {continues && (
        <DatePicker
          label="Next review by"
          i18n={BRITISH_DATES}
          helperText={`Reviews are at most ${max} days apart: by ${dayInWords(daysAfter(heldOn || undefined, max))} at the latest. Day/month/year.`}
          min={daysAfter(heldOn || undefined, 1)}
          value={String(values.nextReviewDue ?? '')}
          errorMessage={problems.nextReviewDue}
          invalid={!!problems.nextReviewDue}
          onValueChanged={(event) => change({ nextReviewDue: event.detail.value }, 'nextReviewDue')}
        />
      )}
      <div className="form-buttons">
        <Button theme="primary" onClick={() => void save()}>
          Record the review
        </Button>
      </div>
      <SavedNote state={saved} sent="Review recorded." />
    </form>
  );
}

/**
 * Bringing the next review forward to an earlier day, saying why (the team's other practitioners are told). The new
 * day shows at once, on the tablet too, and is sent when there is signal.
 */
function BringForward({ file, nextReviewDue }: { file: CaseFile; nextReviewDue: string }) {
  const { values, update, clear } = useDraft(`review-forward:${file.episodeId}`, { open: false, to: '', reason: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState<'sent' | 'queued'>();
  const to = String(values.to ?? '');
  const reason = String(values.reason ?? '');
  const latest = daysAfter(nextReviewDue, -1);

  async function bringForward() {
    const found: Problems = {
      to: to ? undefined : 'Pick the earlier day.',
      reason: reason.trim() ? undefined : 'Say why the review cannot wait.',
    };
    setProblems(found);
    if (found.to || found.reason) {
      return;
    }
    const answer = await submit(
      'bringReviewForward',
      file.episodeId,
      { episodeId: file.episodeId, to, reason: reason.trim(), requestId: crypto.randomUUID() },
      `Review brought forward to ${dayInWords(to)}`,
    );
    if (answer.state === 'refused') {
      setProblems({
        to: errorAt(answer.errors, 'to'),
        reason: errorAt(answer.errors, 'reason'),
        form: errorsForForm(answer.errors, ['to', 'reason']).join('\n'),
      });
      return;
    }
    await clear();
    setSaved(answer.state);
  }

  if (!values.open) {
    return (
      <>
        <Button
          onClick={() => {
            update({ open: true });
            setSaved(undefined);
          }}
        >
          Bring the review forward
        </Button>
        <SavedNote state={saved} sent="The review is brought forward; the team is told." />
      </>
    );
  }
  return (
    <form className="step-form" aria-label="Bring the review forward" onSubmit={(event) => event.preventDefault()}>
      <p className="form-intro">
        Hold the next review sooner than {dayInWords(nextReviewDue)}, for example when things have changed for the
        family. The team’s other practitioners are told.
      </p>
      <FormProblems problems={(problems.form ?? '').split('\n').filter(Boolean)} />
      <DatePicker
        label="New day for the review"
        i18n={BRITISH_DATES}
        helperText="Day/month/year: today or later, before the day it is due now"
        min={todayIso()}
        max={latest}
        value={to}
        errorMessage={problems.to}
        invalid={!!problems.to}
        onValueChanged={(event) => {
          if (event.detail.value !== to) {
            update({ to: event.detail.value });
            setProblems((current) => ({ ...current, to: undefined }));
          }
        }}
      />
      <TextArea
        label="Why can it not wait?"
        value={reason}
        errorMessage={problems.reason}
        invalid={!!problems.reason}
        onValueChanged={(event) => {
          update({ reason: event.detail.value });
          setProblems((current) => ({ ...current, reason: undefined }));
        }}
      />
      <FormButtons send="Bring the review forward" onSend={() => void bringForward()} onCancel={() => { void clear(); setProblems({}); }} />
    </form>
  );
}

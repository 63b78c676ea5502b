import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { CheckboxGroup } from '@vaadin/react-components/CheckboxGroup.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type Member from 'Frontend/generated/org/hearth/casefile/CaseFile/Member.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import PersonRole from 'Frontend/generated/org/hearth/family/PersonRole.js';
import { canSeeCaseload, useAuth } from 'Frontend/auth.js';
import { dayInWords, statusInWords } from 'Frontend/components/caseload/format.js';
import { PersonViewForm } from 'Frontend/components/assessment/PersonViewForm.js';
import { type HouseWords, ThreeHouses, voiceDraftKey } from 'Frontend/components/assessment/ThreeHouses.js';
import { House } from 'Frontend/components/assessment/Houses.js';
import { ageInWords, ROLE_WORDS } from 'Frontend/components/family/words.js';
import { InfoIcon } from 'Frontend/components/icons.js';
import { deviceStore } from 'Frontend/device/device.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { useCaseFile } from 'Frontend/device/hooks.js';
import { errorAt, errorsForForm, submit, type Submitted } from 'Frontend/device/sync.js';

export const config: ViewConfig = {
  title: 'Assessment',
  loginRequired: true,
};

/** Children this young are not handed the tablet: their voice is heard another way. */
const YOUNGEST_FOR_THE_HOUSES = 4;

type Saved = Record<string, Submitted | undefined>;

/**
 * The assessment: everyone's view in three columns, each child's three houses in their own words (on a screen handed
 * to the child), then a summary to complete it. Works from the device's copy, with or without signal.
 */
export default function AssessmentView() {
  const { episodeId = '' } = useParams();
  const { state: auth } = useAuth();
  const { file, kept, freshness } = useCaseFile(episodeId);
  const [search, setSearch] = useSearchParams();
  const [saved, setSaved] = useState<Saved>({});

  if (!canSeeCaseload(auth.user?.roles)) {
    return <Missing episodeId={episodeId} />;
  }
  if (!file) {
    if (!kept || freshness === 'reading') {
      return (
        <div className="loading" role="status">
          <p>Opening the assessment…</p>
          <ProgressBar indeterminate aria-label="Opening the assessment" />
        </div>
      );
    }
    return <Missing episodeId={episodeId} />;
  }

  const open = file.status === EpisodeStatus.ASSESSING;
  const assessment = file.assessment;
  const handedTo = file.members.find((member) => member.personId === search.get('child') && member.role === PersonRole.CHILD);

  async function giveBack(child: Member, words: HouseWords) {
    setSearch({}, { replace: true });
    const voice = assessment?.childVoices.find((found) => found.childId === child.personId);
    const changed: Partial<HouseWords> = {};
    for (const part of ['worries', 'goodThings', 'dreams'] as const) {
      const now = words[part].trim();
      if (now !== (voice?.[part] ?? '')) {
        changed[part] = now;
      }
    }
    if (Object.keys(changed).length === 0) {
      await deviceStore()?.drafts.delete(voiceDraftKey(episodeId, child.personId));
      return;
    }
    const answer = await submit(
      'recordChildVoice',
      episodeId,
      { episodeId, childId: child.personId, ...changed, version: voice?.version, requestId: crypto.randomUUID() },
      `${child.givenName}’s three houses`,
    );
    if (answer.state !== 'refused') {
      await deviceStore()?.drafts.delete(voiceDraftKey(episodeId, child.personId));
    }
    setSaved((current) => ({ ...current, [`voice:${child.personId}`]: answer }));
  }

  if (handedTo && open && assessment) {
    return (
      <ThreeHouses
        episodeId={episodeId}
        child={handedTo}
        voice={assessment.childVoices.find((voice) => voice.childId === handedTo.personId)}
        onGiveBack={(words) => void giveBack(handedTo, words)}
      />
    );
  }

  return (
    <article className="assessment" aria-labelledby="assessment-heading">
      <nav className="breadcrumbs" aria-label="Back">
        <Link to={`/families/${episodeId}`}>Back to the family</Link>
      </nav>
      <div className="page-heading">
        <h1 id="assessment-heading">Assessment: hear everyone’s views</h1>
        <p className="page-summary">
          Family {file.familyReference} · {statusInWords(file.status)}
          {assessment && ` · started ${dayInWords(assessment.startedOn)}`}
          {assessment?.completedOn && ` · completed ${dayInWords(assessment.completedOn)}`}
        </p>
      </div>
      {!assessment ? (
        <StartAssessment file={file} />
      ) : (
        <>
          <section className="family-section" aria-labelledby="views-heading">
            <h2 id="views-heading">What each person says</h2>
            <p className="section-hint">
              In their own words where you can. Each person is saved on their own, so two of you can hear different
              people at once.
            </p>
            <ul className="person-views">
              {[...file.members]
                // The grown-ups first, then the children, each with their three houses.
                .sort((a, b) => Number(a.role === PersonRole.CHILD) - Number(b.role === PersonRole.CHILD))
                .map((member) => {
                const view = assessment.views.find((found) => found.personId === member.personId);
                const status = saved[`view:${member.personId}`];
                return (
                  <li key={member.personId} className="person-view">
                    <h3 className="person-view-name">
                      {member.givenName} {member.familyName}{' '}
                      <span className="person-view-role">
                        {ROLE_WORDS[member.role]}
                        {member.age != null && `, ${ageInWords(member.age, member.expectedDateOfBirth)}`}
                        {view ? ' · heard' : ' · not heard yet'}
                      </span>
                    </h3>
                    <PersonViewForm
                      key={member.personId}
                      episodeId={episodeId}
                      member={member}
                      view={view}
                      open={open}
                      onSaved={(state) => setSaved((current) => ({ ...current, [`view:${member.personId}`]: state === 'sent' ? { state: 'sent' } : { state: 'queued' } }))}
                    />
                    <SavedLine status={status} />
                    {member.role === PersonRole.CHILD && (
                      <ChildHouses
                        file={file}
                        child={member}
                        open={open}
                        status={saved[`voice:${member.personId}`]}
                        onHandOver={() => setSearch({ child: member.personId })}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
          <CompleteAssessment file={file} />
        </>
      )}
    </article>
  );
}

function SavedLine({ status }: { status: Saved[string] }) {
  return (
    <p role="status" className="form-status">
      {status?.state === 'sent' ? 'Saved.' : status?.state === 'queued' ? 'Saved on this tablet: it is sent when there is signal.' : ''}
    </p>
  );
}

/** A child's three houses as they left them, and the button that hands the tablet over. */
function ChildHouses({
  file,
  child,
  open,
  status,
  onHandOver,
}: {
  file: CaseFile;
  child: Member;
  open: boolean;
  status: Saved[string];
  onHandOver: () => void;
}) {
  const voice = file.assessment?.childVoices.find((found) => found.childId === child.personId);
  const tooYoung = child.age == null || child.age < YOUNGEST_FOR_THE_HOUSES;
  const parts = [
    { kind: 'worries', name: 'House of worries', words: voice?.worries },
    { kind: 'goodThings', name: 'House of good things', words: voice?.goodThings },
    { kind: 'dreams', name: 'House of dreams', words: voice?.dreams },
  ] as const;
  return (
    <div className="child-houses" role="group" aria-label={`${child.givenName}’s three houses`}>
      <h4>{child.givenName}’s three houses, in their own words</h4>
      {voice ? (
        <ul className="child-houses-words">
          {parts.map((part) => (
            <li key={part.kind}>
              <House kind={part.kind} className="child-houses-picture" />
              <span>
                <strong>{part.name}:</strong> {part.words ?? '(nothing said)'}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{tooYoung ? `${child.givenName} is too young to fill in the houses.` : 'Not filled in yet.'}</p>
      )}
      {status?.state === 'refused' && (
        <div className="message message-error" role="alert">
          {errorsForForm(status.errors, []).map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
          <p>What {child.givenName} wrote is still on this tablet: hand it over again to send it.</p>
        </div>
      )}
      <SavedLine status={status?.state === 'refused' ? undefined : status} />
      {open && !tooYoung && (
        <Button onClick={onHandOver}>Hand the tablet to {child.givenName}</Button>
      )}
    </div>
  );
}

/** Starting the assessment, once the family has agreed and nobody has started it. */
function StartAssessment({ file }: { file: CaseFile }) {
  const [problems, setProblems] = useState<string[]>([]);
  if (file.status !== EpisodeStatus.ASSESSING) {
    return (
      <div className="message message-info">
        <InfoIcon />
        <p>
          {file.status === EpisodeStatus.REQUESTED
            ? 'The assessment starts once the family has agreed to early help: record their consent first.'
            : 'This family has no assessment to record now.'}
        </p>
      </div>
    );
  }
  async function start() {
    const answer = await submit('startAssessment', file.episodeId, { episodeId: file.episodeId, requestId: crypto.randomUUID() }, 'Start the assessment');
    setProblems(answer.state === 'refused' ? errorsForForm(answer.errors, []) : []);
  }
  return (
    <section className="family-section" aria-labelledby="start-heading">
      <h2 id="start-heading">Start the assessment</h2>
      <p>Hear what each person in the family thinks: what worries them, what is going well and what they would like to happen.</p>
      {problems.length > 0 && (
        <div className="message message-error" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <Button theme="primary" onClick={() => void start()}>
        Start the assessment
      </Button>
    </section>
  );
}

/** The need areas the assessment found, named as the policy names them, in its order. */
function needsInWords(file: CaseFile, codes: readonly string[]): string[] {
  return file.policy.needAreas.filter((area) => codes.includes(area.code)).map((area) => area.name);
}

/** Completing: what the assessment found, the needs under the policy's need areas, and the services already helping. */
function CompleteAssessment({ file }: { file: CaseFile }) {
  const assessment = file.assessment!;
  const { values, update, clear, restored } = useDraft(`assessment-summary:${file.episodeId}`, {
    summary: '',
    services: '',
    needs: [] as string[],
  });
  const [problems, setProblems] = useState<{ summary?: string; needs?: string; views?: string; form: string[] }>({
    form: [],
  });
  const [saved, setSaved] = useState<Submitted['state'] | undefined>();

  if (assessment.completedOn) {
    const found = needsInWords(file, assessment.needAreaCodes);
    return (
      <section className="family-section" aria-labelledby="complete-heading">
        <h2 id="complete-heading">What the assessment found</h2>
        <p className="assessment-summary">{assessment.summary}</p>
        <h3>Needs found</h3>
        {found.length > 0 ? (
          <ul className="needs-found">
            {found.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          <p className="section-hint">None were recorded.</p>
        )}
        <p className="form-status" role="status">
          {saved === 'sent' ? 'Completed.' : saved === 'queued' ? 'Completed on this tablet: it is sent when there is signal.' : ''}
        </p>
        <p>
          <Link to={`/families/${file.episodeId}/plan`}>Next: agree the plan</Link>
        </p>
      </section>
    );
  }
  if (file.status !== EpisodeStatus.ASSESSING) {
    return null;
  }

  async function complete() {
    const summary = String(values.summary ?? '').trim();
    if (summary === '') {
      setProblems({ summary: 'Sum up what the assessment found.', form: [] });
      return;
    }
    const servicesInvolved = String(values.services ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const needAreaCodes = (values.needs as string[] | undefined) ?? [];
    const answer = await submit(
      'completeAssessment',
      file.episodeId,
      { episodeId: file.episodeId, summary, servicesInvolved, needAreaCodes, requestId: crypto.randomUUID() },
      'Complete the assessment',
    );
    if (answer.state === 'refused') {
      setProblems({
        summary: errorAt(answer.errors, 'summary'),
        needs: errorAt(answer.errors, 'needAreaCodes'),
        views: answer.errors.find((error) => error.code === 'NO_VIEWS')?.message,
        form: errorsForForm(
          answer.errors.filter((error) => error.code !== 'NO_VIEWS'),
          ['summary', 'needAreaCodes'],
        ),
      });
      return;
    }
    setSaved(answer.state);
    await clear();
  }

  return (
    <section className="family-section" aria-labelledby="complete-heading">
      <h2 id="complete-heading">Complete the assessment</h2>
      <form
        className="complete-form"
        aria-label="Complete the assessment"
        onSubmit={(event) => {
          event.preventDefault();
          void complete();
        }}
      >
        {problems.form.length > 0 && (
          <div className="message message-error" role="alert">
            {problems.form.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        )}
        <p className={problems.views ? 'field-error' : 'section-hint'} role={problems.views ? 'alert' : undefined}>
          {problems.views ??
            `${assessment.views.length} of ${file.members.length} people heard. At least one person’s view is needed.`}
        </p>
        <TextArea
          label="What the assessment found"
          helperText="The family’s strengths, what needs to change and why, in words the family would recognise."
          value={String(values.summary ?? '')}
          readonly={!restored}
          errorMessage={problems.summary}
          invalid={!!problems.summary}
          minRows={4}
          onValueChanged={(event) => {
            if (event.detail.value !== values.summary) {
              update({ summary: event.detail.value });
              setProblems((current) => ({ ...current, summary: undefined }));
            }
          }}
        />
        <CheckboxGroup
          label="Needs found"
          helperText="Tick each area where the family needs help. The plan's outcomes should answer them."
          className="needs-checkboxes"
          value={(values.needs as string[] | undefined) ?? []}
          readonly={!restored}
          errorMessage={problems.needs}
          invalid={!!problems.needs}
          onValueChanged={(event) => {
            const next = event.detail.value;
            const before = (values.needs as string[] | undefined) ?? [];
            if (next.length !== before.length || next.some((code) => !before.includes(code))) {
              update({ needs: next });
              setProblems((current) => ({ ...current, needs: undefined }));
            }
          }}
        >
          {file.policy.needAreas.map((area) => (
            <Checkbox key={area.code} value={area.code} label={area.name} />
          ))}
        </CheckboxGroup>
        <TextArea
          label="Services already helping (optional)"
          helperText="One on each line, for example: School nurse"
          value={String(values.services ?? '')}
          readonly={!restored}
          onValueChanged={(event) => {
            if (event.detail.value !== values.services) {
              update({ services: event.detail.value });
            }
          }}
        />
        <div className="form-buttons">
          <Button theme="primary" onClick={() => void complete()}>
            Complete the assessment
          </Button>
        </div>
      </form>
    </section>
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

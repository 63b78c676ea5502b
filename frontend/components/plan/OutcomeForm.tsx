import { type ReactNode, useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import { dayInWords } from 'Frontend/components/caseload/format.js';
import { BRITISH_DATES } from 'Frontend/components/dates.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { errorAt, errorsForForm, submit, type Submitted } from 'Frontend/device/sync.js';

const WHOLE_FAMILY = 'family';
const FIELDS = ['forPersonId', 'needAreaCode', 'description', 'measure', 'targetDate'] as const;
type Field = (typeof FIELDS)[number];
type Problems = Partial<Record<Field, string>> & { form: string[] };

/** A day so many days from today, as yyyy-mm-dd on the device's calendar. */
export function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return day.toLocaleDateString('en-CA');
}

/**
 * A new outcome, with a SMART prompt beside each field. Hearth checks what SMART means here (the same rules as the
 * server's); the form only says what is missing, and shows the server's reasons at the fields they name.
 */
export function OutcomeForm({ file }: { file: CaseFile }) {
  const horizon = file.policy.outcomeHorizonDays;
  const { values, update, clear, restored } = useDraft(`outcome:${file.episodeId}`, {
    forPersonId: WHOLE_FAMILY,
    needAreaCode: '',
    description: '',
    measure: '',
    targetDate: '',
  });
  const [problems, setProblems] = useState<Problems>({ form: [] });
  const [saved, setSaved] = useState<Submitted['state'] | undefined>();

  const text = (field: Field) => String(values[field] ?? '').trim();

  function change(field: Field, value: string) {
    if (value !== values[field]) {
      update({ [field]: value });
      setProblems((current) => ({ ...current, [field]: undefined }));
      setSaved(undefined);
    }
  }

  async function add() {
    const missing: Problems = {
      needAreaCode: text('needAreaCode') ? undefined : 'Choose the need area.',
      description: text('description') ? undefined : 'Say what will be different.',
      measure: text('measure') ? undefined : 'Say how everyone will know.',
      targetDate: text('targetDate') ? undefined : 'Choose a target date.',
      form: [],
    };
    setProblems(missing);
    if (FIELDS.some((field) => missing[field])) {
      return;
    }
    const forPersonId = text('forPersonId') === WHOLE_FAMILY ? undefined : text('forPersonId');
    const answer = await submit(
      'addOutcome',
      file.episodeId,
      {
        id: crypto.randomUUID(),
        episodeId: file.episodeId,
        forPersonId,
        needAreaCode: text('needAreaCode'),
        description: text('description'),
        measure: text('measure'),
        targetDate: text('targetDate'),
      },
      `New outcome: ${text('description')}`,
    );
    if (answer.state === 'refused') {
      setProblems({
        ...Object.fromEntries(FIELDS.map((field) => [field, errorAt(answer.errors, field)])),
        form: errorsForForm(answer.errors, FIELDS),
      });
      return;
    }
    await clear();
    setSaved(answer.state);
  }

  return (
    <form
      className="outcome-form"
      aria-label="Add an outcome"
      // Enter in the date field commits the date; adding is the button's.
      onSubmit={(event) => event.preventDefault()}
    >
      {problems.form.length > 0 && (
        <div className="message message-error" role="alert">
          {problems.form.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <SmartRow prompt={<>Who will notice the difference? An outcome can be for one person or the whole family.</>}>
        <Select
          label="Who it is for"
          items={[
            { label: 'The whole family', value: WHOLE_FAMILY },
            ...file.members.map((member) => ({ label: `${member.givenName} ${member.familyName}`, value: member.personId })),
          ]}
          value={String(values.forPersonId ?? WHOLE_FAMILY)}
          readonly={!restored}
          errorMessage={problems.forPersonId}
          invalid={!!problems.forPersonId}
          onValueChanged={(event) => change('forPersonId', event.detail.value)}
        />
      </SmartRow>
      <SmartRow prompt={<>Which part of family life does it help? Pick the one that fits best.</>}>
        <Select
          label="Need area"
          placeholder="Choose…"
          items={file.policy.needAreas.map((area) => ({ label: area.name, value: area.code }))}
          value={String(values.needAreaCode ?? '')}
          readonly={!restored}
          errorMessage={problems.needAreaCode}
          invalid={!!problems.needAreaCode}
          onValueChanged={(event) => change('needAreaCode', event.detail.value)}
        />
      </SmartRow>
      <SmartRow
        prompt={
          <>
            <strong>Specific:</strong> what will be different, so that anyone reading it knows. For example: “Finn gets
            to school on time every day.”
          </>
        }
      >
        <TextArea
          label="What will be different"
          value={String(values.description ?? '')}
          readonly={!restored}
          errorMessage={problems.description}
          invalid={!!problems.description}
          onValueChanged={(event) => change('description', event.detail.value)}
        />
      </SmartRow>
      <SmartRow
        prompt={
          <>
            <strong>Measurable:</strong> what everyone will see or count, not the outcome again. For example: “No late
            marks for half a term.”
          </>
        }
      >
        <TextArea
          label="How we will know"
          value={String(values.measure ?? '')}
          readonly={!restored}
          errorMessage={problems.measure}
          invalid={!!problems.measure}
          onValueChanged={(event) => change('measure', event.detail.value)}
        />
      </SmartRow>
      <SmartRow
        prompt={
          <>
            <strong>Time-bound:</strong> a day after today and no later than {dayInWords(dayFromToday(horizon))} (
            {horizon} days from now).
          </>
        }
      >
        <DatePicker
          label="Target date"
          i18n={BRITISH_DATES}
          helperText="Day/month/year"
          min={dayFromToday(1)}
          max={dayFromToday(horizon)}
          value={String(values.targetDate ?? '')}
          readonly={!restored}
          errorMessage={problems.targetDate}
          invalid={!!problems.targetDate}
          onValueChanged={(event) => change('targetDate', event.detail.value)}
        />
      </SmartRow>
      <div className="form-buttons">
        <Button theme="primary" onClick={() => void add()}>
          Add the outcome
        </Button>
        <span role="status" className="form-status">
          {saved === 'sent' ? 'Outcome added.' : saved === 'queued' ? 'Added on this tablet: it is sent when there is signal.' : ''}
        </span>
      </div>
    </form>
  );
}

/** A field with its SMART prompt beside it (under it in portrait). */
function SmartRow({ prompt, children }: { prompt: ReactNode; children: ReactNode }) {
  return (
    <div className="smart-row">
      <div className="smart-field">{children}</div>
      <p className="smart-prompt">{prompt}</p>
    </div>
  );
}

import { useState } from 'react';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type OutcomeRecord from 'Frontend/generated/org/hearth/casefile/CaseFile/OutcomeRecord.js';
import { dayInWords } from 'Frontend/components/caseload/format.js';
import { BRITISH_DATES } from 'Frontend/components/dates.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { errorAt, errorsForForm, submit } from 'Frontend/device/sync.js';
import { dayFromToday } from './OutcomeForm.js';
import { FormButtons } from 'Frontend/components/FormButtons.js';

const FIELDS = ['description', 'ownerTeamMemberId', 'dueDate'] as const;
type Field = (typeof FIELDS)[number];
type Problems = Partial<Record<Field, string>> & { form: string[] };

/** Who on the team, in words for the owner list. */
function ownerLabel(member: CaseFile['team'][number]) {
  const about = member.personId ? 'family' : (member.agency ?? member.jobTitle);
  return about ? `${member.name} (${about})` : member.name;
}

/** A new action for an outcome: what, who from the team, and a due date no later than the outcome's target. */
export function ActionForm({ file, outcome, onDone }: { file: CaseFile; outcome: OutcomeRecord; onDone: (queued: boolean) => void }) {
  const { values, update, clear, restored } = useDraft(`new-action:${outcome.outcomeId}`, {
    description: '',
    ownerTeamMemberId: '',
    dueDate: '',
  });
  const [problems, setProblems] = useState<Problems>({ form: [] });
  const text = (field: Field) => String(values[field] ?? '').trim();

  function change(field: Field, value: string) {
    if (value !== values[field]) {
      update({ [field]: value });
      setProblems((current) => ({ ...current, [field]: undefined }));
    }
  }

  async function add() {
    const missing: Problems = {
      description: text('description') ? undefined : 'Say what will be done.',
      ownerTeamMemberId: text('ownerTeamMemberId') ? undefined : 'Choose who will do it.',
      dueDate: text('dueDate') ? undefined : 'Choose when it is due.',
      form: [],
    };
    setProblems(missing);
    if (FIELDS.some((field) => missing[field])) {
      return;
    }
    const answer = await submit(
      'addAction',
      file.episodeId,
      {
        id: crypto.randomUUID(),
        outcomeId: outcome.outcomeId,
        description: text('description'),
        ownerTeamMemberId: text('ownerTeamMemberId'),
        dueDate: text('dueDate'),
      },
      `New action: ${text('description')}`,
    );
    if (answer.state === 'refused') {
      setProblems({
        ...Object.fromEntries(FIELDS.map((field) => [field, errorAt(answer.errors, field)])),
        form: errorsForForm(answer.errors, FIELDS),
      });
      return;
    }
    await clear();
    onDone(answer.state === 'queued');
  }

  return (
    <form
      className="action-form"
      aria-label={`Add an action for: ${outcome.description}`}
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
        readonly={!restored}
        errorMessage={problems.description}
        invalid={!!problems.description}
        onValueChanged={(event) => change('description', event.detail.value)}
      />
      <div className="action-form-row">
        <Select
          label="Who will do it"
          placeholder="Choose…"
          items={file.team.map((member) => ({ label: ownerLabel(member), value: member.memberId }))}
          value={String(values.ownerTeamMemberId ?? '')}
          readonly={!restored}
          errorMessage={problems.ownerTeamMemberId}
          invalid={!!problems.ownerTeamMemberId}
          onValueChanged={(event) => change('ownerTeamMemberId', event.detail.value)}
        />
        <DatePicker
          label="Due by"
          i18n={BRITISH_DATES}
          helperText={`Day/month/year, by ${dayInWords(outcome.targetDate)} at the latest`}
          min={dayFromToday(0)}
          max={outcome.targetDate}
          value={String(values.dueDate ?? '')}
          readonly={!restored}
          errorMessage={problems.dueDate}
          invalid={!!problems.dueDate}
          onValueChanged={(event) => change('dueDate', event.detail.value)}
        />
      </div>
      <FormButtons send="Add the action" onSend={() => void add()} onCancel={() => { void clear(); onDone(false); }} />
    </form>
  );
}

import { useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import type Member from 'Frontend/generated/org/hearth/casefile/CaseFile/Member.js';
import type View from 'Frontend/generated/org/hearth/casefile/CaseFile/View.js';
import type UserError from 'Frontend/generated/org/hearth/graphql/UserError.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { errorAt, errorsForForm, submit } from 'Frontend/device/sync.js';

const COLUMNS = [
  { field: 'worries', label: 'What worries them' },
  { field: 'strengths', label: 'What is going well' },
  { field: 'wishes', label: 'What they would like to happen' },
] as const;

type Column = (typeof COLUMNS)[number]['field'];
/** What the worker has typed over the view as it stands (a field left alone shows the view's). */
type ViewDraft = Partial<Record<Column, string> & { isOpinion: boolean }>;
type Problems = Partial<Record<Column | 'isOpinion', string>> & { form: string[] };

/** The server's reason for a column; for a conflict, with what the other person wrote. */
function problemAt(errors: readonly UserError[], field: string): string | undefined {
  const conflict = errors.find((error) => error.code === 'CONFLICT' && error.field?.at(-1) === field);
  if (conflict) {
    const theirs = conflict.conflict?.currentValue;
    return `${conflict.message} ${theirs ? `It now says: “${theirs}”.` : 'It is now empty.'} Save again to keep your words.`;
  }
  return errorAt(errors, field);
}

/**
 * One family member's view in three columns, side by side in landscape and one under another in portrait. Saved as
 * its own change, sending only the columns that changed (with the version read), so two workers never overwrite
 * each other: a column someone else changed meanwhile is refused as a conflict, shown at the column while there is
 * signal (saving again keeps the worker's words over the newer version), or on the Changes page when it was queued.
 */
export function PersonViewForm({
  episodeId,
  member,
  view,
  open,
  onSaved,
}: {
  episodeId: string;
  member: Member;
  view: View | undefined;
  open: boolean;
  onSaved: (state: 'sent' | 'queued') => void;
}) {
  const name = `${member.givenName} ${member.familyName}`;
  const { values, update, clear, restored } = useDraft<ViewDraft>(`view:${episodeId}:${member.personId}`, {});
  const [problems, setProblems] = useState<Problems>({ form: [] });
  const shown = (field: Column) => values[field] ?? view?.[field] ?? '';
  const opinion = values.isOpinion ?? view?.opinion ?? false;

  async function save() {
    const changed: Partial<Record<Column, string>> = {};
    for (const { field } of COLUMNS) {
      const now = shown(field).trim();
      if (now !== (view?.[field] ?? '')) {
        changed[field] = now;
      }
    }
    const isOpinion = opinion !== (view?.opinion ?? false) ? opinion : undefined;
    if (COLUMNS.every(({ field }) => shown(field).trim() === '')) {
      setProblems({ worries: 'Write down at least one of the three.', form: [] });
      return;
    }
    if (Object.keys(changed).length === 0 && isOpinion === undefined) {
      await clear();
      onSaved('sent');
      return;
    }
    const answer = await submit(
      'recordPersonView',
      episodeId,
      { episodeId, personId: member.personId, ...changed, isOpinion, version: view?.version, requestId: crypto.randomUUID() },
      `${name}’s view`,
    );
    if (answer.state === 'refused') {
      setProblems({
        worries: problemAt(answer.errors, 'worries'),
        strengths: problemAt(answer.errors, 'strengths'),
        wishes: problemAt(answer.errors, 'wishes'),
        isOpinion: problemAt(answer.errors, 'isOpinion'),
        form: errorsForForm(answer.errors, ['worries', 'strengths', 'wishes', 'isOpinion']),
      });
      return;
    }
    await clear();
    onSaved(answer.state);
  }

  return (
    <form
      className="view-form"
      aria-label={`${name}’s view`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {problems.form.length > 0 && (
        <div className="message message-error" role="alert">
          {problems.form.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <div className="view-columns">
        {COLUMNS.map(({ field, label }) => (
          <TextArea
            key={field}
            label={label}
            value={shown(field)}
            readonly={!open || !restored}
            errorMessage={problems[field]}
            invalid={!!problems[field]}
            minRows={4}
            onValueChanged={(event) => {
              if (event.detail.value !== shown(field)) {
                update({ [field]: event.detail.value });
                setProblems((current) => ({ ...current, [field]: undefined }));
              }
            }}
          />
        ))}
      </div>
      <Checkbox
        label="This is the worker’s opinion, not their words"
        checked={opinion}
        readonly={!open || !restored}
        onCheckedChanged={(event) => {
          if (event.detail.value !== opinion) {
            update({ isOpinion: event.detail.value });
          }
        }}
      />
      {problems.isOpinion && (
        <p className="field-error" role="alert">
          {problems.isOpinion}
        </p>
      )}
      {open && (
        <div className="form-buttons">
          <Button theme="primary" onClick={() => void save()}>
            Save {member.givenName}’s view
          </Button>
        </div>
      )}
    </form>
  );
}

import { useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import PersonRole from 'Frontend/generated/org/hearth/family/PersonRole.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { errorAt, submit } from 'Frontend/device/sync.js';
import { momentInWords } from './words.js';

/** What the family said about their plan, and a way to write down what they say during a visit. */
export function CommentsSection({ file }: { file: CaseFile }) {
  const names = new Map(file.members.map((member) => [member.personId, `${member.givenName} ${member.familyName}`]));
  const speakers = file.members.filter((member) => member.role !== PersonRole.CHILD || (member.age ?? 0) >= 8);
  const { values, update, clear } = useDraft(`comment:${file.episodeId}`, { personId: '', text: '' });
  const [problems, setProblems] = useState<{ personId?: string; text?: string }>({});
  const [saved, setSaved] = useState<'sent' | 'queued' | undefined>();

  async function add() {
    const text = String(values.text ?? '').trim();
    const personId = String(values.personId ?? '');
    const found = { personId: personId ? undefined : 'Say who said it.', text: text ? undefined : 'Write what they said.' };
    setProblems(found);
    if (found.personId || found.text) {
      return;
    }
    const answer = await submit(
      'addFamilyComment',
      file.episodeId,
      { id: crypto.randomUUID(), episodeId: file.episodeId, personId, text },
      `Comment from ${names.get(personId) ?? 'the family'}`,
    );
    if (answer.state === 'refused') {
      setProblems({ personId: errorAt(answer.errors, 'personId'), text: errorAt(answer.errors, 'text') ?? answer.errors[0]?.message });
      return;
    }
    await clear();
    setSaved(answer.state);
  }

  return (
    <section className="family-section" aria-labelledby="comments-heading">
      <h2 id="comments-heading">What the family says</h2>
      {file.comments.length === 0 ? (
        <p>No comments yet.</p>
      ) : (
        <ul className="comment-list">
          {file.comments.map((comment) => (
            <li key={comment.commentId} className="comment">
              <p className="comment-text">{comment.text}</p>
              <p className="comment-facts">
                {names.get(comment.authorId) ?? 'Family member'}
                {comment.recordedOnBehalf && ' (written down by the team)'} · {momentInWords(comment.writtenAt)}
                {comment.hiddenFromYoungPeople && ' · Kept from the young people in the family'}
              </p>
            </li>
          ))}
        </ul>
      )}
      {file.status !== 'CLOSED' && (
        <form
          className="comment-form"
          aria-label="Write down what the family says"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <Select
            label="Who said it"
            items={speakers.map((member) => ({ label: `${member.givenName} ${member.familyName}`, value: member.personId }))}
            value={String(values.personId ?? '')}
            errorMessage={problems.personId}
            invalid={!!problems.personId}
            onValueChanged={(event) => {
              update({ personId: event.detail.value });
              setSaved(undefined);
            }}
          />
          <TextArea
            label="What they said"
            value={String(values.text ?? '')}
            errorMessage={problems.text}
            invalid={!!problems.text}
            onValueChanged={(event) => {
              update({ text: event.detail.value });
              setSaved(undefined);
            }}
          />
          <div className="form-buttons">
            <Button theme="primary" onClick={() => void add()}>
              Add comment
            </Button>
            <span role="status" className="form-status">
              {saved === 'sent' ? 'Added.' : saved === 'queued' ? 'Added on this tablet: it is sent when there is signal.' : ''}
            </span>
          </div>
        </form>
      )}
    </section>
  );
}

import { useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type Member from 'Frontend/generated/org/hearth/casefile/CaseFile/Member.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { errorAt, errorsForForm, submit } from 'Frontend/device/sync.js';

const FIELDS = ['email', 'phone', 'agreedToBeContacted'];

/** Where a family member's reminders go now, in one line. */
export function contactInWords(member: Member): string {
  const contact = member.contact;
  const where = [contact?.email, contact?.phone].filter(Boolean).join(' and ');
  if (contact?.agreedToBeContacted && where) {
    return `Reminders by e-mail or text: to ${where}.`;
  }
  if (contact?.agreedToBeContacted) {
    return 'Agreed to reminders, but no e-mail or mobile is recorded.';
  }
  return where ? `No reminders: ${member.givenName} has not agreed to them.` : 'No reminders: not agreed, no e-mail or mobile.';
}

/**
 * "Reminders by e-mail or text" for one family member Hearth may contact: their e-mail and mobile, and whether they
 * agreed, sent as a change of its own (queued without signal); the server's reasons at their fields. The draft keeps
 * what was typed until the change is on its way.
 */
export function ContactEditor({
  file,
  member,
  onDone,
  onCancel,
}: {
  file: CaseFile;
  member: Member;
  onDone: (state: 'sent' | 'queued') => void;
  onCancel: () => void;
}) {
  const contact = member.contact;
  const { values, update, clear } = useDraft(`contact:${member.personId}`, {
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    agreed: contact?.agreedToBeContacted ?? false,
  });
  const [problems, setProblems] = useState<{ email?: string; phone?: string; form: string[] }>({ form: [] });
  const [sending, setSending] = useState(false);
  const name = member.givenName;

  async function save() {
    const email = String(values.email ?? '').trim();
    const phone = String(values.phone ?? '').trim();
    const agreed = Boolean(values.agreed);
    if (agreed && !email && !phone) {
      setProblems({ email: 'Give an e-mail address or a mobile number to send reminders to.', form: [] });
      return;
    }
    setSending(true);
    try {
      const answer = await submit(
        'recordContactAgreement',
        file.episodeId,
        {
          personId: member.personId,
          version: member.version,
          email: email || undefined,
          phone: phone || undefined,
          agreedToBeContacted: agreed,
          requestId: crypto.randomUUID(),
        },
        `Reminders for ${member.givenName} ${member.familyName}`,
      );
      if (answer.state === 'refused') {
        setProblems({
          email: errorAt(answer.errors, 'email'),
          phone: errorAt(answer.errors, 'phone'),
          form: errorsForForm(answer.errors, FIELDS),
        });
        return;
      }
      await clear();
      onDone(answer.state);
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      className="contact-form"
      aria-label={`Reminders by e-mail or text for ${name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>Reminders by e-mail or text</h3>
      {problems.form.length > 0 && (
        <div className="field-error" role="alert">
          {problems.form.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <TextField
        label="E-mail"
        autocomplete="off"
        value={String(values.email ?? '')}
        errorMessage={problems.email}
        invalid={!!problems.email}
        onValueChanged={(event) => update({ email: event.detail.value })}
      />
      <TextField
        label="Mobile"
        helperText="A UK number, such as 07700 900123"
        autocomplete="off"
        value={String(values.phone ?? '')}
        errorMessage={problems.phone}
        invalid={!!problems.phone}
        onValueChanged={(event) => update({ phone: event.detail.value })}
      />
      <Checkbox
        label={`${name} agreed to be sent reminders by Hearth`}
        checked={Boolean(values.agreed)}
        onCheckedChanged={(event) => event.detail.value !== Boolean(values.agreed) && update({ agreed: event.detail.value })}
      />
      <p className="contact-what">
        They get reminders of meetings and of the actions they own on the plan, and nothing about anyone else.
      </p>
      <div className="form-buttons">
        <Button theme="primary" disabled={sending} onClick={() => void save()}>
          Save reminders
        </Button>
        <Button
          theme="tertiary"
          onClick={() => {
            void clear();
            onCancel();
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}

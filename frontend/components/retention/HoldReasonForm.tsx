import { useId, useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { WarningIcon } from 'Frontend/components/icons.js';
import type LegalHoldAnswer from 'Frontend/generated/org/hearth/retention/LegalHoldAnswer.js';

/**
 * Asks why a legal hold is set or released, sends it, and shows the server's answer: a problem with the reason at the
 * field, anything else above the buttons. Setting or releasing a hold needs a connection; without one it says so.
 */
export function HoldReasonForm({
  label,
  helper,
  sendLabel,
  send,
  onDone,
  onCancel,
}: {
  label: string;
  helper: string;
  sendLabel: string;
  send: (reason: string, requestId: string) => Promise<LegalHoldAnswer>;
  onDone: (answer: LegalHoldAnswer) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  // One request id per reason typed, so sending again after a lost answer changes nothing twice.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [sending, setSending] = useState(false);
  const [fieldError, setFieldError] = useState<string>();
  const [formError, setFormError] = useState<string>();

  async function submit() {
    setFieldError(undefined);
    setFormError(undefined);
    if (!reason.trim()) {
      setFieldError('Give a reason.');
      return;
    }
    setSending(true);
    try {
      const answer = await send(reason.trim(), requestId);
      if (answer.errors.length === 0) {
        onDone(answer);
        return;
      }
      const atReason = answer.errors.find((error) => error.field?.includes('reason'));
      setFieldError(atReason?.message);
      const others = answer.errors.filter((error) => error !== atReason).map((error) => error.message);
      setFormError(others.length > 0 ? others.join(' ') : undefined);
    } catch (error) {
      setFormError(
        navigator.onLine
          ? `Hearth could not do this: ${error instanceof Error ? error.message : 'unknown error'}`
          : 'There is no connection: a legal hold is set or released only with signal. Try again when connected.',
      );
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      className="hold-form"
      aria-labelledby={`${id}-label`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <span id={`${id}-label`} className="visually-hidden">
        {sendLabel}
      </span>
      <TextArea
        label={label}
        helperText={helper}
        value={reason}
        required
        maxlength={1000}
        invalid={!!fieldError}
        errorMessage={fieldError}
        onValueChanged={(event) => {
          setReason(event.detail.value);
          setRequestId(crypto.randomUUID());
          // Typed: the "give a reason" hint goes at once, not when the field loses focus (which would move the
          // buttons under the finger that is pressing one).
          if (event.detail.value.trim()) {
            setFieldError(undefined);
          }
        }}
      />
      {formError && (
        <div className="message message-error" role="alert">
          <WarningIcon />
          <p>{formError}</p>
        </div>
      )}
      <div className="hold-form-buttons">
        <Button theme="primary" onClick={() => void submit()} disabled={sending}>
          {sending ? 'Sending…' : sendLabel}
        </Button>
        <Button onClick={onCancel} disabled={sending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

import { useEffect, useState } from 'react';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { ReminderEndpoint } from 'Frontend/generated/endpoints.js';

/** What the switch says: the practitioners' words by default; the family's own view passes its translated ones. */
export type RemindersWords = {
  label: string;
  on: string;
  off: string;
  loadFailed: string;
  notChanged: string;
  needsConnection: string;
};

const PRACTITIONER_WORDS: RemindersWords = {
  label: 'Remind me of what is due (my actions, meetings, reviews and assessments)',
  on: 'Reminders come here, and by e-mail when your council has set that up.',
  off: 'Reminders are off. You are still told of changes to your families.',
  loadFailed: 'Your reminder setting needs a connection to show.',
  notChanged: 'Your reminder setting was not changed. Please try again.',
  needsConnection: 'Your reminder setting was not changed: it needs a connection. Please try again.',
};

/**
 * The signed-in person's own reminders, on or off (ReminderEndpoint, the same rule as GraphQL's setReminders). A
 * personal setting rather than a family's record: it needs a connection, and says so when there is none.
 */
export function RemindersSwitch({ words = PRACTITIONER_WORDS }: { words?: RemindersWords }) {
  const [on, setOn] = useState<boolean>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let current = true;
    ReminderEndpoint.remindersOn().then(
      (found) => current && setOn(found),
      () => current && setProblem(words.loadFailed),
    );
    return () => {
      current = false;
    };
  }, []);

  const change = async (wanted: boolean) => {
    setSaving(true);
    setProblem(undefined);
    try {
      const answer = await ReminderEndpoint.setReminders({ on: wanted, requestId: crypto.randomUUID() });
      if (answer.remindersOn !== undefined && answer.remindersOn !== null) {
        setOn(answer.remindersOn);
      } else {
        setProblem(answer.errors?.[0]?.message ?? words.notChanged);
      }
    } catch {
      setProblem(words.needsConnection);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="reminders-switch">
      <Checkbox
        label={words.label}
        checked={on ?? false}
        disabled={on === undefined || saving}
        onCheckedChanged={(event) => {
          if (on !== undefined && event.detail.value !== on) {
            void change(event.detail.value);
          }
        }}
      />
      {on !== undefined && (
        <p className="reminders-switch-help" role="status">
          {on ? words.on : words.off}
        </p>
      )}
      {problem && (
        <p className="reminders-switch-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

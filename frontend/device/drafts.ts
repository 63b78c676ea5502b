import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { deviceStore } from './device.js';

/**
 * A form's values kept on the device as the worker types, so a reload, a closed browser or a lost session loses
 * nothing; cleared once the change is in the outbox.
 */
export function useDraft<T extends Record<string, unknown>>(key: string, empty: T) {
  const [values, setValues] = useState<T>(empty);
  const [restored, setRestored] = useState(false);
  const emptyRef = useRef(empty);
  // What the worker typed before the kept draft was read back: it wins over the draft, so nothing typed is lost.
  const typedEarly = useRef<Partial<T>>({});
  const restoredRef = useRef(false);
  restoredRef.current = restored;
  // The values as last set, ahead of React's rendering of them.
  const latest = useRef(values);

  useEffect(() => {
    let current = true;
    setRestored(false);
    typedEarly.current = {};
    void deviceStore()
      ?.drafts.get(key)
      .then((draft) => {
        if (current) {
          const early = typedEarly.current;
          typedEarly.current = {};
          const next = { ...emptyRef.current, ...((draft?.values as T | undefined) ?? {}), ...early } as T;
          latest.current = next;
          setValues(next);
          setRestored(true);
          if (Object.keys(early).length > 0) {
            void deviceStore()?.drafts.put({ key, values: next, savedAt: new Date().toISOString() });
          }
        }
      });
    return () => {
      current = false;
    };
  }, [key]);

  /**
   * Sets some of the values and keeps them on the device. Rendered at once (see useTypedValue for why: a tap on a
   * button straight after typing must act on what was typed); an update that changes nothing renders nothing.
   */
  const update = useCallback(
    (changes: Partial<T>) => {
      if (Object.entries(changes).every(([name, value]) => Object.is(latest.current[name], value))) {
        return;
      }
      if (!restoredRef.current) {
        typedEarly.current = { ...typedEarly.current, ...changes };
      }
      const next = { ...latest.current, ...changes };
      latest.current = next;
      void deviceStore()?.drafts.put({ key, values: next, savedAt: new Date().toISOString() });
      flushSync(() => setValues(next));
    },
    [key],
  );

  const clear = useCallback(async () => {
    typedEarly.current = {};
    latest.current = emptyRef.current;
    setValues(emptyRef.current);
    await deviceStore()?.drafts.delete(key);
  }, [key]);

  return { values, update, clear, restored };
}

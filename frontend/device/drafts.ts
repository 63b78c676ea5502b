import { useCallback, useEffect, useRef, useState } from 'react';
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

  const update = useCallback(
    (changes: Partial<T>) => {
      if (!restoredRef.current) {
        typedEarly.current = { ...typedEarly.current, ...changes };
      }
      setValues((previous) => {
        const next = { ...previous, ...changes };
        void deviceStore()?.drafts.put({ key, values: next, savedAt: new Date().toISOString() });
        return next;
      });
    },
    [key],
  );

  const clear = useCallback(async () => {
    typedEarly.current = {};
    setValues(emptyRef.current);
    await deviceStore()?.drafts.delete(key);
  }, [key]);

  return { values, update, clear, restored };
}

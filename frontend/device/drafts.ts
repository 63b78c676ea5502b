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

  useEffect(() => {
    let current = true;
    setRestored(false);
    void deviceStore()
      ?.drafts.get(key)
      .then((draft) => {
        if (current) {
          setValues(draft ? { ...emptyRef.current, ...(draft.values as T) } : emptyRef.current);
          setRestored(true);
        }
      });
    return () => {
      current = false;
    };
  }, [key]);

  const update = useCallback(
    (changes: Partial<T>) => {
      setValues((previous) => {
        const next = { ...previous, ...changes };
        void deviceStore()?.drafts.put({ key, values: next, savedAt: new Date().toISOString() });
        return next;
      });
    },
    [key],
  );

  const clear = useCallback(async () => {
    setValues(emptyRef.current);
    await deviceStore()?.drafts.delete(key);
  }, [key]);

  return { values, update, clear, restored };
}

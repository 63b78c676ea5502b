import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * State for a value typed into a Vaadin field, rendered at once. Vaadin's `value-changed` is not a React event: a
 * state set from it renders a little later, and a button pressed in between (a quick tap after typing, a password
 * manager) would still act on the value before. Setting an unchanged value does nothing (so React writing the value
 * back into the field, which fires `value-changed` again, renders nothing more).
 */
export function useTypedValue<T>(initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState(initial);
  const latest = useRef(initial);
  const set = useCallback((next: T) => {
    if (Object.is(latest.current, next)) {
      return;
    }
    latest.current = next;
    flushSync(() => setValue(next));
  }, []);
  return [value, set];
}

import type { ReactNode } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { WarningIcon } from './icons.js';

/** A screen waiting for the server: what it waits for, in words and for screen readers. */
export function Loading({ what }: { what: string }) {
  return (
    <div className="loading" role="status">
      <p>{what}…</p>
      <ProgressBar indeterminate aria-label={what} />
    </div>
  );
}

/** A read that needs the server and could not reach it, with a way to try again. */
export function CouldNotLoad({ children, onRetry }: { children: ReactNode; onRetry: () => void }) {
  return (
    <div className="message message-error" role="alert">
      <WarningIcon />
      <div>
        <p>{children}</p>
        <div className="message-actions">
          <Button onClick={onRetry}>Try again</Button>
        </div>
      </div>
    </div>
  );
}

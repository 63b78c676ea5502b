import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import { canSeeCaseload, useAuth } from 'Frontend/auth.js';
import { InfoIcon, WarningIcon } from 'Frontend/components/icons.js';
import { useCaseFile } from 'Frontend/device/hooks.js';
import { momentInWords } from './words.js';

/**
 * A screen under a family's page (meetings, closing, the team): the way back to the family, the heading with the
 * family's reference, and the device's copy of its case file for the screen's content. Opens without signal like
 * the family page.
 */
export function FamilyScreen({
  episodeId,
  title,
  children,
}: {
  episodeId: string;
  title: string;
  children: (file: CaseFile) => ReactNode;
}) {
  const { state: auth } = useAuth();
  const { file, kept, freshness } = useCaseFile(episodeId);
  if (!canSeeCaseload(auth.user?.roles)) {
    return <Missing />;
  }
  if (!file) {
    if (!kept || freshness === 'reading') {
      return (
        <div className="loading" role="status">
          <p>Opening the family…</p>
          <ProgressBar indeterminate aria-label="Opening the family" />
        </div>
      );
    }
    return <Missing />;
  }
  return (
    <article className="family step-screen" aria-labelledby="step-heading">
      <nav className="breadcrumbs" aria-label="Back">
        <Link to={`/families/${episodeId}`}>Back to the family</Link>
      </nav>
      <div className="page-heading">
        <h1 id="step-heading">{title}</h1>
        <p className="page-summary">
          Family {file.familyReference} · Episode {file.reference}
        </p>
        {freshness === 'unreachable' && (
          <p className="freshness" role="status">
            <InfoIcon /> No connection: showing what this tablet kept at {momentInWords(file.readAt)}. What you record
            is sent when there is signal.
          </p>
        )}
      </div>
      {children(file)}
    </article>
  );
}

function Missing() {
  return (
    <div className="message message-error" role="alert">
      <WarningIcon />
      <div>
        <p>
          <strong>This family is not one you can see, or it is not kept on this tablet.</strong>
        </p>
        <p>
          <Link to="/">Back to my caseload</Link>
        </p>
      </div>
    </div>
  );
}

/** The reasons the server gave that name no field, at the top of a form. */
export function FormProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) {
    return null;
  }
  return (
    <div className="message message-error" role="alert">
      <WarningIcon />
      <div>
        {problems.map((problem) => (
          <p key={problem}>{problem}</p>
        ))}
      </div>
    </div>
  );
}

/** What became of what the worker recorded, said where screen readers hear it. */
export function SavedNote({ state, sent, queued }: { state: 'sent' | 'queued' | undefined; sent: string; queued?: string }) {
  return (
    <p role="status" className="form-status">
      {state === 'sent' ? sent : state === 'queued' ? (queued ?? `${sent.replace(/\.$/, '')} on this tablet: it is sent when there is signal.`) : ''}
    </p>
  );
}

import { useCallback, useState } from 'react';
import { Link, Navigate } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { ForbiddenResponseError, UnauthorizedResponseError } from '@vaadin/hilla-frontend';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { canSeeCaseload, useAuth } from 'Frontend/auth.js';
import { CaseCard } from 'Frontend/components/caseload/CaseCard.js';
import { type CaseloadFilter, isNarrowed, matches, NO_FILTER } from 'Frontend/components/caseload/filter.js';
import { statusInWords } from 'Frontend/components/caseload/format.js';
import { momentInWords } from 'Frontend/components/family/words.js';
import { InfoIcon, WarningIcon } from 'Frontend/components/icons.js';
import { useKeptCaseload } from 'Frontend/device/hooks.js';
import type CaseloadEntry from 'Frontend/generated/org/hearth/episode/CaseloadEntry.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';

export const config: ViewConfig = {
  title: 'My caseload',
  loginRequired: true,
};

/** Practitioners land on their caseload; a family member on their own plan. */
export default function HomeView() {
  const { state: auth } = useAuth();
  if (auth.user && !canSeeCaseload(auth.user.roles) && auth.user.roles.includes('FAMILY_MEMBER')) {
    return <Navigate to="/my-plan" replace />;
  }
  return <CaseloadView />;
}

function CaseloadView() {
  const { state: auth } = useAuth();
  const allowed = canSeeCaseload(auth.user?.roles);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const { caseload, kept, freshness, error } = useKeptCaseload(attempt);
  const failure =
    error instanceof UnauthorizedResponseError
      ? 'signed-out'
      : error instanceof ForbiddenResponseError
        ? 'not-allowed'
        : 'unreachable';

  return (
    <section className="caseload" aria-labelledby="caseload-heading">
      <div className="page-heading">
        <div className="heading-with-action">
          <h1 id="caseload-heading">My caseload</h1>
          {allowed && (
            <Link to="/request" className="button-link">
              Ask for early help
            </Link>
          )}
        </div>
        {caseload && <Summary entries={caseload.entries} />}
        {caseload && freshness === 'unreachable' && (
          <p className="freshness" role="status">
            <InfoIcon />{' '}
            {failure === 'signed-out'
              ? `Your session has ended: showing what this tablet kept at ${momentInWords(caseload.readAt)}.`
              : `No connection: showing what this tablet kept at ${momentInWords(caseload.readAt)}.`}
          </p>
        )}
      </div>
      {!allowed || (freshness === 'unreachable' && failure === 'not-allowed') ? (
        <NotForThisAccount />
      ) : !caseload && (!kept || freshness === 'reading') ? (
        <div className="loading" role="status">
          <p>Loading your caseload…</p>
          <ProgressBar indeterminate aria-label="Loading your caseload" />
        </div>
      ) : !caseload ? (
        <LoadFailed signedOut={failure === 'signed-out'} onRetry={retry} />
      ) : caseload.entries.length === 0 ? (
        <div className="empty-state">
          <h2>No families on your caseload yet</h2>
          <p>When you join the team around a family, the family will be listed here.</p>
        </div>
      ) : (
        <Caseload entries={caseload.entries} />
      )}
    </section>
  );
}

function isOpen(entry: CaseloadEntry) {
  return entry.status !== EpisodeStatus.CLOSED;
}

function isOverdue(entry: CaseloadEntry) {
  return entry.overdue.length > 0;
}

function Summary({ entries }: { entries: CaseloadEntry[] }) {
  const open = entries.filter(isOpen);
  if (open.length === 0) {
    return null;
  }
  const overdue = open.filter(isOverdue).length;
  return (
    <p className="page-summary">
      {open.length === 1 ? '1 open family' : `${open.length} open families`}
      {overdue > 0 && ` · ${overdue} with something overdue`}
    </p>
  );
}

const ALL_STAGES = 'ALL';

const STATUS_ITEMS = [
  { label: 'All stages', value: ALL_STAGES },
  ...Object.values(EpisodeStatus).map((status) => ({ label: statusInWords(status), value: status })),
];

/**
 * Open families first, in the server's order (most urgent first), then the closed ones; narrowed by what the worker
 * types (a child's first name or a reference), the stage, or only what is overdue.
 */
function Caseload({ entries }: { entries: CaseloadEntry[] }) {
  const [filter, setFilter] = useState<CaseloadFilter>(NO_FILTER);
  const shown = entries.filter((entry) => matches(entry, filter));
  const open = shown.filter(isOpen);
  const closed = shown.filter((entry) => !isOpen(entry));
  return (
    <>
      <form className="caseload-filter" role="search" aria-label="Find a family" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label="Find a family"
          helperText="A child's first name or a reference"
          value={filter.words}
          clearButtonVisible
          onValueChanged={(event) => setFilter((current) => ({ ...current, words: event.detail.value }))}
        />
        <Select
          label="Stage"
          items={STATUS_ITEMS}
          value={filter.status || ALL_STAGES}
          onValueChanged={(event) => {
            const status = event.detail.value === ALL_STAGES ? '' : (event.detail.value as EpisodeStatus);
            setFilter((current) => ({ ...current, status }));
          }}
        />
        <Checkbox
          label="Overdue only"
          checked={filter.overdueOnly}
          onCheckedChanged={(event) => setFilter((current) => ({ ...current, overdueOnly: event.detail.value }))}
        />
      </form>
      <p className="page-summary caseload-count" role="status">
        {isNarrowed(filter) ? `Showing ${shown.length} of ${entries.length} families` : ''}
      </p>
      {shown.length === 0 ? (
        <div className="empty-state">
          <h2>No family matches</h2>
          <p>Try fewer letters, another stage, or all families.</p>
          <Button onClick={() => setFilter(NO_FILTER)}>Show all families</Button>
        </div>
      ) : (
        <CaseSections open={open} closed={closed} />
      )}
    </>
  );
}

function CaseSections({ open, closed }: { open: CaseloadEntry[]; closed: CaseloadEntry[] }) {
  return (
    <>
      <section className="caseload-section" aria-labelledby="open-heading">
        <h2 id="open-heading">Open ({open.length})</h2>
        {open.length > 0 ? (
          <CaseList entries={open} />
        ) : (
          <p className="page-summary">No open families. Closed ones are below.</p>
        )}
      </section>
      {closed.length > 0 && (
        <section className="caseload-section" aria-labelledby="closed-heading">
          <h2 id="closed-heading">Closed ({closed.length})</h2>
          <CaseList entries={closed} />
        </section>
      )}
    </>
  );
}

function CaseList({ entries }: { entries: CaseloadEntry[] }) {
  return (
    <ul className="caseload-list">
      {entries.map((entry) => (
        <li key={entry.episodeId}>
          <CaseCard entry={entry} />
        </li>
      ))}
    </ul>
  );
}

function LoadFailed({ signedOut, onRetry }: { signedOut: boolean; onRetry: () => void }) {
  return (
    <div className="message message-error" role="alert">
      <WarningIcon />
      <div>
        {signedOut ? (
          <>
            <p>
              <strong>You have been signed out.</strong>
            </p>
            <p>
              This happens after a while without using Hearth. <a href="/login">Sign in again</a> to see your
              caseload.
            </p>
          </>
        ) : (
          <>
            <p>
              <strong>Your caseload could not be loaded.</strong>
            </p>
            <p>Check your internet connection and try again.</p>
            <div className="message-actions">
              <Button onClick={onRetry}>Try again</Button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function NotForThisAccount() {
  return (
    <div className="message message-info">
      <InfoIcon />
      <div>
        <p>
          <strong>There is no caseload for this account.</strong>
        </p>
        <p>The caseload is for family support workers and other practitioners.</p>
      </div>
    </div>
  );
}

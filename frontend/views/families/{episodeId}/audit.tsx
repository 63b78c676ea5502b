import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Select } from '@vaadin/react-components/Select.js';
import { maySeeAuditTrail, useAuth } from 'Frontend/auth.js';
import { BRITISH_DATES } from 'Frontend/components/dates.js';
import { FamilyScreen } from 'Frontend/components/family/FamilyScreen.js';
import { momentInWords } from 'Frontend/components/family/words.js';
import { InfoIcon } from 'Frontend/components/icons.js';
import { CouldNotLoad, Loading } from 'Frontend/components/status.js';
import { AuditEndpoint } from 'Frontend/generated/endpoints.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type Channel from 'Frontend/generated/org/hearth/access/Channel.js';
import type AuditEvent from 'Frontend/generated/org/hearth/audit/AuditEvent.js';
import type AuditFilter from 'Frontend/generated/org/hearth/audit/AuditFilter.js';
import type Access from 'Frontend/generated/org/hearth/audit/AuditFilter/Access.js';

export const config: ViewConfig = {
  title: 'Who saw or changed this record',
  loginRequired: true,
};

const PAGE = 25;

const ANY = 'ANY';

const CHANNELS: { label: string; value: string }[] = [
  { label: 'Any way', value: ANY },
  { label: 'People in the app', value: 'SPA' },
  { label: 'The API, with a person signed in', value: 'GRAPHQL_SESSION' },
  { label: 'Partner systems', value: 'PARTNER_API' },
  { label: 'Hearth itself', value: 'SYSTEM' },
];

const ACTORS: { label: string; value: string }[] = [
  { label: 'Anyone', value: ANY },
  { label: 'Practitioners', value: 'PRACTITIONER' },
  { label: 'Family members', value: 'FAMILY_MEMBER' },
  { label: 'Partner systems', value: 'PARTNER' },
  { label: 'Hearth itself', value: 'SYSTEM' },
];

const ACCESS: { label: string; value: string }[] = [
  { label: 'Seen or changed', value: ANY },
  { label: 'Only seen', value: 'READ' },
  { label: 'Only changed', value: 'WRITE' },
];

const CHANNEL_WORDS: Record<string, string> = {
  SPA: 'The app',
  GRAPHQL_SESSION: 'The API (signed in)',
  PARTNER_API: 'Partner system',
  SYSTEM: 'Hearth',
};

interface Filters {
  channel: string;
  actorKind: string;
  access: string;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { channel: ANY, actorKind: ANY, access: ANY, from: '', to: '' };

function filterOf(filters: Filters): AuditFilter {
  return {
    channel: filters.channel === ANY ? undefined : (filters.channel as Channel),
    actorKind: filters.actorKind === ANY ? undefined : filters.actorKind,
    access: filters.access === ANY ? undefined : (filters.access as Access),
    from: filters.from || undefined,
    to: filters.to || undefined,
  };
}

/** The CSV export's address for the current filters. */
function csvAddress(familyId: string, filters: Filters): string {
  const query = new URLSearchParams();
  const filter = filterOf(filters);
  Object.entries(filter).forEach(([name, value]) => {
    if (value) {
      query.set(name, String(value));
    }
  });
  const text = query.toString();
  return `/exports/audit/${familyId}.csv${text ? `?${text}` : ''}`;
}

/**
 * Who saw or changed this family's record, when, and how it reached Hearth (the app, the API, a partner system):
 * for managers and the Early Help team, for a disclosure or a complaint. Filters, "Show more", and the same list as
 * a CSV file. Needs signal: the trail is never kept on the tablet.
 */
export default function AuditView() {
  const { episodeId = '' } = useParams();
  const { state } = useAuth();
  if (!maySeeAuditTrail(state.user?.roles)) {
    return (
      <div className="message message-info" role="alert">
        <InfoIcon />
        <p>Only managers and the Early Help team can see this.</p>
      </div>
    );
  }
  return (
    <FamilyScreen episodeId={episodeId} title="Who saw or changed this record">
      {(file) => <Trail file={file} />}
    </FamilyScreen>
  );
}

function Trail({ file }: { file: CaseFile }) {
  const familyId = file.familyId ?? '';
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [events, setEvents] = useState<AuditEvent[]>();
  const [after, setAfter] = useState<string>();
  const [total, setTotal] = useState(0);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setFailed(false);
    setEvents(undefined);
    AuditEndpoint.trail(familyId, filterOf(filters), PAGE, undefined).then(
      (page) => {
        if (current) {
          setEvents((page.events ?? []).filter((event): event is AuditEvent => !!event));
          setAfter(page.after);
          setTotal(page.totalCount);
        }
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [familyId, filters, attempt]);

  const showMore = useCallback(async () => {
    setBusy(true);
    try {
      const page = await AuditEndpoint.trail(familyId, filterOf(filters), PAGE, after);
      setEvents((shown) => [...(shown ?? []), ...(page.events ?? []).filter((event): event is AuditEvent => !!event)]);
      setAfter(page.after);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }, [familyId, filters, after]);

  const change = (name: keyof Filters, value: string) =>
    setFilters((now) => (now[name] === value ? now : { ...now, [name]: value }));

  return (
    <section className="audit-trail" aria-labelledby="audit-results">
      <form className="audit-filters" aria-label="Filter the list" onSubmit={(event) => event.preventDefault()}>
        <Select label="Through" items={CHANNELS} value={filters.channel} onValueChanged={(event) => change('channel', event.detail.value)} />
        <Select label="By" items={ACTORS} value={filters.actorKind} onValueChanged={(event) => change('actorKind', event.detail.value)} />
        <Select label="Seen or changed" items={ACCESS} value={filters.access} onValueChanged={(event) => change('access', event.detail.value)} />
        <DatePicker label="From" i18n={BRITISH_DATES} helperText="Day/month/year" value={filters.from} max={filters.to || undefined} onValueChanged={(event) => change('from', event.detail.value)} />
        <DatePicker label="To" i18n={BRITISH_DATES} helperText="Day/month/year" value={filters.to} min={filters.from || undefined} onValueChanged={(event) => change('to', event.detail.value)} />
      </form>
      <div className="audit-actions">
        <p id="audit-results" role="status">
          {events ? (total === 1 ? '1 time matches' : `${total} times match`) : ''}
        </p>
        <a className="button-link" href={csvAddress(familyId, filters)} download>
          Export as CSV
        </a>
      </div>
      {failed ? (
        <CouldNotLoad onRetry={() => setAttempt((n) => n + 1)}>
          <strong>The list could not be loaded.</strong> It needs a connection: check it and try again.
        </CouldNotLoad>
      ) : !events ? (
        <Loading what="Loading who saw or changed this record" />
      ) : events.length === 0 ? (
        <div className="message message-info">
          <InfoIcon />
          <p>Nothing matches. Try fewer filters.</p>
        </div>
      ) : (
        <>
          <table className="audit-table">
            <caption>Who saw or changed the family’s record, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Through</th>
                <th scope="col">What</th>
                <th scope="col">Episode</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>{momentInWords(event.occurredAt)}</td>
                  <td>{event.actorName}</td>
                  <td>{CHANNEL_WORDS[event.channel ?? ''] ?? event.channel}</td>
                  <td>
                    {event.operation}
                    {event.detail ? ` (${event.detail})` : ''}
                  </td>
                  <td>{event.episodeReference ?? '—'}</td>
                  <td>
                    {(event.changes ?? []).length === 0 ? (
                      event.write ? '' : <span className="audit-read">Seen</span>
                    ) : (
                      <ul className="audit-changes">
                        {(event.changes ?? []).map((change, index) => (
                          <li key={index}>
                            {change?.field}: {change?.before ?? '(empty)'} → {change?.after ?? '(empty)'}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {after && (
            <Button onClick={() => void showMore()} disabled={busy}>
              Show more
            </Button>
          )}
        </>
      )}
    </section>
  );
}

import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { mayProduceRecords, useAuth } from 'Frontend/auth.js';
import { dayInWords, statusInWords } from 'Frontend/components/caseload/format.js';
import { momentInWords } from 'Frontend/components/family/words.js';
import { InfoIcon } from 'Frontend/components/icons.js';
import { CouldNotLoad, Loading } from 'Frontend/components/status.js';
import { SubjectAccessEndpoint } from 'Frontend/generated/endpoints.js';
import type SubjectAccessRecord from 'Frontend/generated/org/hearth/records/SubjectAccessRecord.js';
import type EpisodeRecord from 'Frontend/generated/org/hearth/records/SubjectAccessRecord/EpisodeRecord.js';

export const config: ViewConfig = {
  title: 'Subject access record',
  loginRequired: true,
};

/** Anything with a redaction mark. */
interface Marked {
  redact: boolean;
  about?: (string | undefined)[];
}

function present<T>(list: readonly (T | undefined)[] | undefined): T[] {
  return (list ?? []).filter((item): item is T => item != null);
}

/**
 * A family's whole record, or one person's (`?person=<id>`), for a subject access request: every episode, a table
 * per kind of record, what someone else said or what is about someone else marked "Check before release". Downloads
 * as JSON or prints (or saves as PDF) as a plain document. For the Early Help team only; needs signal.
 */
export default function RecordView() {
  const { familyId = '' } = useParams();
  const [search] = useSearchParams();
  const person = search.get('person') ?? undefined;
  const { state } = useAuth();
  const allowed = mayProduceRecords(state.user?.roles);
  const [record, setRecord] = useState<SubjectAccessRecord>();
  const [failed, setFailed] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!allowed) {
      return undefined;
    }
    let current = true;
    setFailed(undefined);
    setRecord(undefined);
    SubjectAccessEndpoint.record(familyId, person).then(
      (found) => current && setRecord(found),
      (error: unknown) => current && setFailed(error instanceof Error ? error.message : 'No answer'),
    );
    return () => {
      current = false;
    };
  }, [allowed, familyId, person, attempt]);

  if (!allowed) {
    return (
      <div className="message message-info" role="alert">
        <InfoIcon />
        <p>Only the Early Help team can produce a subject access record.</p>
      </div>
    );
  }
  if (failed) {
    return (
      <CouldNotLoad onRetry={() => setAttempt((n) => n + 1)}>
        <strong>The record could not be produced.</strong> {failed}
      </CouldNotLoad>
    );
  }
  if (!record) {
    return <Loading what="Putting the record together" />;
  }
  return <RecordDocument record={record} />;
}

function download(record: SubjectAccessRecord) {
  const blob = new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' });
  const address = URL.createObjectURL(blob);
  const link = document.createElement('a');
  const day = new Date().toISOString().slice(0, 10);
  const who = record.personId ? `-person-${record.personId.slice(0, 8)}` : '';
  link.href = address;
  link.download = `subject-access-${record.familyReference ?? 'family'}${who}-${day}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(address), 10_000);
}

function RecordDocument({ record }: { record: SubjectAccessRecord }) {
  const episodes = present(record.episodes);
  const members = present(record.members);
  const latest = episodes.at(-1);
  const marks = countMarks(record);
  return (
    <article className="sar" aria-labelledby="sar-heading">
      <nav className="breadcrumbs sar-no-print" aria-label="Back">
        {latest ? <Link to={`/families/${latest.id}`}>Back to the family</Link> : <Link to="/">My caseload</Link>}
      </nav>
      <header className="sar-heading">
        <h1 id="sar-heading">
          Subject access record: {record.personId ? `${present(record.subjects).join(', ')}, ` : ''}family{' '}
          {record.familyReference}
        </h1>
        <p>
          Produced by {record.producedBy} at {momentInWords(record.producedAt)}.{' '}
          {record.personId
            ? 'What Hearth holds about this person, or that they said.'
            : `Everything Hearth holds about the family: ${present(record.subjects).join(', ')}.`}
        </p>
        {marks > 0 ? (
          <p className="sar-warning">
            <mark className="sar-redact">Check before release</mark> marks {marks === 1 ? '1 entry' : `${marks} entries`}{' '}
            about someone else. Read each one and decide what to withhold before you send this record.
          </p>
        ) : (
          <p>No entry is marked as being about someone else. Still read the record before you send it.</p>
        )}
        <div className="sar-actions sar-no-print">
          <Button theme="primary" onClick={() => download(record)}>
            Download as JSON
          </Button>
          <Button onClick={() => window.print()}>Print or save as PDF</Button>
          {record.personId ? (
            <Link className="sar-person-link" to={`/records/${record.familyId}`}>
              The whole family’s record
            </Link>
          ) : (
            members.length > 0 && (
              <span className="sar-people">
                One person’s record:{' '}
                {members.map((member, index) => (
                  <span key={member.id}>
                    {index > 0 && ' · '}
                    <Link className="sar-person-link" to={`/records/${record.familyId}?person=${member.id}`}>
                      {member.givenName} {member.familyName}
                    </Link>
                  </span>
                ))}
              </span>
            )
          )}
        </div>
      </header>

      <section aria-labelledby="sar-family">
        <h2 id="sar-family">{record.personId ? 'The person' : 'The family'}</h2>
        <p>
          Address: {record.address ?? 'not recorded'}. Main language: {record.primaryLanguage ?? 'not recorded'}.
          {record.interpreterRequired ? ' Needs an interpreter.' : ''}
        </p>
        <RecordTable
          caption={record.personId ? 'The person' : 'Members of the family'}
          rows={members}
          columns={[
            ['Name', (member) => `${member.givenName} ${member.familyName}`],
            ['Role', (member) => words(member.role)],
            ['Born', (member) => (member.dateOfBirth ? dayInWords(member.dateOfBirth) : member.expectedDateOfBirth ? `expected ${dayInWords(member.expectedDateOfBirth)}` : '—')],
            ['Lives at home', (member) => (member.livesInHousehold ? 'Yes' : 'No')],
            ['Parental responsibility', (member) => (member.parentalResponsibility ? 'Yes' : 'No')],
          ]}
        />
      </section>

      {episodes.map((episode) => (
        <EpisodeSection key={episode.id} episode={episode} />
      ))}

      <section aria-labelledby="sar-referrals">
        <h2 id="sar-referrals">Safeguarding referrals</h2>
        <RecordTable
          caption="Referrals to children’s social care"
          rows={present(record.safeguardingReferrals)}
          columns={[
            ['Decided', (referral) => momentInWords(referral.decidedAt)],
            ['By', (referral) => referral.decidedBy],
            ['Episode', (referral) => referral.episodeReference ?? '—'],
            ['Why', (referral) => referral.reason],
            ['Social care’s reference', (referral) => referral.socialCareReference ?? '—'],
          ]}
          marked
        />
      </section>

      <section aria-labelledby="sar-audit">
        <h2 id="sar-audit">Who saw or changed the record</h2>
        <RecordTable
          caption="Every time someone saw or changed the family’s record, newest first"
          rows={present(record.auditTrail)}
          columns={[
            ['When', (entry) => momentInWords(entry.occurredAt)],
            ['Who', (entry) => entry.actorName],
            ['Through', (entry) => words(entry.channel)],
            ['What', (entry) => entry.operation],
            ['Episode', (entry) => entry.episodeReference ?? '—'],
            ['Changed', (entry) => present(entry.changes).join('; ')],
          ]}
          marked
        />
      </section>
    </article>
  );
}

function EpisodeSection({ episode }: { episode: EpisodeRecord }) {
  const headingId = `sar-episode-${episode.id}`;
  const request = episode.request;
  const assessments = present(episode.assessments);
  const outcomes = present(episode.outcomes);
  return (
    <section className="sar-episode" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Episode {episode.reference}: {statusInWords(episode.status)}
      </h2>
      <p>
        Opened {dayInWords(episode.openedOn)} · {words(episode.levelOfNeed)} · {words(episode.source)}
      </p>
      <RecordTable
        caption="Why early help was asked for"
        rows={request ? [request] : []}
        columns={[['Reasons', (entry) => entry.reasons]]}
        marked
      />
      <RecordTable
        caption="Status, as far as it was kept"
        rows={present(episode.statusHistory)}
        columns={[
          ['When', (change) => momentInWords(change.changedAt)],
          ['From', (change) => words(change.from) || 'new'],
          ['To', (change) => words(change.to)],
          ['By', (change) => change.changedBy],
        ]}
      />
      <RecordTable
        caption="Consent"
        rows={present(episode.consents)}
        columns={[
          ['Given by', (consent) => consent.givenBy],
          ['To', (consent) => words(consent.scope)],
          ['Decision', (consent) => words(consent.decision)],
          ['When', (consent) => momentInWords(consent.recordedAt)],
          ['How', (consent) => `${words(consent.method)}${consent.signed ? ', signed' : ''}`],
          ['Recorded by', (consent) => consent.recordedBy ?? 'themselves'],
          ['Not shared with', (consent) => present(consent.excludedAgencies).join(', ') || '—'],
          ['Notes', (consent) => consent.notes ?? ''],
        ]}
        marked
      />
      {assessments.length === 0 ? (
        <p className="sar-none">No assessment recorded.</p>
      ) : (
        assessments.map((assessment, index) => (
          <div key={index} className="sar-assessment">
            <RecordTable
              caption={`Assessment started ${dayInWords(assessment.startedOn)}`}
              rows={[assessment]}
              columns={[
                ['Completed', (entry) => dayInWords(entry.completedOn)],
                ['Summary', (entry) => entry.summary ?? ''],
                ['Services involved', (entry) => present(entry.servicesInvolved).join(', ') || '—'],
                ['Needs found', (entry) => present(entry.needsFound).join(', ') || '—'],
                ['From social care', (entry) => (entry.fromSocialCare ? `Yes, ${entry.socialCareReference ?? ''}` : 'No')],
              ]}
              marked
            />
            <RecordTable
              caption="What each person said"
              rows={present(assessment.views)}
              columns={[
                ['Who', (view) => view.person],
                ['Worries', (view) => view.worries ?? ''],
                ['Going well', (view) => view.strengths ?? ''],
                ['Would like to be different', (view) => view.wishes ?? ''],
                ['Opinion or evidence', (view) => (view.opinion ? 'Opinion' : 'Evidence')],
              ]}
              marked
            />
            <RecordTable
              caption="The child’s own words"
              rows={present(assessment.voices)}
              columns={[
                ['Child', (voice) => voice.child],
                ['Worries', (voice) => voice.worries ?? ''],
                ['Good things', (voice) => voice.goodThings ?? ''],
                ['Dreams', (voice) => voice.dreams ?? ''],
              ]}
              marked
            />
          </div>
        ))
      )}
      <RecordTable
        caption="Outcomes"
        rows={outcomes}
        columns={[
          ['For', (outcome) => outcome.forPerson ?? 'The whole family'],
          ['Need area', (outcome) => outcome.needArea],
          ['What will be different', (outcome) => outcome.description],
          ['How we will know', (outcome) => outcome.measure],
          ['By', (outcome) => dayInWords(outcome.targetDate)],
          ['Status', (outcome) => words(outcome.status)],
        ]}
        marked
      />
      <RecordTable
        caption="Actions"
        rows={outcomes.flatMap((outcome) => present(outcome.actions))}
        columns={[
          ['What', (action) => action.description],
          ['Who', (action) => action.owner],
          ['By', (action) => dayInWords(action.dueDate)],
          ['Status', (action) => words(action.status)],
          ['Done on', (action) => dayInWords(action.completedOn)],
        ]}
        marked
      />
      <RecordTable
        caption="The team"
        rows={present(episode.team)}
        columns={[
          ['Name', (member) => `${member.name}${member.lead ? ' (lead)' : ''}`],
          ['Role', (member) => [member.jobTitle, member.agency, member.roleDescription].filter(Boolean).join(', ')],
          ['Joined', (member) => dayInWords(member.joinedOn)],
          ['Left', (member) => dayInWords(member.leftOn)],
        ]}
        marked
      />
      <RecordTable
        caption="Handovers of the lead"
        rows={present(episode.handovers)}
        columns={[
          ['On', (handover) => dayInWords(handover.handedOverOn)],
          ['From', (handover) => handover.from],
          ['To', (handover) => handover.to],
          ['Family asked', (handover) => (handover.familyConsulted ? 'Yes' : 'No')],
          ['Notes', (handover) => handover.notes ?? ''],
        ]}
        marked
      />
      <RecordTable
        caption="Meetings"
        rows={present(episode.meetings)}
        columns={[
          ['Kind', (meeting) => words(meeting.kind)],
          ['Planned for', (meeting) => momentInWords(meeting.scheduledFor)],
          ['Held', (meeting) => (meeting.cancelledAt ? `Called off: ${meeting.cancellationReason ?? ''}` : dayInWords(meeting.heldOn))],
          ['Family came', (meeting) => (meeting.familyAttended == null ? '—' : meeting.familyAttended ? 'Yes' : 'No')],
          ['Notes', (meeting) => meeting.notes ?? ''],
        ]}
        marked
      />
      <RecordTable
        caption="Reviews"
        rows={present(episode.reviews)}
        columns={[
          ['Held', (review) => dayInWords(review.heldOn)],
          ['Progress', (review) => words(review.progress)],
          ['Decision', (review) => words(review.decision)],
          ['The family’s views', (review) => review.familyViews ?? ''],
          ['The child’s views', (review) => review.childViews ?? ''],
          ['Recorded by', (review) => review.recordedBy],
        ]}
        marked
      />
      <RecordTable
        caption="Comments from the family"
        rows={present(episode.comments)}
        columns={[
          ['Who', (comment) => `${comment.author}${comment.recordedOnBehalf ? ' (written down for them)' : ''}`],
          ['When', (comment) => momentInWords(comment.writtenAt)],
          ['Comment', (comment) => comment.text],
        ]}
        marked
      />
      {episode.closure ? (
        <RecordTable
          caption="Closing"
          rows={[episode.closure]}
          columns={[
            ['Closed', (closure) => dayInWords(closure.closedOn)],
            ['Why', (closure) => words(closure.reason)],
            ['Summary', (closure) => closure.summary],
            ['The family’s feedback', (closure) => closure.familyFeedback ?? ''],
            ['The child’s feedback', (closure) => closure.childFeedback ?? ''],
            ['Where to get help later', (closure) => [...present(closure.signposting), closure.transferredTo].filter(Boolean).join('; ')],
          ]}
          marked
        />
      ) : (
        <p className="sar-none">Not closed.</p>
      )}
    </section>
  );
}

/** A table of one kind of record; with `marked`, a last column says what to check before release. */
function RecordTable<T>({
  caption,
  rows,
  columns,
  marked = false,
}: {
  caption: string;
  rows: readonly T[];
  columns: [string, (row: T) => ReactNode][];
  marked?: boolean;
}) {
  if (rows.length === 0) {
    return (
      <p className="sar-none">
        <strong>{caption}:</strong> none recorded.
      </p>
    );
  }
  return (
    <table className="sar-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map(([header]) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
          {marked && <th scope="col">Before release</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const mark = marked ? (row as unknown as Marked) : undefined;
          return (
            <tr key={index} className={mark?.redact ? 'sar-row-redact' : undefined}>
              {columns.map(([header, cell]) => (
                <td key={header}>{cell(row)}</td>
              ))}
              {marked && (
                <td>
                  {mark?.redact && (
                    <mark className="sar-redact">Check before release: about {present(mark.about).join(', ')}</mark>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** How many entries are marked, in the whole record. */
function countMarks(record: SubjectAccessRecord): number {
  let count = 0;
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      if ((value as Marked).redact === true) {
        count += 1;
      }
      Object.values(value).forEach(visit);
    }
  };
  visit(record);
  return count;
}

/** A code in plain words: "PARENT_CARER" as "Parent carer". */
function words(code: string | undefined): string {
  if (!code) {
    return '';
  }
  const text = code.toLowerCase().replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

import { Link } from 'react-router';
import type CaseloadEntry from 'Frontend/generated/org/hearth/episode/CaseloadEntry.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import { WarningIcon } from 'Frontend/components/icons.js';
import { childrenInWords, dayInWords, overdueInWords, statusInWords } from './format.js';

/** One family on the caseload: who the children are, where the work is, and what is overdue. */
export function CaseCard({ entry }: { entry: CaseloadEntry }) {
  const headingId = `case-${entry.episodeId}`;
  const children = childrenInWords(entry.children);
  const overdue = overdueInWords(entry.overdue);
  const closed = entry.status === EpisodeStatus.CLOSED;
  const classes = ['case-card', overdue ? 'is-overdue' : '', closed ? 'is-closed' : ''].filter(Boolean).join(' ');

  return (
    <article className={classes} aria-labelledby={headingId} data-family={entry.familyReference}>
      <div className="case-card-top">
        <h3 className="case-family" id={headingId}>
          <Link to={`/families/${entry.episodeId}`} className="case-link">
            <span className="visually-hidden">Family </span>
            {entry.familyReference}
          </Link>
        </h3>
        <span className="case-status">{statusInWords(entry.status)}</span>
      </div>
      {children ? (
        <p className="case-children">
          <span className="visually-hidden">Children: </span>
          {children}
        </p>
      ) : (
        <p className="case-children is-none">No children recorded</p>
      )}
      <dl className="case-facts">
        {!closed && (
          <div>
            <dt>Next review</dt>
            <dd>{dayInWords(entry.nextReviewDue)}</dd>
          </div>
        )}
        <div>
          <dt>Episode</dt>
          <dd>{entry.episodeReference}</dd>
        </div>
      </dl>
      {overdue && (
        <p className="case-overdue">
          <WarningIcon />
          <span>
            <strong>Overdue:</strong> {overdue}
          </span>
        </p>
      )}
    </article>
  );
}

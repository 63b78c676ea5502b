import { Link, useParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { canSeeCaseload, mayProduceRecords, maySeeAuditTrail, useAuth } from 'Frontend/auth.js';
import { statusInWords } from 'Frontend/components/caseload/format.js';
import { CommentsSection } from 'Frontend/components/family/CommentsSection.js';
import { FamilyMembers } from 'Frontend/components/family/FamilyMembers.js';
import { NotYourPlan } from 'Frontend/components/familyview/NotYourPlan.js';
import { PlanSection } from 'Frontend/components/family/PlanSection.js';
import { TaskList } from 'Frontend/components/family/TaskList.js';
import { TeamSection } from 'Frontend/components/family/TeamSection.js';
import { momentInWords } from 'Frontend/components/family/words.js';
import { InfoIcon, WarningIcon } from 'Frontend/components/icons.js';
import { FamilyLegalHold } from 'Frontend/components/retention/FamilyLegalHold.js';
import { useCaseFile } from 'Frontend/device/hooks.js';

export const config: ViewConfig = {
  title: 'Family',
  loginRequired: true,
};

/**
 * One family: what to do next, who is in the family and the team, the plan and what the family said. Shown from the
 * device's copy, so it opens without signal; the copy is refreshed whenever the server can be reached.
 */
export default function FamilyView() {
  const { episodeId = '' } = useParams();
  const { state: auth } = useAuth();
  const { file, kept, freshness } = useCaseFile(episodeId);

  if (auth.user?.roles.includes('FAMILY_MEMBER') && !canSeeCaseload(auth.user.roles)) {
    return <NotYourPlan episodeId={episodeId} />;
  }
  if (!canSeeCaseload(auth.user?.roles)) {
    return <NotFound />;
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
    return freshness === 'unreachable' ? <NotOnDevice /> : <NotFound />;
  }
  const children = file.members.filter((member) => member.role === 'CHILD').map((child) => child.givenName);
  return (
    <article className="family" aria-labelledby="family-heading">
      <nav className="breadcrumbs" aria-label="Back">
        <Link to="/">My caseload</Link>
      </nav>
      <div className="page-heading">
        <h1 id="family-heading">
          <span className="visually-hidden">Family </span>
          {file.familyReference}
          {children.length > 0 && <span className="family-children"> · {children.join(', ')}</span>}
        </h1>
        <p className="page-summary">
          {statusInWords(file.status)} · Episode {file.reference}
        </p>
        {(maySeeAuditTrail(auth.user?.roles) || mayProduceRecords(auth.user?.roles)) && (
          <p className="family-records">
            {maySeeAuditTrail(auth.user?.roles) && (
              <Link to={`/families/${file.episodeId}/audit`}>Who saw or changed this record</Link>
            )}
            {mayProduceRecords(auth.user?.roles) && (
              <Link to={`/records/${file.familyId}`}>Subject access record</Link>
            )}
          </p>
        )}
        <p className="freshness" role="status">
          {freshness === 'unreachable' ? (
            <>
              <InfoIcon /> No connection: showing what this tablet kept at {momentInWords(file.readAt)}.
            </>
          ) : freshness === 'fresh' ? (
            `Up to date at ${momentInWords(file.readAt)}`
          ) : (
            ''
          )}
        </p>
      </div>
      <div className="family-columns">
        <div className="family-main">
          <TaskList episodeId={file.episodeId} tasks={file.tasks} />
          {file.status !== 'CLOSED' && (
            <p className="other-steps">
              Risk of significant harm, or the family is moving away?{' '}
              <Link to={`/families/${file.episodeId}/close`}>Step up or transfer</Link>
            </p>
          )}
          <p className="other-steps">
            Worried a child is at risk of significant harm?{' '}
            <Link to={`/families/${file.episodeId}/safeguarding`}>Record a safeguarding referral</Link>
          </p>
          <PlanSection file={file} />
          <CommentsSection file={file} />
        </div>
        <aside className="family-side">
          <TeamSection team={file.team} />
          <FamilyMembers file={file} />
          {auth.user?.roles.includes('EARLY_HELP_TEAM') && <FamilyLegalHold familyId={file.familyId} />}
        </aside>
      </div>
    </article>
  );
}

function NotFound() {
  return (
    <div className="message message-info">
      <InfoIcon />
      <div>
        <p>
          <strong>This family is not one you can see.</strong>
        </p>
        <p>
          It may have moved to another team, or the address may be wrong. <Link to="/">Back to my caseload</Link>
        </p>
      </div>
    </div>
  );
}

function NotOnDevice() {
  return (
    <div className="message message-error" role="alert">
      <WarningIcon />
      <div>
        <p>
          <strong>This family is not kept on this tablet, and Hearth cannot be reached.</strong>
        </p>
        <p>
          Families on your caseload are kept here to open without signal. <Link to="/">Back to my caseload</Link>
        </p>
      </div>
    </div>
  );
}

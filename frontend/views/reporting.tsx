import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { useAuth } from 'Frontend/auth.js';
import { dayInWords, statusInWords } from 'Frontend/components/caseload/format.js';
import { CLOSURE_REASON_WORDS } from 'Frontend/components/family/stepWords.js';
import { InfoIcon } from 'Frontend/components/icons.js';
import { BarChart } from 'Frontend/components/oversight/BarChart.js';
import { PeriodForm, type Period } from 'Frontend/components/PeriodForm.js';
import { CouldNotLoad, Loading } from 'Frontend/components/status.js';
import { ReportingEndpoint } from 'Frontend/generated/endpoints.js';
import OutcomeStatus from 'Frontend/generated/org/hearth/plan/OutcomeStatus.js';
import type NeedArea from 'Frontend/generated/org/hearth/policy/NeedArea.js';
import type SupportingFamiliesReport from 'Frontend/generated/org/hearth/reporting/SupportingFamiliesReport.js';
import type ClosedFamily from 'Frontend/generated/org/hearth/reporting/SupportingFamiliesReport/ClosedFamily.js';

export const config: ViewConfig = {
  title: 'Supporting Families',
  loginRequired: true,
};


const isoDay = (date: Date) => date.toLocaleDateString('en-CA');

/** The financial year today is in: 1 April to 31 March. */
export function currentFinancialYear(today = new Date()): Period {
  const start = today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
  return { from: isoDay(new Date(start, 3, 1)), to: isoDay(new Date(start + 1, 2, 31)) };
}

/** The address of one of the report's files for a period. */
export function exportAddress(kind: 'xlsx' | 'csv', period: Period): string {
  return `/exports/supporting-families.${kind}?${new URLSearchParams({ from: period.from, to: period.to })}`;
}

/** A need area's name (its code if it has none). */
const areaName = (area: NeedArea) => area.name ?? area.code ?? '';

const OUTCOME_WORDS: Record<OutcomeStatus, string> = {
  [OutcomeStatus.OPEN]: 'open',
  [OutcomeStatus.ACHIEVED]: 'achieved',
  [OutcomeStatus.PARTLY_ACHIEVED]: 'partly achieved',
  [OutcomeStatus.NOT_ACHIEVED]: 'not achieved',
  [OutcomeStatus.NO_LONGER_NEEDED]: 'no longer needed',
};

/**
 * Supporting Families, for the Early Help team: for a period (the current financial year to start with), the
 * families whose episode closed in it, those the council may claim for with their evidence and the others with the
 * reasons, the headline counts (a chart and its table), the need no outcome addresses, and the same as files.
 */
export default function ReportingView() {
  const { state } = useAuth();
  const allowed = state.user?.roles.includes('EARLY_HELP_TEAM') ?? false;
  const [period, setPeriod] = useState(currentFinancialYear);
  const [asked, setAsked] = useState(period);
  const [report, setReport] = useState<SupportingFamiliesReport>();
  const [failed, setFailed] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!allowed) {
      return undefined;
    }
    let current = true;
    setFailed(undefined);
    setReport(undefined);
    ReportingEndpoint.supportingFamilies(asked.from, asked.to).then(
      (found) => current && setReport(found),
      (error: unknown) => current && setFailed(error instanceof Error ? error.message : 'unknown'),
    );
    return () => {
      current = false;
    };
  }, [allowed, asked, attempt]);

  return (
    <section className="reporting" aria-labelledby="reporting-heading">
      <div className="page-heading">
        <h1 id="reporting-heading">Supporting Families</h1>
      </div>
      {!allowed ? (
        <div className="message message-info">
          <InfoIcon />
          <p>Only the Early Help team can see this.</p>
        </div>
      ) : (
        <>
          <div className="reporting-intro">
            <p>
              The families whose episode closed in a period, and which of them the council may claim for under the
              Supporting Families programme.
            </p>
            <p>
              Here a family is <strong>eligible</strong> when its assessment found needs under at least three headlines,
              it had a lead practitioner, a whole-family assessment and a plan, every outcome was achieved, it closed
              with its needs met, and no new episode opened within {report?.sustainedMonths ?? 'the policy’s'} months of
              closing. This is Hearth’s check of its own records: the council checks each claim against the national
              framework before claiming.
            </p>
          </div>

          <PeriodForm
            period={period}
            onChange={setPeriod}
            onShow={() => setAsked(period)}
            fromLabel="Closed from"
            toLabel="Closed to"
            className="oversight-period reporting-period"
          />

          {failed ? (
            <CouldNotLoad onRetry={() => setAttempt((n) => n + 1)}>
              {failed.startsWith('Give') || failed.startsWith('The period')
                ? failed
                : 'The report could not be loaded. Check your connection and try again.'}
            </CouldNotLoad>
          ) : !report ? (
            <Loading what="Working out the report" />
          ) : (
            <Report report={report} />
          )}
        </>
      )}
    </section>
  );
}

function Report({ report }: { report: SupportingFamiliesReport }) {
  const closed = report.eligible.length + report.notEligible.length;
  const period = `${dayInWords(report.from)} to ${dayInWords(report.to)}`;
  const withAnyNeed = report.headlines.filter((headline) => headline.familiesWithNeed > 0 || headline.familiesAchieved > 0);
  return (
    <>
      <div className="reporting-summary">
        <p className="page-summary" role="status">
          {closed === 0
            ? `No family’s episode closed between ${period}.`
            : `${closed === 1 ? '1 family’s episode' : `${closed} families’ episodes`} closed between ${period}: ${report.eligible.length} eligible, ${report.notEligible.length} not eligible (as of ${dayInWords(report.asOf)}).`}
        </p>
        <p className="reporting-downloads">
          <a className="button-link" href={exportAddress('xlsx', report)} download>
            Download spreadsheet (.xlsx)
          </a>
          <a className="button-link reporting-secondary" href={exportAddress('csv', report)} download>
            Download CSV
          </a>
        </p>
      </div>

      <section className="reporting-part" aria-labelledby="headlines-heading">
        <h2 id="headlines-heading">Headlines</h2>
        <p>For the families whose episode closed in the period: how many had needs under each headline, and how many achieved an outcome under it.</p>
        {withAnyNeed.length > 0 && (
          <BarChart
            title="Families per headline"
            labels={withAnyNeed.map((headline) => areaName(headline.needArea))}
            describedBy="headlines-table"
            series={[
              { label: 'Families with needs', values: withAnyNeed.map((headline) => headline.familiesWithNeed) },
              { label: 'Families who achieved an outcome', values: withAnyNeed.map((headline) => headline.familiesAchieved) },
            ]}
          />
        )}
        <div className="table-scroll">
          <table className="team-table reporting-table reporting-counts" id="headlines-table">
            <caption>Families per headline, episodes closed {period}</caption>
            <thead>
              <tr>
                <th scope="col">Headline</th>
                <th scope="col">Families with needs</th>
                <th scope="col">Families who achieved an outcome</th>
              </tr>
            </thead>
            <tbody>
              {report.headlines.map((headline) => (
                <tr key={headline.needArea.code}>
                  <th scope="row">{areaName(headline.needArea)}</th>
                  <td>{headline.familiesWithNeed}</td>
                  <td>{headline.familiesAchieved}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="reporting-part" aria-labelledby="eligible-heading">
        <h2 id="eligible-heading">Eligible families ({report.eligible.length})</h2>
        {report.eligible.length === 0 ? (
          <p className="reporting-none">No family whose episode closed in the period is eligible.</p>
        ) : (
          <div className="table-scroll">
            <table className="team-table reporting-table">
              <caption className="visually-hidden">Eligible families and their evidence</caption>
              <thead>
                <tr>
                  <th scope="col">Family</th>
                  <th scope="col">Closed</th>
                  <th scope="col">Needs found under</th>
                  <th scope="col">Lead practitioner</th>
                  <th scope="col">Assessment completed</th>
                  <th scope="col">Outcomes at closure</th>
                  <th scope="col">Sustained since</th>
                </tr>
              </thead>
              <tbody>
                {report.eligible.map((family) => (
                  <tr key={family.episodeId}>
                    <th scope="row">
                      <FamilyLink family={family} />
                    </th>
                    <td className="reporting-date">{dayInWords(family.closedOn)}</td>
                    <td>
                      <NeedList names={family.headlines.map(areaName)} />
                    </td>
                    <td>{family.lead ?? '—'}</td>
                    <td className="reporting-date">{dayInWords(family.assessmentCompletedOn)}</td>
                    <td className="reporting-wide">
                      <ul className="reporting-list">
                        {family.outcomes.map((outcome, index) => (
                          <li key={index}>
                            {areaName(outcome.needArea)}: {outcome.description} ({OUTCOME_WORDS[outcome.status]})
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="reporting-date">{dayInWords(family.sustainedOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="reporting-part" aria-labelledby="not-eligible-heading">
        <h2 id="not-eligible-heading">Not eligible ({report.notEligible.length})</h2>
        {report.notEligible.length === 0 ? (
          <p className="reporting-none">Every family whose episode closed in the period is eligible.</p>
        ) : (
          <div className="table-scroll">
            <table className="team-table reporting-table">
              <caption className="visually-hidden">Families not eligible and why</caption>
              <thead>
                <tr>
                  <th scope="col">Family</th>
                  <th scope="col">Closed</th>
                  <th scope="col">Closed because</th>
                  <th scope="col">Needs found under</th>
                  <th scope="col">Why not eligible</th>
                </tr>
              </thead>
              <tbody>
                {report.notEligible.map((family) => (
                  <tr key={family.episodeId}>
                    <th scope="row">
                      <FamilyLink family={family} />
                    </th>
                    <td className="reporting-date">{dayInWords(family.closedOn)}</td>
                    <td>{CLOSURE_REASON_WORDS[family.closureReason]}</td>
                    <td>
                      <NeedList names={family.headlines.map(areaName)} />
                    </td>
                    <td className="reporting-wide">
                      <ul className="reporting-list reporting-reasons">
                        {family.reasons.map((reason) => (
                          <li key={reason}>{reasonInWords(reason)}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="reporting-part" aria-labelledby="unmet-heading">
        <h2 id="unmet-heading">Unmet need</h2>
        <p>
          Needs an assessment found that no outcome of the plan is about, in the episodes open at some time in the
          period (closed ones and those still open).
        </p>
        {report.unmetNeedFamilies.length === 0 ? (
          <p className="reporting-none">Every need found in the period has an outcome about it.</p>
        ) : (
          <div className="reporting-unmet">
            <div className="table-scroll">
              <table className="team-table reporting-table reporting-counts">
                <caption>Families with unmet need, per headline</caption>
                <thead>
                  <tr>
                    <th scope="col">Headline</th>
                    <th scope="col">Families</th>
                  </tr>
                </thead>
                <tbody>
                  {report.unmetNeed.map((count) => (
                    <tr key={count.needArea.code}>
                      <th scope="row">{areaName(count.needArea)}</th>
                      <td>{count.families}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table-scroll">
              <table className="team-table reporting-table">
                <caption>Unmet need, per family</caption>
                <thead>
                  <tr>
                    <th scope="col">Family</th>
                    <th scope="col">Where the episode is</th>
                    <th scope="col">Needs with no outcome</th>
                  </tr>
                </thead>
                <tbody>
                  {report.unmetNeedFamilies.map((family) => (
                    <tr key={family.episodeId}>
                      <th scope="row">
                        <FamilyLink family={family} />
                      </th>
                      <td>{statusInWords(family.episodeStatus)}</td>
                      <td>
                        <NeedList names={family.needAreas.map(areaName)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </section>
    </>
  );
}

/** A reason as the server words it, with a capital and its dates (2027-04-30) as the app writes them (30 Apr 2027). */
export function reasonInWords(reason: string): string {
  const dated = reason.replace(/\d{4}-\d{2}-\d{2}/g, (day) => dayInWords(day));
  return dated.charAt(0).toUpperCase() + dated.slice(1);
}

/** The family's reference, linked to its page (the episode the report is about). */
function FamilyLink({ family }: { family: Pick<ClosedFamily, 'episodeId' | 'familyReference' | 'episodeReference'> }) {
  return (
    <>
      <Link to={`/families/${family.episodeId}`}>{family.familyReference}</Link>
      <span className="reporting-episode">Episode {family.episodeReference}</span>
    </>
  );
}

function NeedList({ names }: { names: string[] }) {
  return names.length === 0 ? <>None</> : <>{names.join(', ')}</>;
}

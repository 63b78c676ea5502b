import { useEffect, useId, useState } from 'react';
import { dayInWords } from 'Frontend/components/caseload/format.js';
import { PeriodForm } from 'Frontend/components/PeriodForm.js';
import { CouldNotLoad, Loading } from 'Frontend/components/status.js';
import { OversightEndpoint } from 'Frontend/generated/endpoints.js';
import type Compliance from 'Frontend/generated/org/hearth/oversight/Oversight/Compliance.js';
import OversightScope from 'Frontend/generated/org/hearth/oversight/OversightScope.js';
import { BarChart } from './BarChart.js';

const isoDay = (date: Date) => date.toLocaleDateString('en-CA');

/** The last three months, up to today. */
function lastThreeMonths() {
  const to = new Date();
  const from = new Date(to);
  from.setMonth(from.getMonth() - 3);
  return { from: isoDay(from), to: isoDay(to) };
}

function percent(value: number | undefined) {
  return value === undefined || value === null ? '–' : `${value}%`;
}

/**
 * How well timescales were kept over a chosen period (the last three months to start with): per cent of
 * assessments, first team meetings and reviews done by their day, per worker or per team, as a chart and its table.
 */
export function ComplianceSection({ managerId, rowHeader }: { managerId?: string; rowHeader: 'Worker' | 'Team' }) {
  const id = useId();
  const [period, setPeriod] = useState(lastThreeMonths);
  const [asked, setAsked] = useState(period);
  const [compliance, setCompliance] = useState<Compliance>();
  const [failed, setFailed] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setFailed(undefined);
    setCompliance(undefined);
    (managerId
      ? OversightEndpoint.teamCompliance(asked.from, asked.to, managerId)
      : OversightEndpoint.compliance(asked.from, asked.to)
    ).then(
      (found) => current && setCompliance(found),
      (error: unknown) => current && setFailed(error instanceof Error ? error.message : 'unknown'),
    );
    return () => {
      current = false;
    };
  }, [asked, managerId, attempt]);

  const rows =
    compliance?.scope === OversightScope.SERVICE
      ? compliance.teams.map((team) => ({
          key: team.managerId ?? 'none',
          name: team.managerId ? `${team.managerName}'s team` : team.managerName,
          kept: team.totals,
        }))
      : (compliance?.teams[0]?.workers ?? []).map((worker) => ({
          key: worker.practitionerId,
          name: worker.name,
          kept: worker.kept,
        }));
  const tableId = `${id}-table`;

  return (
    <section className="caseload-section oversight-compliance" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Timescales kept</h2>
      <PeriodForm period={period} onChange={setPeriod} onShow={() => setAsked(period)} />
      {failed ? (
        <CouldNotLoad onRetry={() => setAttempt((n) => n + 1)}>
          {failed.startsWith('Give') || failed.startsWith('The period') ? failed : 'The figures could not be loaded. Check your connection and try again.'}
        </CouldNotLoad>
      ) : !compliance ? (
        <Loading what="Working out the timescales" />
      ) : (
        <>
          <p className="page-summary">
            Of what fell due between {dayInWords(compliance.from)} and {dayInWords(compliance.to)}: assessments{' '}
            {percent(compliance.totals.assessmentsOnTimePercent)} on time, first team meetings{' '}
            {percent(compliance.totals.initialMeetingsOnTimePercent)}, reviews {percent(compliance.totals.reviewsOnTimePercent)}.
          </p>
          {rows.length > 0 && (
            <BarChart
              title={`Per cent on time, per ${rowHeader.toLowerCase()}`}
              labels={rows.map((row) => row.name)}
              max={100}
              describedBy={tableId}
              series={[
                { label: 'Assessments', values: rows.map((row) => row.kept.assessmentsOnTimePercent ?? 0) },
                { label: 'First team meetings', values: rows.map((row) => row.kept.initialMeetingsOnTimePercent ?? 0) },
                { label: 'Reviews', values: rows.map((row) => row.kept.reviewsOnTimePercent ?? 0) },
              ]}
            />
          )}
          <div className="table-scroll">
            <table className="team-table" id={tableId}>
              <caption>
                Timescales kept between {dayInWords(compliance.from)} and {dayInWords(compliance.to)}, per{' '}
                {rowHeader.toLowerCase()}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{rowHeader}</th>
                  <th scope="col">Assessments on time</th>
                  <th scope="col">First meetings on time</th>
                  <th scope="col">Reviews on time</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.name}</th>
                    <Kept done={row.kept.assessmentsOnTime} due={row.kept.assessmentsDue} percent={row.kept.assessmentsOnTimePercent} />
                    <Kept done={row.kept.initialMeetingsOnTime} due={row.kept.initialMeetingsDue} percent={row.kept.initialMeetingsOnTimePercent} />
                    <Kept done={row.kept.reviewsOnTime} due={row.kept.reviewsDue} percent={row.kept.reviewsOnTimePercent} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function Kept({ done, due, percent: share }: { done: number; due: number; percent?: number }) {
  return <td>{due === 0 ? 'None due' : `${done} of ${due} (${percent(share)})`}</td>;
}

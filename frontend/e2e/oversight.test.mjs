// Browser tests of oversight: a manager's team and the Early Help team's whole service, against a running Hearth with
// its demo data (Morgan manages Sam; Priya, "hub", is the Early Help team):
//
//   HEARTH_BASE_URL=http://localhost:8081 node --test frontend/e2e/oversight.test.mjs
//
// The figures on the screen are checked against the same figures read over GraphQL, since other scenarios change the
// demo's families as they run.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, pickDay } from './screens.mjs';
import { baseUrl, freshPagePerTest, graphqlAs, signInAs } from './support.mjs';

const TABLET = { width: 1024, height: 768 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A day as the screens write it: 29 Nov 2026. */
const inWords = (date) => `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
const DESKTOP = { width: 1440, height: 900 };

let page;
freshPagePerTest({ viewport: TABLET }, (opened) => {
  page = opened;
});

const FIGURES = 'openEpisodes requested assessing planning active overdueAssessments overdueInitialMeetings overdueReviews overdueActions awaitingAllocation';

/** The cells of a table's row, by the row's header. */
async function rowOf(table, name) {
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  return row.getByRole('cell').allInnerTexts();
}

const asCells = (figures) =>
  ['openEpisodes', 'requested', 'assessing', 'planning', 'active', 'overdueAssessments', 'overdueInitialMeetings', 'overdueReviews', 'overdueActions', 'awaitingAllocation'].map(
    (key) => String(figures[key]),
  );

async function noViolationsAt(where) {
  for (const size of [TABLET, DESKTOP]) {
    await page.setViewportSize(size);
    assert.deepEqual(await axeViolations(page), [], `${where} at ${size.width}x${size.height}`);
  }
  await page.setViewportSize(TABLET);
}

describe('oversight', () => {
  test("Morgan sees Sam's figures, the families behind them and timescales kept, as on the server", async () => {
    const morgan = await graphqlAs(baseUrl, 'morgan');
    const { oversight } = await morgan(`{ oversight { scope teams { workers { name figures { ${FIGURES} } } } } }`);
    assert.equal(oversight.scope, 'TEAM');
    const sam = oversight.teams[0].workers.find((worker) => worker.name === 'Sam Okafor');

    await signInAs(page, 'morgan');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My team' }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
    const perWorker = main.getByRole('table', { name: 'Open families and what is overdue, per worker' });
    await perWorker.waitFor();
    assert.deepEqual(await rowOf(perWorker, 'Sam Okafor'), asCells(sam.figures));
    await main.getByRole('img', { name: /^Open families by stage, per worker/ }).waitFor();
    // The families behind the figures, read when opened.
    const samsFamilies = main.getByRole('region', { name: /^Sam Okafor/ });
    assert.equal(await samsFamilies.getByRole('listitem').count(), 0, 'not read until opened');
    await samsFamilies.getByRole('button', { name: /^Show Sam Okafor’s \d+ famil/ }).click();
    await samsFamilies.getByRole('listitem').first().waitFor();
    assert.equal(await samsFamilies.getByRole('listitem').count(), sam.figures.openEpisodes);

    // Timescales kept: the last three months to start with; a period of our own gives the server's figures.
    const kept = main.getByRole('region', { name: 'Timescales kept' });
    await kept.getByRole('table', { name: /^Timescales kept between/ }).waitFor();
    const yearAgo = new Date(Date.now() - 365 * 86400000);
    const to = new Date().toLocaleDateString('en-CA');
    const from = yearAgo.toLocaleDateString('en-CA');
    const { timescaleCompliance } = await morgan(`query($from: Date!, $to: Date!) { timescaleCompliance(from: $from, to: $to) {
      teams { workers { name kept { assessmentsDue assessmentsOnTime initialMeetingsDue initialMeetingsOnTime reviewsDue reviewsOnTime } } } } }`, { from, to });
    const samKept = timescaleCompliance.teams[0].workers.find((worker) => worker.name === 'Sam Okafor').kept;
    await pickDay(kept, 'From', yearAgo);
    await kept.getByRole('button', { name: 'Show' }).click();
    const table = kept.getByRole('table', {
      name: `Timescales kept between ${inWords(yearAgo)} and ${inWords(new Date())}, per worker`,
    });
    await table.waitFor();
    const cells = await rowOf(table, 'Sam Okafor');
    const expected = (done, due) => (due === 0 ? 'None due' : new RegExp(`^${done} of ${due} \\(`));
    for (const [cell, [done, due]] of cells.map((cell, i) => [cell, [
      [samKept.assessmentsOnTime, samKept.assessmentsDue],
      [samKept.initialMeetingsOnTime, samKept.initialMeetingsDue],
      [samKept.reviewsOnTime, samKept.reviewsDue],
    ][i]])) {
      const want = expected(done, due);
      if (typeof want === 'string') assert.equal(cell, want);
      else assert.match(cell, want);
    }
    await noViolationsAt("Morgan's team");
  });

  test('the Early Help team sees every team in counts, opens Morgan’s team, and a worker sees no team', async () => {
    const hub = await graphqlAs(baseUrl, 'hub');
    const { oversight } = await hub(`{ oversight { scope withoutLead teams { managerId managerName totals { ${FIGURES} } } } }`);
    assert.equal(oversight.scope, 'SERVICE');
    const morgans = oversight.teams.find((team) => team.managerName === 'Morgan Ellis');

    await signInAs(page, 'hub');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All teams' }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'All teams' }).waitFor();
    const perTeam = main.getByRole('table', { name: 'Open families and what is overdue, per team' });
    await perTeam.waitFor();
    assert.deepEqual(await rowOf(perTeam, "Morgan Ellis's team"), asCells(morgans.totals));
    const nobodyLeading = main.locator('.oversight-headline > div').filter({ hasText: 'With nobody leading' });
    assert.equal((await nobodyLeading.locator('dd').innerText()).trim(), String(oversight.withoutLead));
    // Counts only: no family is listed for the whole service.
    assert.equal(await main.getByRole('article').count(), 0);
    await noViolationsAt('all teams');

    await perTeam.getByRole('link', { name: "Morgan Ellis's team" }).click();
    await main.getByRole('heading', { level: 1, name: "Morgan Ellis's team" }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('manager'), morgans.managerId);
    await main.getByRole('table', { name: 'Open families and what is overdue, per worker' }).waitFor();
    await main.getByRole('region', { name: /^Sam Okafor/ }).waitFor();
    await noViolationsAt("Morgan's team, opened by the Early Help team");

    // Sam, a worker: no link, and the page says who it is for.
    await page.context().clearCookies();
    await signInAs(page, 'sam');
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /team/ }).count(), 0);
    await page.goto('/team');
    await main.getByText('This page is for managers and the Early Help team').waitFor();
  });
});

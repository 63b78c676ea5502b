// Browser tests of the Supporting Families screen, against a running Hearth with its demo data (Priya, "hub", is the
// Early Help team; Morgan is a manager):
//
//   HEARTH_BASE_URL=http://localhost:8081 node --test frontend/e2e/reporting.test.mjs
//
// The figures on the screen and in the files are checked against the same report read over GraphQL at the time, since
// other scenarios close the demo's families (and their own) as they run.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { axeViolations, pickDay } from './screens.mjs';
import { baseUrl, freshPagePerTest, graphqlAs, signInAs } from './support.mjs';

const TABLET = { width: 1024, height: 768 };
const DESKTOP = { width: 1440, height: 900 };

let page;
freshPagePerTest({ viewport: DESKTOP }, (opened) => {
  page = opened;
});

async function noViolationsAt(where) {
  for (const size of [TABLET, DESKTOP]) {
    await page.setViewportSize(size);
    assert.deepEqual(await axeViolations(page), [], `${where} at ${size.width}x${size.height}`);
  }
  await page.setViewportSize(DESKTOP);
}

const isoDay = (date) => date.toLocaleDateString('en-CA');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A day as the screens write it: 29 Nov 2026. */
const inWords = (date) => `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;

/** The records of an RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
      }
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Clicks a download link and returns the file's suggested name and bytes. */
async function download(link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

describe('Supporting Families', () => {
  test('the Early Help team picks a period, reads the counts the server has and downloads both files', async () => {
    const hub = await graphqlAs(baseUrl, 'hub');
    await signInAs(page, 'hub');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supporting Families' }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Supporting Families' }).waitFor();
    await main.getByText('the council checks each claim against the national framework before claiming').waitFor();
    // The current financial year to start with; then the last year and a half, up to today.
    await main.getByRole('heading', { level: 2, name: 'Headlines' }).waitFor();
    const today = new Date();
    const from = new Date(today);
    from.setMonth(from.getMonth() - 18);
    const period = main.getByRole('form', { name: 'Period' });
    await pickDay(period, 'Closed from', from);
    await pickDay(period, 'Closed to', today);
    await period.getByRole('button', { name: 'Show' }).click();

    const { supportingFamiliesReport: report } = await hub(
      `query($from: Date!, $to: Date!) { supportingFamiliesReport(from: $from, to: $to) {
        eligible { episodeReference } notEligible { episodeReference reasons }
        headlines { needArea { name } familiesWithNeed familiesAchieved } } }`,
      { from: isoDay(from), to: isoDay(today) },
    );
    const closed = report.eligible.length + report.notEligible.length;
    assert.ok(closed > 0, 'the demo has a closed family (the Greens) in the last year and a half');
    const counts = main.getByRole('table', { name: `Families per headline, episodes closed ${inWords(from)} to ${inWords(today)}`, exact: true });
    await counts.waitFor();
    await main.getByText(new RegExp(`: ${report.eligible.length} eligible, ${report.notEligible.length} not eligible`)).waitFor();
    for (const headline of report.headlines) {
      const row = counts.getByRole('row').filter({ has: page.getByRole('rowheader', { name: headline.needArea.name, exact: true }) });
      assert.deepEqual(await row.getByRole('cell').allInnerTexts(), [String(headline.familiesWithNeed), String(headline.familiesAchieved)], headline.needArea.name);
    }
    await main.getByRole('img', { name: /^Families per headline/ }).waitFor();
    // Each family not eligible is listed with its reasons, linked to its page.
    await main.getByRole('heading', { level: 2, name: `Not eligible (${report.notEligible.length})` }).waitFor();
    await main.getByRole('heading', { level: 2, name: `Eligible families (${report.eligible.length})` }).waitFor();
    for (const family of report.notEligible) {
      const row = main.getByRole('row').filter({ hasText: `Episode ${family.episodeReference}` });
      // The screen writes the reasons' dates in words (30 Apr 2027): their words before any date.
      for (const reason of family.reasons) {
        await row.getByText(reason.split(/\d{4}-\d{2}-\d{2}/)[0].trim(), { exact: false }).first().waitFor();
      }
    }
    await noViolationsAt('the Supporting Families screen');

    // The files, for the period shown.
    const name = `supporting-families-${isoDay(from)}-to-${isoDay(today)}`;
    const xlsx = await download(main.getByRole('link', { name: 'Download spreadsheet (.xlsx)' }));
    assert.equal(xlsx.name, `${name}.xlsx`);
    assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'an .xlsx is a zip');
    const csv = await download(main.getByRole('link', { name: 'Download CSV' }));
    assert.equal(csv.name, `${name}.csv`);
    const [header, ...rows] = csvRecords(csv.bytes.toString('utf8'));
    assert.equal(header[0], 'Eligible');
    assert.equal(rows.length, closed, 'one row per family whose episode closed in the period');
    assert.equal(rows.filter((row) => row[0] === 'yes').length, report.eligible.length);

    // A family's reference opens its page.
    const first = [...report.eligible, ...report.notEligible][0];
    const row = main.getByRole('row').filter({ hasText: `Episode ${first.episodeReference}` }).first();
    await row.getByRole('link').click();
    await page.waitForURL(/\/families\/[0-9a-f-]+$/);
  });

  test('a manager typing its address is told the screen is only for the Early Help team, with no link to it', async () => {
    await signInAs(page, 'morgan');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'My caseload' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Supporting Families' }).count(), 0);
    await page.goto('/reporting');
    await page.getByRole('main').getByText('Only the Early Help team can see this.').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Download CSV' }).count(), 0);
  });
});

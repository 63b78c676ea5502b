// Browser tests of records and retention: the Early Help team's screen and the family page's legal hold, against a
// running Hearth with its demo data (Priya, "hub", is the Early Help team; Sam leads families):
//
//   HEARTH_BASE_URL=http://localhost:8081 node --test frontend/e2e/retention.test.mjs
//
// The scenario puts a family of its own (made over GraphQL) on legal hold, so the demo's families are left alone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations } from './screens.mjs';
import { baseUrl, freshPagePerTest, graphqlAs, newFamilyWithAPlan, signInAs } from './support.mjs';

const TABLET = { width: 1024, height: 768 };
const DESKTOP = { width: 1440, height: 900 };

let page;
freshPagePerTest({ viewport: TABLET, hasTouch: true }, (opened) => {
  page = opened;
});

async function noViolationsAt(where) {
  for (const size of [TABLET, DESKTOP]) {
    await page.setViewportSize(size);
    assert.deepEqual(await axeViolations(page), [], `${where} at ${size.width}x${size.height}`);
  }
  await page.setViewportSize(TABLET);
}

/** The family's legal hold as the server has it, read as the Early Help team. */
async function holdOnServer(hub, episodeId) {
  const { episode } = await hub('query($id: ID!) { episode(id: $id) { family { legalHold { reason setBy { name } } } } }', {
    id: episodeId,
  });
  return episode.family.legalHold;
}

describe('records and retention', () => {
  test('the Early Help team reads the policy and the runs, puts a family on legal hold from its page and releases it', async () => {
    const family = await newFamilyWithAPlan(baseUrl);
    const hub = await graphqlAs(baseUrl, 'hub');

    await signInAs(page, 'hub');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records and retention' }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Records and retention' }).waitFor();
    const { retentionPolicy } = await hub('{ retentionPolicy { yearsAfterClosure } }');
    await main
      .getByText(`Records are kept for ${retentionPolicy.yearsAfterClosure} years after a family’s last episode closes, then anonymised; next run`)
      .waitFor();
    const runs = main.getByRole('table', { name: 'The latest runs of the retention job, newest first' });
    await runs.waitFor();
    for (const column of ['When', 'Closed before', 'Anonymised', 'Kept: episode open', 'Kept: legal hold', 'Failed']) {
      await runs.getByRole('columnheader', { name: column, exact: true }).waitFor();
    }
    // The latest runs as the server has them (none yet on a fresh server: the job runs at night).
    const { retentionRuns } = await hub('{ retentionRuns(first: 10) { edges { node { anonymised skippedOpenEpisode skippedLegalHold failed } } } }');
    const rows = runs.getByRole('row').filter({ has: page.getByRole('rowheader') });
    if (retentionRuns.edges.length === 0) {
      await runs.getByRole('cell', { name: 'The job has not run yet.' }).waitFor();
    } else {
      assert.equal(await rows.count(), retentionRuns.edges.length);
      const { node } = retentionRuns.edges[0];
      assert.deepEqual((await rows.first().getByRole('cell').allInnerTexts()).slice(1), [node.anonymised, node.skippedOpenEpisode, node.skippedLegalHold, node.failed].map(String));
    }
    await noViolationsAt('the retention screen');

    // From the family's page: put it on legal hold, with a reason.
    await page.goto(`/families/${family.episodeId}`);
    const hold = page.getByRole('region', { name: 'Legal hold' });
    await hold.getByText('Not on legal hold').waitFor();
    await hold.getByRole('button', { name: 'Put on legal hold' }).click();
    // No reason: asked for one, nothing sent.
    await hold.getByRole('button', { name: 'Put on legal hold' }).click();
    await hold.getByText('Give a reason.').waitFor();
    assert.equal(await holdOnServer(hub, family.episodeId), null);
    await hold.getByRole('textbox', { name: 'Why must the family’s records be kept?' }).fill('A claim against the council');
    await hold.getByRole('button', { name: 'Put on legal hold' }).click();
    await hold.getByText('The family is on legal hold.').waitFor();
    await hold.getByText('A claim against the council').waitFor();
    await hold.getByText(/Set by Priya Shah/).waitFor();
    await hold.getByRole('button', { name: 'Release legal hold' }).waitFor();
    assert.deepEqual(await holdOnServer(hub, family.episodeId), { reason: 'A claim against the council', setBy: { name: 'Priya Shah' } });
    await noViolationsAt('the family page with its legal hold');

    // Listed on the retention screen, and released there with a reason.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records and retention' }).click();
    const listed = main.getByRole('listitem', { name: `Family ${family.familyRef}` });
    await listed.getByText('A claim against the council').waitFor();
    await listed.getByText(/Set by Priya Shah/).waitFor();
    await listed.getByRole('button', { name: `Release the legal hold on ${family.familyRef}` }).click();
    await listed.getByRole('textbox', { name: 'Why need the records not be kept any more?' }).fill('The claim was settled');
    await noViolationsAt('releasing a hold');
    await listed.getByRole('button', { name: `Release the hold on ${family.familyRef}` }).click();
    await main.getByText(`The legal hold on ${family.familyRef} is released.`).waitFor();
    await listed.waitFor({ state: 'detached' });
    assert.equal(await holdOnServer(hub, family.episodeId), null);
  });

  test('a lead is told the screen is only for the Early Help team and is offered no link to it', async () => {
    await signInAs(page, 'sam');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'My caseload' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Records and retention' }).count(), 0);
    await page.goto('/retention');
    await page.getByRole('main').getByText('Only the Early Help team can see this.').waitFor();
  });
});

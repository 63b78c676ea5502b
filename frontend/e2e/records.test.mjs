// Browser tests of subject access and the disclosure view: the Early Help team (`hub`) produces a demo family's
// record, downloads it as JSON, reads who saw or changed the family's data, narrowed to partner systems, and exports
// it as CSV; a lead practitioner (`sam`, not a manager) is refused both. What reached the server is read back over
// GraphQL. Against a running Hearth with its demo data.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { axeViolations, choose } from './screens.mjs';
import { baseUrl, freshPagePerTest, graphqlAs, signInAs } from './support.mjs';

let page;
freshPagePerTest({ viewport: { width: 1024, height: 768 }, hasTouch: true }, (opened) => {
  page = opened;
});

/** The demo's partner system reads the episodes its school is on: a read through the partner channel, audited. */
async function partnerReadsItsEpisodes() {
  const token = await fetch(`${baseUrl}/oauth2/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('school-mis:school-mis-secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  }).then((response) => response.json());
  const answer = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ episodes(first: 10) { edges { node { id } } } }' }),
  }).then((response) => response.json());
  return answer.data.episodes.edges.map((edge) => edge.node.id);
}

const EPISODE = 'query($id: ID!) { episode(id: $id) { id reference family { id reference } } }';

const TRAIL = `query($familyId: ID!, $filter: AuditTrailFilter) {
  auditTrail(familyId: $familyId, first: 20, filter: $filter) { totalCount edges { node { operation actorName channel } } } }`;

describe('subject access and the disclosure view', () => {
  test('the Early Help team produces a family’s record, downloads it, and reads and exports who saw it', async () => {
    const [episodeId] = await partnerReadsItsEpisodes();
    assert.ok(episodeId, 'the demo partner sees an episode');
    const hub = await graphqlAs(baseUrl, 'hub');
    const { episode } = await hub(EPISODE, { id: episodeId });
    const familyId = episode.family.id;

    await signInAs(page, 'hub');
    await page.goto(`/families/${episodeId}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(episode.family.reference) }).waitFor();
    await page.getByRole('link', { name: 'Subject access record' }).click();
    await page.getByRole('heading', { level: 1, name: `Subject access record: family ${episode.family.reference}` }).waitFor();
    for (const heading of ['The family', `Episode ${episode.reference}`, 'Safeguarding referrals', 'Who saw or changed the record']) {
      await page.getByRole('heading', { level: 2, name: new RegExp(`^${heading}`) }).first().waitFor();
    }
    await page.getByRole('table', { name: 'Members of the family' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the subject access record at 1024x768');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as JSON' }).click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^subject-access-${episode.family.reference}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const record = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(record.familyReference, episode.family.reference);
    assert.ok(record.episodes.some((held) => held.reference === episode.reference), 'the episode is in the file');

    // One person's record: only them.
    const firstMember = record.members[0];
    await page.getByRole('link', { name: `${firstMember.givenName} ${firstMember.familyName}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Subject access record: ${firstMember.givenName} ${firstMember.familyName}`) }).waitFor();
    assert.equal(await page.getByRole('table', { name: 'The person' }).getByRole('row').count(), 2);

    await page.getByRole('link', { name: 'Back to the family' }).click();
    await page.getByRole('link', { name: 'Who saw or changed this record' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who saw or changed this record' }).waitFor();
    const table = page.getByRole('table', { name: /Who saw or changed the family’s record/ });
    await table.waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the disclosure view at 1024x768');

    await choose(page, page.getByRole('form', { name: 'Filter the list' }), 'Through', 'Partner systems');
    await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.audit-table tbody tr')].every((row) => row.textContent.includes('Partner system')));
    const partnerRows = await table.locator('tbody tr').count();
    assert.ok(partnerRows >= 1, 'the partner system’s read is listed');
    assert.match(await table.locator('tbody tr').first().textContent(), /school-mis/);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export as CSV' }).click()]);
    const rows = (await readFile(await csv.path(), 'utf8')).trim().split(/\r?\n/);
    assert.equal(rows[0], 'When (UTC),Who,Kind of caller,Channel,Read or write,What,Episode,Changes');
    assert.ok(rows.length - 1 >= partnerRows, 'a row per partner event');
    assert.ok(rows.slice(1).every((row) => row.includes(',PARTNER_API,')), 'only the partner channel');

    // On the server: the record produced and the export, each audited as the hub's.
    const { auditTrail } = await hub(TRAIL, { familyId, filter: { actorKind: 'PRACTITIONER', channel: 'SPA' } });
    const operations = auditTrail.edges.map((edge) => edge.node.operation);
    assert.ok(operations.includes('produced a subject access record'), operations.join(', '));
    assert.ok(operations.includes('exported the audit trail'), operations.join(', '));
  });

  test('a lead practitioner who is not a manager is refused both screens and the export', async () => {
    const [episodeId] = await partnerReadsItsEpisodes();
    const hub = await graphqlAs(baseUrl, 'hub');
    const { episode } = await hub(EPISODE, { id: episodeId });

    await signInAs(page, 'sam');
    await page.goto(`/families/${episodeId}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(episode.family.reference) }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Subject access record' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Who saw or changed this record' }).count(), 0);

    await page.goto(`/families/${episodeId}/audit`);
    await page.getByText('Only managers and the Early Help team can see this.').waitFor();
    assert.equal(await page.getByRole('table').count(), 0);
    await page.goto(`/records/${episode.family.id}`);
    await page.getByText('Only the Early Help team can produce a subject access record.').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the refusal at 1024x768');

    const exported = await page.request.get(`/exports/audit/${episode.family.id}.csv`);
    assert.equal(exported.status(), 403);
    assert.doesNotMatch(await exported.text(), /When \(UTC\)/);
  });
});

// Browser tests of asking for early help: the existing-plan check first (a child with a plan is joined through its
// lead), then the request for a new family, whose page opens. Against a running Hearth with its demo data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkForPlan } from './screens.mjs';
import { baseUrl, familyRef, freshPagePerTest, graphqlAs, signInAs, WORKER } from './support.mjs';

let page;
freshPagePerTest({ viewport: { width: 1024, height: 768 }, hasTouch: true }, (opened) => {
  page = opened;
});

describe('asking for early help', () => {
  test('the check finds a demo child with a plan and shows its lead, and the worker is not offered the request', async () => {
    const sam = await graphqlAs(baseUrl, 'sam');
    const { episodes } = await sam('{ episodes(first: 100) { edges { node { id status family { reference members { givenName familyName dateOfBirth role } } } } } }');
    const withPlan = episodes.edges.map((edge) => edge.node).find((node) => node.family.reference === familyRef(4) && node.status !== 'CLOSED');
    const child = withPlan.family.members.find((member) => member.role === 'CHILD' && member.dateOfBirth);
    const before = episodes.edges.length;

    await signInAs(page, 'casey');
    await page.getByRole('link', { name: 'Ask for early help' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ask for early help' }).waitFor();
    await checkForPlan(page, child.givenName.toLowerCase(), child.familyName.toUpperCase(), child.dateOfBirth);

    const found = page.getByRole('alert').filter({ hasText: 'contact the lead instead' });
    await found.waitFor();
    const words = await found.innerText();
    assert.match(words, /Sam Okafor/);
    assert.match(words, /07700 900101/);
    assert.equal(await page.getByRole('button', { name: 'Continue to the request' }).count(), 0);
    // Nothing was asked for.
    const after = await sam('{ episodes(first: 100) { edges { node { id } } } }');
    assert.equal(after.episodes.edges.length, before);
  });

  test('a new family is asked for, and its page opens with the family as sent', async () => {
    const surname = `Test${Math.random().toString(36).slice(2, 8)}`;
    const born = new Date(Date.now() - 7 * 366 * 86400000).toISOString().slice(0, 10);
    await signInAs(page, WORKER);
    await page.getByRole('link', { name: 'Ask for early help' }).click();
    await checkForPlan(page, 'Mo', surname, born);
    await page.getByText(`No open plan for Mo ${surname}.`).waitFor();
    await page.getByRole('button', { name: 'Continue to the request' }).click();

    const form = page.getByRole('form', { name: 'Ask for early help for a new family' });
    const people = form.getByRole('list', { name: 'People in the family' }).getByRole('listitem');
    assert.equal(await people.count(), 2);
    // The child from the check is there already; the parent is given a first name.
    assert.equal(await people.nth(0).getByLabel('First name').inputValue(), 'Mo');
    await people.nth(1).getByLabel('First name').fill('Kay');
    await form.getByRole('radio', { name: /^Level 2/ }).check();
    await form.getByLabel('Why the family needs help').fill('Mo misses school on Mondays');
    await form.getByRole('button', { name: 'Ask for early help' }).click();

    await page.getByRole('heading', { name: 'What to do next' }).waitFor();
    const episodeId = new URL(page.url()).pathname.split('/').at(-1);
    const sam = await graphqlAs(baseUrl, WORKER);
    const { episode } = await sam(
      'query($id: ID!) { episode(id: $id) { status requestReasons family { reference members { givenName familyName role hasParentalResponsibility livesInHousehold dateOfBirth } } } }',
      { id: episodeId },
    );
    assert.equal(episode.status, 'REQUESTED');
    assert.equal(episode.requestReasons, 'Mo misses school on Mondays');
    assert.deepEqual(
      episode.family.members.map((m) => [m.givenName, m.familyName, m.role, m.hasParentalResponsibility, m.livesInHousehold]).sort(),
      [
        ['Kay', surname, 'PARENT_CARER', true, true],
        ['Mo', surname, 'CHILD', false, true],
      ],
    );
    assert.equal(episode.family.members.find((m) => m.givenName === 'Mo').dateOfBirth, born);
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), new RegExp(episode.family.reference));
  });
});

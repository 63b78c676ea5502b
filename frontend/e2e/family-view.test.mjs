// Browser tests of the family's own view of their plan on a phone (360x740), against a running Hearth with its demo
// data:
//
//   HEARTH_BASE_URL=http://localhost:8081 node --test frontend/e2e/family-view.test.mjs
//
// Dana (the demo's Carter family) only reads: her plan, another family's address, both languages, axe. The changes
// (a job marked done, a comment, consent withdrawn) are made by a parent of a family each test makes, invited and
// joined with a code, so the demo's plans stay as the other scenarios expect them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  WORKER,
  actionOnServer,
  baseUrl,
  commentsOnServer,
  familyRef,
  freshPagePerTest,
  graphqlAs,
  joinWithCode,
  newFamilyWithAPlan,
  tabletOf,
} from './support.mjs';
import { axeViolations } from './screens.mjs';

const PHONE = { width: 360, height: 740 };
const TABLET = { width: 1024, height: 768 };

let page;
freshPagePerTest({ viewport: PHONE, hasTouch: true }, (opened) => {
  page = opened;
});

/** Signs in on the sign-in page as a family member, who lands on their own plan. */
async function signInToTheirPlan(username, password = 'hearth-demo') {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/my-plan', { timeout: 60_000 });
}

async function assertNoSidewaysScrolling(where) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth,
    clientWidth: document.scrollingElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${where}: the page is ${scrollWidth} px wide in a ${clientWidth} px window`);
}

async function expectNoErrors(graphql, mutation, type, input, fields = '') {
  const data = await graphql(`mutation($input: ${type}!) { ${mutation}(input: $input) { ${fields} errors { field code message } } }`, {
    input,
  });
  assert.deepEqual(data[mutation].errors, [], `${mutation} refused`);
  return data[mutation];
}

/** The id of the open episode of demo family N, as sam sees it over GraphQL. */
async function demoEpisodeId(n) {
  const sam = await graphqlAs(baseUrl, 'sam');
  const { episodes } = await sam('{ episodes(first: 100) { edges { node { id status family { reference } } } } }');
  return episodes.edges.map((edge) => edge.node).find((node) => node.family.reference === familyRef(n)).id;
}

/** The new family's parent, Jess, invited by Sam and joined with the code: her username and password. */
async function parentJoins(family) {
  const { inviteFamilyMember } = await family.sam(
    'mutation($e: ID!, $p: ID!) { inviteFamilyMember(input: { episodeId: $e, personId: $p }) { code errors { code } } }',
    { e: family.episodeId, p: family.parentId },
  );
  assert.ok(inviteFamilyMember.code, JSON.stringify(inviteFamilyMember.errors));
  const username = `jess.${Date.now()}`;
  const password = 'kettle garden blue';
  await joinWithCode(baseUrl, inviteFamilyMember.code, username, password);
  return { username, password };
}

async function episodeStatus(family) {
  const { episode } = await family.sam('query($id: ID!) { episode(id: $id) { status } }', { id: family.episodeId });
  return episode.status;
}

describe("the family's own view of their plan", () => {
  test('Dana lands on the Carter family’s plan, in English and Welsh, on a phone and a tablet, and nothing else', async () => {
    await signInToTheirPlan('dana');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Hello Dana' }).waitFor();
    await main.getByText('This is the plan for the Carter family.').waitFor();
    await main.getByText('Benefit check with Citizens Advice.').waitFor();
    await main.getByText('Sam Okafor').first().waitFor();
    await main.getByRole('link', { name: 'Call 07700 900101' }).waitFor();
    // When Sam is away: his service's office, the number on record for his agency.
    await main.getByText('If Sam Okafor is away, contact Northgate Early Help Service on 01632 960100.').waitFor();
    await main.getByText('If a child is in danger now, call 999.').waitFor();
    // Her own job is hers; the practitioners' jobs have no button for her.
    assert.equal(await main.getByRole('button', { name: 'I’ve done this' }).count(), 0, 'Dana’s only job is done');
    // No practitioners' links in the header or navigation.
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'My caseload' }).count(), 0);
    const text = await main.innerText();
    for (const other of ['Nowak', 'Thompson', familyRef(2), familyRef(3)]) {
      assert.ok(!text.includes(other), `Dana's plan shows ${other}`);
    }
    await assertNoSidewaysScrolling('English at 360x740');
    assert.deepEqual(await axeViolations(page), [], 'English at 360x740');

    await main.getByRole('button', { name: 'Cymraeg' }).click();
    await main.getByRole('heading', { level: 1, name: 'Helo Dana' }).waitFor();
    await main.getByText('Os yw plentyn mewn perygl nawr, ffoniwch 999.').waitFor();
    // The header around the plan speaks Welsh too, and the page says which language it is in.
    await page.getByRole('banner').getByRole('button', { name: 'Allgofnodi' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
    await assertNoSidewaysScrolling('Welsh at 360x740');
    assert.deepEqual(await axeViolations(page), [], 'Welsh at 360x740');

    await page.setViewportSize(TABLET);
    assert.deepEqual(await axeViolations(page), [], 'Welsh at 1024x768');
    await main.getByRole('button', { name: 'English' }).click();
    await main.getByRole('heading', { level: 1, name: 'Hello Dana' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'English at 1024x768');
    await assertNoSidewaysScrolling('English at 1024x768');
  });

  test('another family’s address tells Dana plainly it is not hers and shows nothing of it', async () => {
    const another = await demoEpisodeId(2);
    const hers = await demoEpisodeId(4);
    await signInToTheirPlan('dana');
    await page.getByRole('heading', { level: 1, name: 'Hello Dana' }).waitFor();

    await page.goto(`/families/${another}`);
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'This is not your family’s plan' }).waitFor();
    const text = await main.innerText();
    for (const other of ['Nowak', 'Piotr', familyRef(2)]) {
      assert.ok(!text.includes(other), `the other family's page shows ${other}`);
    }
    await assertNoSidewaysScrolling('not yours');
    assert.deepEqual(await axeViolations(page), [], 'not yours at 360x740');

    // Her own family's address takes her to her plan.
    await page.goto(`/families/${hers}`);
    await page.waitForURL((url) => url.pathname === '/my-plan');
    await main.getByRole('heading', { level: 1, name: 'Hello Dana' }).waitFor();
  });

  test('a parent marks their own job done and adds a comment kept from the children, and the lead sees it', async () => {
    const family = await newFamilyWithAPlan(baseUrl);
    const { username, password } = await parentJoins(family);
    const jessPlace = crypto.randomUUID();
    const jessAction = crypto.randomUUID();
    await expectNoErrors(family.sam, 'addTeamMember', 'AddTeamMemberInput', {
      id: jessPlace,
      episodeId: family.episodeId,
      personId: family.parentId,
      roleDescription: 'Mum',
    });
    const { episode } = await family.sam('query($id: ID!) { episode(id: $id) { outcomes { id } } }', { id: family.episodeId });
    await expectNoErrors(family.sam, 'addAction', 'AddActionInput', {
      id: jessAction,
      outcomeId: episode.outcomes[0].id,
      description: 'Pack the school bag the night before',
      ownerTeamMemberId: jessPlace,
      dueDate: new Date(Date.now() + 10 * 86400000).toISOString().slice(0, 10),
    });

    await signInToTheirPlan(username, password);
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Hello Jess' }).waitFor();
    const jobs = main.getByRole('region', { name: 'Who is doing what' });
    const mine = jobs.getByRole('listitem').filter({ hasText: 'Pack the school bag the night before' });
    // The lead's job is listed, without a button for Jess.
    const leads = jobs.getByRole('listitem').filter({ hasText: 'Make a morning routine chart with Jess' });
    await leads.waitFor();
    assert.equal(await leads.getByRole('button').count(), 0);
    await assertNoSidewaysScrolling('with a job to do');

    await mine.getByRole('button', { name: 'I’ve done this' }).click();
    await mine.getByText('Thank you. We have told the team it is done.').waitFor();
    await mine.getByText(/^Done on /).waitFor();
    assert.equal((await actionOnServer(family.sam, family.episodeId, jessAction)).status, 'DONE');

    const comments = main.getByRole('region', { name: 'What you have told us' });
    await comments.getByRole('button', { name: 'Send' }).click();
    await comments.getByText('Please write something first.').waitFor();
    const said = `Mornings are calmer now ${Date.now()}`;
    await comments.getByRole('textbox', { name: 'Your comment' }).fill(said);
    await comments.getByRole('checkbox', { name: 'Keep this from the children and young people in our family' }).check();
    await comments.getByRole('button', { name: 'Send' }).click();
    await comments.getByText('Thank you. Your main contact will see it.').waitFor();
    await comments.getByRole('listitem').filter({ hasText: said }).getByText('Not shown to the young people').waitFor();
    assert.ok((await commentsOnServer(family.sam, family.episodeId)).includes(said), 'the lead sees the comment');
    await assertNoSidewaysScrolling('after a comment');

    // Sam, the lead, reads it on the family's page on his tablet, told that it is kept from the young people.
    const sam = await tabletOf(page.context().browser(), WORKER);
    try {
      await sam.page.goto(`/families/${family.episodeId}`);
      const theirs = sam.page.getByRole('region', { name: 'What the family says' }).getByRole('listitem').filter({ hasText: said });
      await theirs.getByText('Kept from the young people in the family').waitFor();
    } finally {
      await sam.context.close();
    }
  });

  test('a parent reads what withdrawing means, changes their mind, then withdraws and the plan ends', async () => {
    const family = await newFamilyWithAPlan(baseUrl);
    const { username, password } = await parentJoins(family);
    await signInToTheirPlan(username, password);
    const main = page.getByRole('main');
    const consent = main.getByRole('region', { name: 'Your consent' });
    await consent.getByText('Getting help from the team').waitFor();
    assert.equal(await consent.getByText(/^You said yes on /).count(), 3, 'the three consents Jess gave');

    await consent.getByRole('button', { name: 'I want to stop getting help' }).click();
    const before = consent.getByRole('form', { name: 'Before you stop' });
    await before.getByText('If you stop, your plan ends today.').waitFor();
    await before.getByText('You can ask for help again at any time.').waitFor();
    await assertNoSidewaysScrolling('before you stop');
    assert.deepEqual(await axeViolations(page), [], 'withdrawing at 360x740');
    await before.getByRole('button', { name: 'No, keep my plan' }).click();
    await consent.getByRole('button', { name: 'I want to stop getting help' }).waitFor();
    assert.equal(await episodeStatus(family), 'PLANNING', 'changing her mind sent nothing');

    await consent.getByRole('button', { name: 'I want to stop getting help' }).click();
    await before.getByRole('textbox', { name: 'Tell us why, if you want to' }).fill('We are managing on our own now.');
    await before.getByRole('button', { name: 'Yes, stop my plan' }).click();
    await main.getByText('Your plan has ended.').waitFor();
    await main.getByText('You asked us to stop.').waitFor();
    await consent.getByText(/^You asked us to stop on /).waitFor();
    assert.equal(await consent.getByRole('button', { name: 'I want to stop getting help' }).count(), 0);
    assert.equal(await main.getByRole('button', { name: 'I’ve done this' }).count(), 0, 'no jobs left to do');

    const { episode } = await family.sam('query($id: ID!) { episode(id: $id) { status closure { reason summary } } }', {
      id: family.episodeId,
    });
    assert.deepEqual(episode.closure, { reason: 'CONSENT_WITHDRAWN', summary: 'We are managing on our own now.' });
    assert.equal(episode.status, 'CLOSED');
  });
});

// Browser tests of a home visit on the tablet: the family page, changes made without signal, conflicts between two
// workers, and a session that ends while offline. Against a running Hearth with its demo data; each test makes its
// own family over GraphQL first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { syncStatus } from './screens.mjs';
import {
  PARTNER,
  WORKER,
  actionOnServer,
  baseUrl,
  commentsOnServer,
  launchChromium,
  newFamilyWithAPlan,
  signInAs,
  appKeptOnDevice,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** A fresh tablet (no cookies, no storage) at 1024x768 landscape. */
async function tablet() {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB', viewport: { width: 1024, height: 768 }, hasTouch: true });
  context.setDefaultTimeout(30_000);
  return { context, page: await context.newPage() };
}

/** From the caseload to the family, as a worker taps it. */
async function openFamily(page, family) {
  await page.getByRole('link', { name: `Family ${family.familyRef}` }).click();
  await page.getByRole('heading', { name: 'What to do next' }).waitFor();
}

const action = (page, words) =>
  page.getByRole('list', { name: /^Actions for/ }).getByRole('listitem').filter({ has: page.getByText(words, { exact: true }) });

async function editAction(page, words, changes) {
  await action(page, words).getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: `Edit action: ${words}` });
  if (changes.description) {
    await form.getByLabel('What will be done').fill(changes.description);
  }
  if (changes.dueDate) {
    await form.getByLabel('Due by').fill(changes.dueDate);
    await form.getByLabel('Due by').press('Enter');
  }
  await form.getByRole('button', { name: 'Save' }).click();
  await page.locator('form.action-edit').waitFor({ state: 'detached' });
  // The change shows at once (it is kept in the same step as the outbox entry).
  await action(page, changes.description ?? words).waitFor();
}

/** A worker on a fresh tablet, signed in and at the family's page. */
async function atTheFamily(username, family) {
  const { context, page } = await tablet();
  await signInAs(page, username);
  await openFamily(page, family);
  return { context, page };
}


describe('a home visit on the tablet', () => {
  test('the family page shows who is involved and what to do next, and an action is done with one tap', async () => {
    const family = await newFamilyWithAPlan(baseUrl);
    const { context, page } = await atTheFamily(WORKER, family);
    try {

      const tasks = page.getByRole('region', { name: 'What to do next' });
      assert.match(await tasks.innerText(), /4 of 8 done/);
      assert.match(await tasks.getByRole('listitem').filter({ hasText: 'Hold the first team meeting' }).innerText(), /To do/);
      const team = page.getByRole('region', { name: 'Team' });
      const [lead] = await team.getByRole('listitem').all();
      assert.match(await lead.innerText(), /Lead/, 'the lead comes first');
      assert.match(await lead.getByRole('link', { name: /^Call / }).getAttribute('href'), /^tel:0\d{10}$/);
      assert.match(await page.getByRole('region', { name: 'Family', exact: true }).innerText(), /Finn Test\w+\s*Child, 9/);

      await action(page, 'Make a morning routine chart with Jess').getByRole('button', { name: 'Mark done' }).tap();

      await action(page, 'Make a morning routine chart with Jess').filter({ hasText: /done \d/ }).waitFor();
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();
      const onServer = await actionOnServer(family.sam, family.episodeId, family.samAction);
      assert.equal(onServer.status, 'DONE');
      assert.equal(onServer.version, 1, 'changed once');
    } finally {
      await context.close();
    }
  });

  test('three changes made offline survive a reload and reach the server exactly once when the signal returns', async () => {
    const family = await newFamilyWithAPlan(baseUrl);
    const { context, page } = await atTheFamily(WORKER, family);
    try {
      await appKeptOnDevice(page);

      await context.setOffline(true);
      await action(page, 'Make a morning routine chart with Jess').getByRole('button', { name: 'Mark done' }).click();
      await editAction(page, 'Morning check-in at the gate', { description: 'Morning check-in at the gate, with a sticker chart' });
      const comment = page.getByRole('form', { name: 'Write down what the family says' });
      await comment.getByLabel('Who said it').click();
      await page.getByRole('option', { name: /^Jess / }).click();
      await comment.getByLabel('What they said').fill('Mornings are calmer with the chart on the fridge.');
      await comment.getByRole('button', { name: 'Add comment' }).click();
      await syncStatus(page).filter({ hasText: '3 changes waiting' }).waitFor();

      await page.reload();
      await page.getByRole('heading', { name: 'What to do next' }).waitFor();
      await syncStatus(page).filter({ hasText: '3 changes waiting' }).waitFor();
      assert.match(await page.getByRole('region', { name: 'What the family says' }).innerText(), /calmer with the chart/);
      assert.match(await page.getByText(/No connection: showing what this tablet kept/).innerText(), /kept at/);

      await context.setOffline(false);
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();

      const done = await actionOnServer(family.sam, family.episodeId, family.samAction);
      assert.deepEqual([done.status, done.version], ['DONE', 1]);
      const edited = await actionOnServer(family.sam, family.episodeId, family.alexAction);
      assert.deepEqual([edited.description, edited.version], ['Morning check-in at the gate, with a sticker chart', 1]);
      assert.deepEqual(await commentsOnServer(family.sam, family.episodeId), ['Mornings are calmer with the chart on the fridge.']);
      assert.equal(await page.evaluate(async () => {
        const names = (await indexedDB.databases()).map((db) => db.name);
        return names;
      }).then((names) => names.includes(`hearth-device-${WORKER}`)), true);
      await page.goto('/changes');
      await page.getByText('Everything you changed has reached Hearth.').waitFor();
    } finally {
      await context.close();
    }
  });

  test('two workers change the same field: the second sees both and chooses; different fields merge', async () => {
    const family = await newFamilyWithAPlan(baseUrl);
    const first = await atTheFamily(WORKER, family);
    const second = await atTheFamily(PARTNER, family);
    try {

      // Both start from the same version; sam changes the due date, alex (still on the old version) the words.
      await second.context.setOffline(true);
      const later = new Date(Date.now() + 25 * 86400000);
      await editAction(first.page, 'Morning check-in at the gate', {
        dueDate: `${later.getDate()}/${later.getMonth() + 1}/${later.getFullYear()}`,
      });
      await syncStatus(first.page).filter({ hasText: 'All saved' }).waitFor();
      await editAction(second.page, 'Morning check-in at the gate', { description: 'Check-in at the gate every morning' });
      await second.context.setOffline(false);
      await syncStatus(second.page).filter({ hasText: 'All saved' }).waitFor();
      let onServer = await actionOnServer(family.sam, family.episodeId, family.alexAction);
      assert.equal(onServer.description, 'Check-in at the gate every morning', 'different fields merged without asking');
      assert.equal(onServer.version, 2);

      // Now both change the words from the same version: the second to arrive is asked.
      await first.page.reload();
      await action(first.page, 'Check-in at the gate every morning').waitFor();
      await second.context.setOffline(true);
      await editAction(first.page, 'Check-in at the gate every morning', { description: 'Sam: check-in at 8:40' });
      await syncStatus(first.page).filter({ hasText: 'All saved' }).waitFor();
      await editAction(second.page, 'Check-in at the gate every morning', { description: 'Alex: check-in at 8:45' });
      await second.context.setOffline(false);
      await syncStatus(second.page).filter({ hasText: '1 needs your decision' }).waitFor();

      await syncStatus(second.page).click();
      const conflict = second.page.getByRole('group', { name: 'What will be done' });
      assert.match(await conflict.innerText(), /Yours\s*Alex: check-in at 8:45/);
      assert.match(await conflict.innerText(), /(Sam Okafor|Robin Hale).*\s*Sam: check-in at 8:40/);
      onServer = await actionOnServer(family.sam, family.episodeId, family.alexAction);
      assert.equal(onServer.description, 'Sam: check-in at 8:40', 'nothing overwritten before the worker chose');

      await conflict.getByRole('button', { name: 'Keep yours' }).click();
      await syncStatus(second.page).filter({ hasText: 'All saved' }).waitFor();
      onServer = await actionOnServer(family.sam, family.episodeId, family.alexAction);
      assert.equal(onServer.description, 'Alex: check-in at 8:45');
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  test('a session that ends while offline loses nothing: the change is sent after signing in again', async () => {
    const family = await newFamilyWithAPlan(baseUrl);
    const { context, page } = await atTheFamily(WORKER, family);
    try {
      await appKeptOnDevice(page);

      await context.setOffline(true);
      await action(page, 'Make a morning routine chart with Jess').getByRole('button', { name: 'Mark done' }).click();
      await syncStatus(page).filter({ hasText: '1 change waiting' }).waitFor();
      // The session ends on the server while the tablet has no signal.
      await context.clearCookies({ name: 'JSESSIONID' });
      await page.reload();
      await syncStatus(page).filter({ hasText: '1 change waiting' }).waitFor();

      await context.setOffline(false);
      await syncStatus(page).filter({ hasText: 'Sign in again to send 1 change' }).waitFor();
      assert.equal((await actionOnServer(family.sam, family.episodeId, family.samAction)).status, 'NOT_STARTED');

      await signInAs(page, WORKER);
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();
      const onServer = await actionOnServer(family.sam, family.episodeId, family.samAction);
      assert.deepEqual([onServer.status, onServer.version], ['DONE', 1]);
    } finally {
      await context.close();
    }
  });
  test('signing out takes everything off the tablet, after a warning when changes have not been sent', async () => {
    const family = await newFamilyWithAPlan(baseUrl);
    const { context, page } = await atTheFamily(WORKER, family);
    const keptHere = () =>
      page.evaluate(async () => ({
        stores: (await indexedDB.databases()).map((db) => db.name).filter((name) => name.startsWith('hearth-device-')),
        who: localStorage.getItem('hearth.signed-in-user'),
      }));
    try {
      assert.equal((await keptHere()).stores.length, 1);
      await context.setOffline(true);
      await action(page, 'Make a morning routine chart with Jess').getByRole('button', { name: 'Mark done' }).click();
      await syncStatus(page).filter({ hasText: '1 change waiting' }).waitFor();

      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      const warning = page.getByRole('alertdialog').filter({ hasText: 'Changes not yet sent' });
      assert.match(await warning.innerText(), /1 change has not reached Hearth yet/);
      await warning.getByRole('button', { name: 'Stay signed in' }).click();
      await context.setOffline(false);
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();

      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      assert.deepEqual(await keptHere(), { stores: [], who: null });
    } finally {
      await context.close();
    }
  });
});

// Browser tests of a family member's agreement to be contacted: the worker records an e-mail, a mobile and the
// agreement on the family page (a number that is not a UK one refused at its field), and the family member then sees
// on /my-plan where their reminders go and switches them off and on, in English and in Welsh. Against a running
// Hearth with its demo data; the test makes its own family over GraphQL first:
//
//   HEARTH_BASE_URL=http://localhost:8081 node --test frontend/e2e/contact.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, syncStatus } from './screens.mjs';
import { WORKER, baseUrl, graphqlAs, joinWithCode, launchChromium, newFamilyWithAPlan, signInAs } from './support.mjs';

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

/** The family's parent, Jess, invited by the worker and joined with the code: her username and password. */
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

/** Jess's contact as the worker reads it over GraphQL. */
async function contactOnServer(family) {
  const { episode } = await family.sam('query($id: ID!) { episode(id: $id) { family { members { id contact { email phone agreedToBeContacted } } } } }', {
    id: family.episodeId,
  });
  return episode.family.members.find((member) => member.id === family.parentId).contact;
}

describe("a family member's agreement to be contacted", () => {
  test('the worker records it on the family page, and the family member sees where reminders go and switches them off, in English and Welsh', async () => {
    const family = await newFamilyWithAPlan(baseUrl);
    const jess = await parentJoins(family);
    const email = `jess.${Date.now()}@example.org`;

    // Before anything is recorded, Jess is told she gets no reminders and whom to ask.
    const phone = await tablet();
    const worker = await tablet();
    try {
      const main = phone.page.getByRole('main');
      await phone.page.goto('/login');
      await phone.page.getByRole('textbox', { name: 'Username' }).fill(jess.username);
      await phone.page.getByLabel('Password', { exact: true }).fill(jess.password);
      await phone.page.getByRole('button', { name: 'Sign in' }).click();
      await phone.page.waitForURL((url) => url.pathname === '/my-plan', { timeout: 60_000 });
      await main.getByRole('heading', { level: 2, name: 'Reminders' }).waitFor();
      await main.getByText('You do not get reminders from Hearth. If you would like them, ask your worker.').waitFor();
      assert.equal(await main.getByRole('checkbox', { name: 'Send me reminders' }).count(), 0);

      // The worker, on the family page: Jess can be contacted, Finn (9) cannot.
      const { page } = worker;
      await signInAs(page, WORKER);
      await page.getByRole('link', { name: `Family ${family.familyRef}` }).click();
      await page.getByRole('heading', { name: 'What to do next' }).waitFor();
      const members = page.getByRole('region', { name: 'Family', exact: true });
      assert.equal(await members.getByRole('button', { name: /^Change reminders for Finn/ }).count(), 0);
      await members.getByText('No reminders: not agreed, no e-mail or mobile.').waitFor();
      await members.getByRole('button', { name: /^Change reminders for Jess/ }).click();
      const form = page.getByRole('form', { name: 'Reminders by e-mail or text for Jess' });
      await form.getByText('They get reminders of meetings and of the actions they own on the plan, and nothing about anyone else.').waitFor();

      // A number that is not a UK one: the server's reason at the field, and nothing recorded.
      await form.getByRole('textbox', { name: 'E-mail' }).fill(email);
      await form.getByRole('textbox', { name: 'Mobile' }).fill('+1 202 555 0100');
      await form.getByRole('checkbox', { name: 'Jess agreed to be sent reminders by Hearth' }).click();
      await form.getByRole('button', { name: 'Save reminders' }).click();
      await form.getByText(/^Give a UK phone number/).waitFor();
      assert.deepEqual(await contactOnServer(family), { email: null, phone: null, agreedToBeContacted: false });
      assert.deepEqual(await axeViolations(page), [], 'the family page with the contact form and its error');

      await form.getByRole('textbox', { name: 'Mobile' }).fill('07700 900123');
      await form.getByRole('button', { name: 'Save reminders' }).click();
      await form.waitFor({ state: 'detached' });
      await members.getByText(`Reminders by e-mail or text: to ${email} and 07700 900123.`).waitFor();
      assert.deepEqual(await contactOnServer(family), { email, phone: '07700 900123', agreedToBeContacted: true });

      // Jess sees where her reminders go, and switches them off.
      await phone.page.reload();
      await main.getByText(`We send your reminders by e-mail to ${email} and by text to 07700 900123.`).waitFor();
      await main.getByText('Reminders are about meetings and your own jobs on the plan. They say nothing about anyone else.').waitFor();
      const reminders = main.getByRole('checkbox', { name: 'Send me reminders' });
      assert.equal(await reminders.isChecked(), true);
      assert.deepEqual(await axeViolations(phone.page), [], '/my-plan in English');
      const jessOnServer = await graphqlAs(baseUrl, jess.username, jess.password);
      const remindersOn = async () => (await jessOnServer('{ viewer { ... on FamilyViewer { remindersOn } } }')).viewer.remindersOn;
      await reminders.click();
      await main.getByText('Reminders are off. We will not send you any.').waitFor();
      assert.equal(await remindersOn(), false);

      // In Welsh: off as she left them, and on again.
      await main.getByRole('button', { name: 'Cymraeg' }).click();
      await main.getByRole('heading', { level: 2, name: 'Nodiadau atgoffa' }).waitFor();
      const inWelsh = main.getByRole('checkbox', { name: 'Anfonwch nodiadau atgoffa ata i' });
      await main.getByText('Mae nodiadau atgoffa wedi’u diffodd. Fyddwn ni ddim yn anfon dim atoch chi.').waitFor();
      assert.equal(await inWelsh.isChecked(), false);
      await inWelsh.click();
      await main.getByText(`Rydyn ni’n anfon eich nodiadau atgoffa mewn e-bost i ${email} ac mewn neges destun i 07700 900123.`).waitFor();
      assert.equal(await remindersOn(), true);
      assert.deepEqual(await axeViolations(phone.page), [], '/my-plan in Welsh');
      await inWelsh.click();
      await main.getByText('Mae nodiadau atgoffa wedi’u diffodd. Fyddwn ni ddim yn anfon dim atoch chi.').waitFor();
      assert.equal(await remindersOn(), false);
      await main.getByRole('button', { name: 'English' }).click();
      await main.getByRole('heading', { level: 2, name: 'Reminders' }).waitFor();

      // Without signal, the worker changes the mobile: kept on the tablet, shown at once, sent when signal returns.
      await worker.context.setOffline(true);
      await members.getByRole('button', { name: /^Change reminders for Jess/ }).click();
      await form.getByRole('textbox', { name: 'Mobile' }).fill('07700 900999');
      await form.getByRole('button', { name: 'Save reminders' }).click();
      await members.getByText('Saved on this tablet: it is sent when there is signal.').waitFor();
      await members.getByText(`Reminders by e-mail or text: to ${email} and 07700 900999.`).waitFor();
      await syncStatus(page).filter({ hasText: '1 change waiting' }).waitFor();
      assert.equal((await contactOnServer(family)).phone, '07700 900123');
      await worker.context.setOffline(false);
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();
      assert.deepEqual(await contactOnServer(family), { email, phone: '07700 900999', agreedToBeContacted: true });
    } finally {
      await phone.context.close();
      await worker.context.close();
    }
  });
});

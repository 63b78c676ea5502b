// Browser tests of a family member setting up an account with an invitation code, and of the locked-account
// message, against a running Hearth with its demo data:
//
//   HEARTH_BASE_URL=http://localhost:8081 node --test frontend/e2e/join.test.mjs
//
// sam invites Piotr Nowak (EH-<year>-000002) and Mark Thompson (EH-<year>-000003): each can set up an account
// only once, so this runs once per database (the JUnit runner starts from a fresh one).
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { baseUrl, formSignIn, freshPagePerTest, inviteCode, joinWithCode } from './support.mjs';

const password = 'kettle garden blue';

// A phone: the family's own device.
let page;
freshPagePerTest({ viewport: { width: 390, height: 844 }, hasTouch: true }, (opened) => {
  page = opened;
});

describe('family members joining with a code', () => {
  test('a parent follows the link from the sign-in page, sets up an account and signs in', async () => {
    const code = await inviteCode(baseUrl, 2, 'Piotr');
    const username = `piotr.${Date.now()}`;

    await page.goto('/login');
    await page.getByRole('link', { name: 'Set up your account' }).click();
    await page.waitForURL((url) => url.pathname === '/join');
    await page.getByRole('heading', { level: 1, name: 'Set up your account' }).waitFor();

    // Typed as it is read out: lower case, spaces for dashes.
    await page.getByRole('textbox', { name: 'Your code' }).fill(code.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('textbox', { name: 'Choose a username' }).fill(username);
    await page.getByLabel('Choose a password', { exact: true }).fill(password);
    await page.getByLabel('Type the password again', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Set up my account' }).click();

    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByText('Your account is ready.').waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Username' }).inputValue(), username);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // A family member lands on their own plan (from / to /my-plan).
    await page.waitForURL((url) => url.pathname === '/' || url.pathname === '/my-plan');
    // Signed in as Piotr: the app's header names him.
    await page.getByRole('banner').getByText('Piotr Nowak').waitFor();
  });

  test('a wrong code, and passwords that differ, are explained in plain words', async () => {
    await page.goto('/join');
    await page.getByRole('textbox', { name: 'Your code' }).fill('ABCD-EFGH-JK');
    await page.getByRole('textbox', { name: 'Choose a username' }).fill('someone.new');
    await page.getByLabel('Choose a password', { exact: true }).fill(password);
    await page.getByLabel('Type the password again', { exact: true }).fill(`${password}!`);
    await page.getByRole('button', { name: 'Set up my account' }).click();
    await page.getByRole('alert').getByText('The two passwords are not the same').waitFor();

    await page.getByLabel('Type the password again', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Set up my account' }).click();
    try {
      await page.getByRole('alert').getByText("This code is not valid. Ask your family's worker for a new one.").waitFor();
    } catch (error) {
      // What the page said instead, for whoever reads the failure.
      await page.screenshot({ path: join(tmpdir(), `hearth-join-wrong-code-failed-${Date.now()}.png`) }).catch(() => undefined);
      throw new Error(`The page said instead: ${JSON.stringify(await page.getByRole('alert').allInnerTexts())}`, { cause: error });
    }
    assert.equal(new URL(page.url()).pathname, '/join');
  });

  test('after five wrong passwords the sign-in page says the account is locked', async () => {
    const username = `mark.${Date.now()}`;
    await joinWithCode(baseUrl, await inviteCode(baseUrl, 3, 'Mark'), username, password);
    for (let i = 1; i <= 5; i++) {
      assert.match(await formSignIn(baseUrl, username, `wrong ${i}`), /\/login\?error$/);
    }

    await page.goto('/login');
    await page.getByRole('textbox', { name: 'Username' }).fill(username);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Too many attempts\. This account is locked for 15 minutes\./);
    assert.match(await alert.innerText(), /Try again later\. If you need to get in sooner/);
    assert.equal(new URL(page.url()).pathname, '/login');
  });
});

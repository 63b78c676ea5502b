// Browser tests of signing in and the caseload, against a running Hearth with its demo data.
//
//   HEARTH_BASE_URL=http://localhost:8081 node --test frontend/e2e/
//
// Chromium comes from the system (/usr/bin/chromium) unless CHROMIUM_PATH says otherwise.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { familyRef, freshPagePerTest } from './support.mjs';

const password = 'hearth-demo';

let page;
freshPagePerTest({ viewport: { width: 1024, height: 768 } }, (opened) => {
  page = opened;
});

async function signIn(username, secret = password) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const onSignInPage = (url) => url.pathname === '/login';

describe('signing in and the caseload', () => {
  test('sam signs in and sees his caseload', async () => {
    await signIn('sam');

    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    const open = page.getByRole('region', { name: /^Open/ });
    await open.getByRole('listitem').first().waitFor();

    assert.equal(await open.getByRole('listitem').count(), 5, 'five open families');
    for (const n of [1, 2, 3, 4, 5]) {
      assert.equal(
        await open.getByRole('heading', { level: 3, name: `Family ${familyRef(n)}` }).count(),
        1,
        `${familyRef(n)} is on the caseload`,
      );
    }
    const openText = await open.innerText();
    for (const child of ['Imran', 'Sadia', 'Zain', 'Leo']) {
      assert.match(openText, new RegExp(`\\b${child}, \\d+`), `${child} is shown with an age`);
    }
    assert.match(openText, /Baby, expected/, 'an unborn child is shown as expected');

    const overdueFamily = page.getByRole('article', { name: `Family ${familyRef(5)}` });
    assert.match(await overdueFamily.innerText(), /Overdue:\s*Review, 2 actions/);
    const onTime = page.getByRole('article', { name: `Family ${familyRef(4)}` });
    assert.doesNotMatch(await onTime.innerText(), /Overdue/);

    const closed = page.getByRole('region', { name: /^Closed/ });
    assert.equal(await closed.getByRole('heading', { level: 3, name: `Family ${familyRef(6)}` }).count(), 1);

    assert.match(await page.getByRole('banner').innerText(), /Sam Okafor/);
  });

  test('sam finds a family by a child\'s name or a reference, by stage, or only what is overdue', async () => {
    await signIn('sam');
    const open = page.getByRole('region', { name: /^Open/ });
    await open.getByRole('listitem').first().waitFor();
    const search = page.getByRole('textbox', { name: 'Find a family' });
    const count = page.locator('.caseload-count');

    await search.fill('imran');
    await page.getByText('Showing 1 of 6 families').waitFor();
    assert.equal(await page.getByRole('article').count(), 1);
    assert.equal(await page.getByRole('article', { name: `Family ${familyRef(5)}` }).count(), 1);

    await search.fill(familyRef(3));
    await page.getByText('Showing 1 of 6 families').waitFor();
    assert.equal(await page.getByRole('article', { name: `Family ${familyRef(3)}` }).count(), 1);

    await search.fill('nobody by this name');
    await page.getByRole('heading', { name: 'No family matches' }).waitFor();
    await page.getByRole('button', { name: 'Show all families' }).click();
    await open.getByRole('listitem').first().waitFor();
    assert.equal(await page.getByRole('article').count(), 6);
    assert.equal(await count.innerText(), '');

    await page.getByRole('checkbox', { name: 'Overdue only' }).check();
    await page.getByText('Showing 1 of 6 families').waitFor();
    assert.equal(await page.getByRole('article', { name: `Family ${familyRef(5)}` }).count(), 1);
  });

  test('a wrong password keeps you on the sign-in page with an error message', async () => {
    await signIn('sam', 'not-the-password');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /username or password is not right/);
    assert.ok(onSignInPage(new URL(page.url())), `still on the sign-in page, not ${page.url()}`);
    assert.equal(await page.getByRole('button', { name: 'Sign in' }).count(), 1);
  });

  test('casey signs in and sees the empty caseload message', async () => {
    await signIn('casey');

    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: 'No families on your caseload yet' }).waitFor();
    assert.equal(await page.getByRole('article').count(), 0);
  });

  test('an anonymous visit to / ends on the sign-in page', async () => {
    await page.goto('/');

    await page.waitForURL(onSignInPage);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'My caseload' }).count(), 0);
  });

  test('signing out ends on the sign-in page and the caseload needs signing in again', async () => {
    await signIn('sam');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(onSignInPage);
    await page.getByText('You have signed out.').waitFor();

    await page.goto('/');
    await page.waitForURL(onSignInPage);
  });
});

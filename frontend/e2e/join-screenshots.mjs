// Screenshots of setting up an account with an invitation code, and of the sign-in page's messages, on a phone
// and a tablet, for a person to look at. Not a test (the test runner does not pick it up):
//
//   HEARTH_BASE_URL=http://localhost:8081 node frontend/e2e/join-screenshots.mjs [output folder]
//
// Needs the demo data: sam (lead of the Hussain family, EH-<year>-000001) invites Amina, who then sets up an
// account; so it works once per database. Writes <folder>/<screen>-<width>x<height>.png (default /tmp/hearth-shots).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { baseUrl, inviteCode, launchChromium } from './support.mjs';

const folder = process.argv[2] ?? '/tmp/hearth-shots';
const sizes = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
];
await mkdir(folder, { recursive: true });
const browser = await launchChromium();

async function shoot(page, name, viewport, fullPage = true) {
  const file = join(folder, `${name}-${viewport.width}x${viewport.height}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(file);
}

try {
  for (const [index, viewport] of sizes.entries()) {
    const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'en-GB', hasTouch: true });
    const page = await context.newPage();

    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await shoot(page, 'signin-with-join-link', viewport);

    await page.goto('/login?locked');
    await page.getByRole('alert').waitFor();
    await shoot(page, 'signin-locked', viewport);

    await page.goto('/join');
    await page.getByRole('button', { name: 'Set up my account' }).waitFor();
    await shoot(page, 'join', viewport);

    await page.getByRole('button', { name: 'Set up my account' }).click();
    await page.getByRole('alert').waitFor();
    await shoot(page, 'join-empty', viewport);

    await page.getByRole('textbox', { name: 'Your code' }).fill('abcd efgh jk');
    await page.getByRole('textbox', { name: 'Choose a username' }).fill(`amina.h${index}`);
    await page.getByLabel('Choose a password', { exact: true }).fill('kettle garden blue');
    await page.getByLabel('Type the password again', { exact: true }).fill('kettle garden blue');
    await page.getByRole('button', { name: 'Set up my account' }).click();
    await page.getByText('This code is not valid').first().waitFor();
    await shoot(page, 'join-wrong-code', viewport);

    // Amina (family 1) for the phone, Kasia (family 2) for the tablet: each code works once.
    const code = index === 0 ? await inviteCode(baseUrl, 1, 'Amina') : await inviteCode(baseUrl, 2, 'Kasia');
    await page.getByRole('textbox', { name: 'Your code' }).fill(code);
    await page.getByLabel('Choose a password', { exact: true }).fill('kettle garden blue');
    await page.getByLabel('Type the password again', { exact: true }).fill('kettle garden blue');
    await page.getByRole('button', { name: 'Set up my account' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByText('Your account is ready.').waitFor();
    await shoot(page, 'signin-after-join', viewport);

    await page.getByLabel('Password', { exact: true }).fill('kettle garden blue');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.waitForTimeout(1000);
    await shoot(page, 'family-home', viewport);

    await context.close();
  }
} finally {
  await browser.close();
}

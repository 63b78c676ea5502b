// Screenshots of the sign-in page and sam's caseload at the tablet sizes, for a person to look at.
// Not a test (the test runner does not pick it up):
//
//   HEARTH_BASE_URL=http://localhost:8081 node frontend/e2e/screenshots.mjs [output folder]
//
// Writes <folder>/<screen>-<width>x<height>.png, by default to /tmp/hearth-shots.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { baseUrl, launchChromium } from './support.mjs';

const folder = process.argv[2] ?? '/tmp/hearth-shots';
const sizes = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 1366, height: 1024 },
];

await mkdir(folder, { recursive: true });
const browser = await launchChromium();

async function shoot(page, name, viewport, fullPage = false) {
  const file = join(folder, `${name}-${viewport.width}x${viewport.height}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(file);
}

try {
  for (const viewport of sizes) {
    const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'en-GB', hasTouch: true });
    const page = await context.newPage();

    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await shoot(page, 'signin', viewport);

    await page.getByRole('textbox', { name: 'Username' }).fill('sam');
    await page.getByLabel('Password', { exact: true }).fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await shoot(page, 'signin-error', viewport);

    await page.getByLabel('Password', { exact: true }).fill('hearth-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('region', { name: /^Open/ }).getByRole('listitem').first().waitFor();
    await shoot(page, 'caseload', viewport);
    await shoot(page, 'caseload-full', viewport, true);

    await context.close();
  }
} finally {
  await browser.close();
}

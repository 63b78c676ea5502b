// Screenshots of the family's own view of their plan on a phone (360x740), in English and in Welsh, for a person to
// look at. Not a test (the test runner does not pick it up):
//
//   HEARTH_BASE_URL=http://localhost:8081 node frontend/e2e/family-view-screenshots.mjs [output folder]
//
// Needs the demo data: Dana (the Carter family) signs in. Writes <folder>/family-plan-360x740.png and
// family-plan-cy-360x740.png (default folder docs/screenshots).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { baseUrl, launchChromium } from './support.mjs';

const folder = process.argv[2] ?? 'docs/screenshots';
const viewport = { width: 360, height: 740 };
await mkdir(folder, { recursive: true });
const browser = await launchChromium();

try {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'en-GB', hasTouch: true });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Username' }).fill('dana');
  await page.getByLabel('Password', { exact: true }).fill('hearth-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/my-plan', { timeout: 60_000 });
  await page.getByRole('heading', { level: 1, name: 'Hello Dana' }).waitFor();
  // Against a development run, hide Vaadin's development tools (a production build has none).
  await page.addStyleTag({ content: 'vaadin-dev-tools, copilot-main { display: none !important; }' });
  for (const [name, heading, switchTo] of [
    ['family-plan', 'Hello Dana', 'Cymraeg'],
    ['family-plan-cy', 'Helo Dana', 'English'],
  ]) {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    const file = join(folder, `${name}-${viewport.width}x${viewport.height}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.getByRole('button', { name: switchTo }).click();
  }
  await context.close();
} finally {
  await browser.close();
}

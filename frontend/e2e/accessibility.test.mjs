// WCAG 2.2 AA on every screen of the tablet app, at tablet sizes in both orientations: axe-core reports no
// violation. Against a running Hearth with its demo data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { baseUrl, familyRef, launchChromium, signInAs } from './support.mjs';

const SIZES = [
  { name: 'landscape 1024x768', width: 1024, height: 768 },
  { name: 'portrait 768x1024', width: 768, height: 1024 },
  { name: 'landscape 1366x1024', width: 1366, height: 1024 },
];

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page as it is now; each violation with where it is. */
async function violations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Every screen of the app, in the order a worker reaches them on one tablet, each ready to be checked. */
const SCREENS = [
  ['sign-in', async (page) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  }],
  ['caseload', async (page) => {
    await signInAs(page, 'sam');
    await page.getByRole('region', { name: /^Open/ }).getByRole('listitem').first().waitFor();
  }],
  ['family', async (page) => {
    await page.getByRole('link', { name: `Family ${familyRef(4)}` }).click();
    await page.getByRole('heading', { name: 'What to do next' }).waitFor();
  }],
  ['assessment', async (page) => {
    await page.getByRole('link', { name: 'Assess: hear everyone’s views' }).click();
    await page.getByRole('heading', { level: 1, name: 'Assessment: hear everyone’s views' }).waitFor();
    await page.getByRole('heading', { name: 'What each person says' }).waitFor();
  }],
  ['plan builder', async (page) => {
    await page.getByRole('link', { name: 'Back to the family' }).click();
    await page.getByRole('link', { name: 'Agree the plan’s outcomes and actions' }).click();
    await page.getByRole('form', { name: 'Add an outcome' }).waitFor();
  }],
  ['changes on this tablet', async (page) => {
    await page.getByRole('banner').getByRole('link', { name: /saved|waiting/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Changes on this tablet' }).waitFor();
  }],
  ['notifications', async (page) => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.locator('.notification, .message').first().waitFor();
  }],
  ['a manager\'s team', async (page) => {
    await page.context().clearCookies();
    await signInAs(page, 'morgan');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My team' }).click();
    await page.getByRole('table', { name: /per worker/ }).waitFor();
  }],
];

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const size of SIZES) {
    test(`every screen at ${size.name}`, async () => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'en-GB',
        viewport: { width: size.width, height: size.height },
        hasTouch: true,
      });
      context.setDefaultTimeout(30_000);
      try {
        const page = await context.newPage();
        const found = [];
        for (const [screen, reach] of SCREENS) {
          await reach(page);
          found.push(...(await violations(page)).map((violation) => `${screen}: ${violation}`));
        }
        assert.deepEqual(found, []);
      } finally {
        await context.close();
      }
    });
  }
});

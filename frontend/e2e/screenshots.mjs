// Screenshots of the tablet app's main screens, for docs/screenshots (linked from the README) and for a person to
// look at. Not a test (the test runner does not pick it up). Against a demo run (./hearth run):
//
//   HEARTH_BASE_URL=http://localhost:8080 node frontend/e2e/screenshots.mjs [output folder]
//
// Writes <folder>/<screen>-<width>x<height>.png, by default to /tmp/hearth-shots.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { baseUrl, familyRef, graphqlAs, launchChromium, signInAs } from './support.mjs';

const folder = process.argv[2] ?? '/tmp/hearth-shots';
const LANDSCAPE = { width: 1024, height: 768 };
const PORTRAIT = { width: 768, height: 1024 };
const DESKTOP = { width: 1440, height: 900 };

await mkdir(folder, { recursive: true });
const browser = await launchChromium();

async function shoot(page, name, fullPage = false) {
  const viewport = page.viewportSize();
  const file = join(folder, `${name}-${viewport.width}x${viewport.height}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(file);
}

/** A tablet of the given size, signed in as the given person, at their caseload. */
async function tablet(viewport, username) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'en-GB', hasTouch: true });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await signInAs(page, username);
  return { context, page };
}

/** Screens a worker sees, each reached from the one before. */
const WORKER_SCREENS = [
  ['caseload', async (page) => {
    await page.getByRole('region', { name: /^Open/ }).getByRole('listitem').first().waitFor();
  }],
  ['family', async (page) => {
    await page.getByRole('link', { name: `Family ${familyRef(4)}` }).click();
    await page.getByRole('heading', { name: 'What to do next' }).waitFor();
  }],
  ['changes-waiting', async (page) => {
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Mark done' }).first().click();
    await page.getByRole('banner').getByRole('link', { name: /waiting/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Changes on this tablet' }).waitFor();
  }],
  ['notifications', async (page) => {
    await page.context().setOffline(false);
    await page.getByRole('banner').getByRole('link', { name: 'All saved' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notifications' }).click();
    await page.locator('.notification, .message').first().waitFor();
  }],
];

/** A step's screen of demo family N, from its family page, by the task that leads to it. */
async function stepScreen(page, family, task, heading) {
  await page.goto('/');
  await page.getByRole('link', { name: `Family ${familyRef(family)}` }).click();
  await page.getByRole('link', { name: task }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  // Let fonts and the device's copy settle.
  await page.waitForTimeout(500);
}

const STEP_SCREENS = [
  ['request', async (page) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Ask for early help' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ask for early help' }).waitFor();
  }],
  ['consent', (page) => stepScreen(page, 1, 'Get the family’s consent', /^Consent/)],
  ['assessment', (page) => stepScreen(page, 2, 'Assess: hear everyone’s views', /ssessment/)],
  ['three-houses', async (page) => {
    await page.getByRole('button', { name: /^Hand the tablet to/ }).first().click();
    await page.getByRole('button', { name: 'Give the tablet back' }).waitFor();
  }],
  ['plan', (page) => stepScreen(page, 3, 'Agree the plan’s outcomes and actions', /lan/)],
  ['meetings', (page) => stepScreen(page, 3, 'Hold the first team meeting', /./)],
  ['close', (page) => stepScreen(page, 4, 'Close, with where to go next', /./)],
];

try {
  {
    const { context, page } = await tablet(LANDSCAPE, 'sam');
    for (const [name, reach] of STEP_SCREENS) {
      try {
        await reach(page);
        await shoot(page, name, true);
      } catch (error) {
        console.error(`${name}: ${error.message.split('\n')[0]}`);
      }
    }
    await context.close();
  }
  for (const viewport of [LANDSCAPE, PORTRAIT]) {
    const { context, page } = await tablet(viewport, 'sam');
    for (const [name, reach] of WORKER_SCREENS) {
      await reach(page);
      await shoot(page, name, name === 'family');
    }
    await context.close();
  }
  const { context, page } = await tablet(LANDSCAPE, 'morgan');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My team' }).click();
  await page.getByRole('table', { name: /per worker/ }).waitFor();
  await shoot(page, 'team', true);
  await context.close();
  // The Early Help team: the whole service, team by team.
  const hub = await tablet(DESKTOP, 'hub');
  await hub.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All teams' }).click();
  await hub.page.getByRole('table', { name: /per team/ }).waitFor();
  await hub.page.getByRole('table', { name: /^Timescales kept/ }).waitFor();
  await shoot(hub.page, 'all-teams', true);
  // A family's subject access record and who saw it (demo family 4, found by its reference over GraphQL).
  const { episodes } = await (await graphqlAs(baseUrl, 'hub'))(
    'query { episodes(first: 100) { edges { node { id family { id reference } } } } }',
  );
  const four = episodes.edges.map((edge) => edge.node).find((node) => node.family.reference === familyRef(4));
  await hub.page.goto(`/records/${four.family.id}`);
  await hub.page.getByRole('table', { name: 'Members of the family' }).waitFor();
  await shoot(hub.page, 'subject-access');
  await hub.page.goto(`/families/${four.id}/audit`);
  await hub.page.getByRole('table', { name: /Who saw or changed the family’s record/ }).waitFor();
  await shoot(hub.page, 'disclosure', true);
  await hub.page.goto('/retention');
  await hub.page.getByRole('heading', { level: 1 }).waitFor();
  await hub.page.waitForTimeout(500);
  await shoot(hub.page, 'retention', true);
  // Supporting Families, over the current financial year (the screen's own default).
  await hub.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supporting Families' }).click();
  await hub.page.getByRole('heading', { level: 2, name: 'Unmet need' }).waitFor();
  await hub.page.waitForTimeout(500);
  await shoot(hub.page, 'supporting-families', true);
  await hub.context.close();
} finally {
  await browser.close();
}

// WCAG 2.2 AA on every screen of the tablet app, at tablet sizes in both orientations: axe-core reports no
// violation. Against a running Hearth with its demo data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, checkForPlan } from './screens.mjs';
import { actionOnServer, baseUrl, familyRef, launchChromium, newFamilyWithAPlan, signInAs, WORKER } from './support.mjs';

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

/** Opens demo family N's page from the caseload. */
async function openFamily(page, n) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My caseload' }).click();
  await page.getByRole('link', { name: `Family ${familyRef(n)}` }).click();
  await page.getByRole('heading', { name: 'What to do next' }).waitFor();
}

/** Opens a screen of the family now shown, from its page. */
async function openScreen(page, screen, ready) {
  const episodeId = new URL(page.url()).pathname.split('/')[2];
  await page.goto(`/families/${episodeId}/${screen}`);
  await ready.waitFor();
}

/**
 * Every screen of the app, in the order a worker reaches them on one tablet, each ready to be checked, with its
 * forms and dialogs open. Nothing here writes: forms are opened, not sent.
 */
const SCREENS = [
  ['sign-in', async (page) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  }],
  ['caseload', async (page) => {
    await signInAs(page, 'sam');
    await page.getByRole('region', { name: /^Open/ }).getByRole('listitem').first().waitFor();
  }],
  ['request: the existing-plan check', async (page) => {
    await page.getByRole('link', { name: 'Ask for early help' }).click();
    await page.getByRole('form', { name: 'Check for an existing plan' }).waitFor();
  }],
  ['request: the new family', async (page) => {
    await checkForPlan(page, 'Axel', 'Checkwell', '2018-02-01');
    await page.getByRole('button', { name: 'Continue to the request' }).click();
    await page.getByRole('form', { name: 'Ask for early help for a new family' }).waitFor();
  }],
  ['family', async (page) => {
    await openFamily(page, 4);
  }],
  ['meetings and reviews', async (page) => {
    await openScreen(page, 'meetings', page.getByRole('form', { name: 'Record a review' }));
  }],
  ['team and lead handover', async (page) => {
    await openScreen(page, 'team', page.getByRole('form', { name: 'Hand over the lead' }));
  }],
  ['closing', async (page) => {
    await openScreen(page, 'close', page.getByRole('radio', { name: /^Close: the family no longer needs the team/ }));
    await page.getByRole('radio', { name: /^Close: the family no longer needs the team/ }).check();
    await page.getByRole('form', { name: 'Close the episode' }).waitFor();
  }],
  ['step up', async (page) => {
    await page.getByRole('radio', { name: /^Step up to children’s social care/ }).check();
    await page.getByRole('form', { name: 'Step up to children’s social care' }).waitFor();
  }],
  ['transfer out', async (page) => {
    await page.getByRole('radio', { name: /^Transfer/ }).check();
    await page.getByRole('form', { name: 'Transfer to another council' }).waitFor();
  }],
  ['consent with the signature box', async (page) => {
    await openFamily(page, 1);
    await page.getByRole('link', { name: 'Get the family’s consent' }).click();
    const form = page.getByRole('form', { name: 'Record a consent decision' });
    await form.getByRole('radio', { name: 'Signed on this tablet' }).check();
    await form.getByRole('img', { name: /^Signature box/ }).waitFor();
  }],
  ['assessment', async (page) => {
    await openFamily(page, 2);
    await page.getByRole('link', { name: 'Assess: hear everyone’s views' }).click();
    await page.getByRole('heading', { name: 'What each person says' }).waitFor();
  }],
  ['the child’s three houses', async (page) => {
    await page.getByRole('button', { name: /^Hand the tablet to/ }).first().click();
    await page.getByRole('dialog', { name: /three houses$/ }).getByRole('button', { name: 'Give the tablet back' }).waitFor();
  }],
  ['plan builder', async (page) => {
    await page.getByRole('dialog', { name: /three houses$/ }).getByRole('button', { name: 'Give the tablet back' }).click();
    await openFamily(page, 3);
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
          found.push(...(await axeViolations(page)).map((violation) => `${screen}: ${violation}`));
        }
        assert.deepEqual(found, []);
      } finally {
        await context.close();
      }
    });
  }
});

/**
 * Presses Tab until the element in focus is a link or button with this name (and, if given, described by this
 * text, as each "Mark done" is by its action); fails if it is never reached.
 */
async function tabTo(page, name, description) {
  for (let presses = 0; presses < 150; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) {
        element = element.shadowRoot.activeElement;
      }
      const control = element?.closest('a, button, vaadin-button') ?? element;
      const describedBy = control?.getAttribute('aria-describedby');
      return {
        name: (control?.getAttribute('aria-label') ?? control?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        description: describedBy ? (document.getElementById(describedBy)?.textContent ?? '').trim() : undefined,
      };
    });
    if (focused.name === name && (description === undefined || focused.description === description)) {
      return;
    }
  }
  throw new Error(`Tab never reached "${name}"${description ? ` (${description})` : ''}`);
}

describe('the keyboard alone', () => {
  test('a worker signs in, opens a family and marks an action done without a pointer', async () => {
    const family = await newFamilyWithAPlan(baseUrl);
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB', viewport: { width: 1024, height: 768 } });
    context.setDefaultTimeout(30_000);
    try {
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByRole('textbox', { name: 'Username' }).focus();
      await page.keyboard.type(WORKER);
      await page.keyboard.press('Tab');
      await page.keyboard.type('hearth-demo');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();

      await tabTo(page, `Family ${family.familyRef}`);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'What to do next' }).waitFor();
      await tabTo(page, 'Mark done', 'Make a morning routine chart with Jess');
      await page.keyboard.press('Enter');
      // Done on the tablet at once (the button goes), then sent.
      await page.getByRole('button', { name: 'Mark done', description: 'Make a morning routine chart with Jess' }).waitFor({ state: 'detached' });
      await page.getByRole('banner').getByRole('link', { name: 'All saved' }).waitFor();
      const action = await actionOnServer(family.sam, family.episodeId, family.samAction);
      assert.equal(action.status, 'DONE');
    } finally {
      await context.close();
    }
  });
});

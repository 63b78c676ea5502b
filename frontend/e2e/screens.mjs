import { AxeBuilder } from '@axe-core/playwright';

// Steps on the tablet's screens that several scenarios take: typing a day, choosing from a select, drawing a
// signature, adding an outcome or an action to the plan. Each works as a worker would: labels, roles, the keyboard.

/** A day so many days from today. */
export const day = (fromToday) => new Date(Date.now() + fromToday * 86400000);

/** A day as the server writes it (yyyy-mm-dd, local time). */
export const isoDay = (date) => date.toLocaleDateString('en-CA');

/** Types a day into a date picker the British way (dd/mm/yyyy) and commits it. */
export async function pickDay(scope, label, date) {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(date.toLocaleDateString('en-GB'));
  await field.press('Enter');
}

/** Opens a select by its label and chooses an option by its name. */
export async function choose(page, scope, label, option) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Draws a signature over the box with the pointer, as a finger would: two joined strokes. */
export async function drawSignature(page, box) {
  await box.scrollIntoViewIfNeeded();
  const { x, y, width, height } = await box.boundingBox();
  const at = (fx, fy) => [x + width * fx, y + height * fy];
  for (const stroke of [
    [[0.1, 0.7], [0.2, 0.3], [0.3, 0.75], [0.4, 0.35]],
    [[0.5, 0.6], [0.65, 0.3], [0.8, 0.7], [0.9, 0.4]],
  ]) {
    await page.mouse.move(...at(...stroke[0]));
    await page.mouse.down();
    for (const point of stroke.slice(1)) {
      await page.mouse.move(...at(...point), { steps: 6 });
    }
    await page.mouse.up();
  }
}

/** Fills in and sends the plan builder's "Add an outcome" form; returns the form. */
export async function addOutcome(page, { forWhom, needArea, description, measure, targetInDays }) {
  const form = page.getByRole('form', { name: 'Add an outcome' });
  await choose(page, form, 'Who it is for', forWhom);
  await choose(page, form, 'Need area', needArea);
  await form.getByLabel('What will be different').fill(description);
  await form.getByLabel('How we will know').fill(measure);
  await pickDay(form, 'Target date', day(targetInDays));
  await form.getByRole('button', { name: 'Add the outcome' }).click();
  return form;
}

/** Adds an action to an outcome of the plan so far, and waits for it to show. */
export async function addAction(page, outcome, { what, owner, dueInDays }) {
  const plan = page.getByRole('region', { name: 'The plan so far' });
  await plan.getByRole('listitem').filter({ has: page.getByRole('heading', { name: outcome }) }).getByRole('button', { name: 'Add an action' }).click();
  const form = page.getByRole('form', { name: `Add an action for: ${outcome}` });
  await form.getByLabel('What will be done').fill(what);
  await choose(page, form, 'Who will do it', owner);
  await pickDay(form, 'Due by', day(dueInDays));
  await form.getByRole('button', { name: 'Add the action' }).click();
  await form.waitFor({ state: 'detached' });
  await plan.getByText(what, { exact: true }).waitFor();
}

/** The sync state in the header ("All saved", "3 changes waiting", ...). */
export const syncStatus = (page) => page.getByRole('banner').getByRole('link', { name: /saved|waiting|decision|Sign in again/ });

/** The existing-plan check on /request, filled and sent (step 1 of asking for early help). */
export async function checkForPlan(page, givenName, familyName, dateOfBirth) {
  const form = page.getByRole('form', { name: 'Check for an existing plan' });
  await form.getByLabel('Child’s first name').fill(givenName);
  await form.getByLabel('Child’s family name').fill(familyName);
  await pickDay(form, 'Child’s date of birth', new Date(`${dateOfBirth}T12:00:00`));
  await form.getByRole('button', { name: 'Check' }).click();
}

/**
 * axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page as it is now, scrolled to its top (scrolled down, the
 * sticky header covers whatever is under it, which axe counts against that field's touch target); each violation
 * with where it is. Vaadin's development tools (a dev run only) are not the app.
 */
export async function axeViolations(page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page })
    .exclude('copilot-main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

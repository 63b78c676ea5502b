// Browser tests of the assessment and the plan builder on the tablet: everyone's three columns, the child's three
// houses on a screen handed to the child, completing with a summary, then SMART outcomes and actions. Against a
// running Hearth with its demo data; each test makes its own family over GraphQL first.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addAction, addOutcome, day, isoDay, syncStatus } from './screens.mjs';
import { assessmentAndPlanOnServer, baseUrl, launchChromium, newAssessingFamily, signInAs, WORKER } from './support.mjs';

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

describe('the assessment and the plan on the tablet', () => {
  test('everyone is heard, the child fills in their three houses, then a SMART plan is built with actions', async () => {
    const family = await newAssessingFamily(baseUrl);
    const { context, page } = await tablet();
    try {
      await signInAs(page, WORKER);
      await page.getByRole('link', { name: `Family ${family.familyRef}` }).click();
      await page.getByRole('link', { name: 'Assess: hear everyone’s views' }).click();
      await page.getByRole('heading', { level: 1, name: 'Assessment: hear everyone’s views' }).waitFor();

      // Start it; then Jess's three columns, marked as the worker's opinion.
      await page.getByRole('button', { name: 'Start the assessment' }).click();
      await page.getByRole('heading', { name: 'What each person says' }).waitFor();

      // Completing before anyone is heard: the server's NO_VIEWS is shown in the form, over the people count.
      const complete = page.getByRole('form', { name: 'Complete the assessment' });
      await complete.getByLabel('What the assessment found').fill('Too soon to say');
      await complete.getByRole('button', { name: 'Complete the assessment' }).click();
      await complete.getByRole('alert').filter({ hasText: /Record at least one person.s view before completing/ }).waitFor();

      const jess = page.getByRole('form', { name: `Jess ${family.surname}’s view` });
      await jess.getByLabel('What worries them').fill('Mornings are a battle');
      await jess.getByLabel('What is going well').fill('We laugh a lot together');
      await jess.getByLabel('What they would like to happen').fill('Calm school runs');
      await jess.getByLabel('This is the worker’s opinion, not their words').check();
      await jess.getByRole('button', { name: 'Save Jess’s view' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).first().waitFor();

      // Handed to Finn: his houses and nothing else (no one else's words, no way but back).
      await page.getByRole('button', { name: 'Hand the tablet to Finn' }).click();
      const houses = page.getByRole('dialog', { name: 'Finn’s three houses' });
      await houses.waitFor();
      assert.equal(await page.getByText('Mornings are a battle').count(), 0, 'no one else’s words on the child’s screen');
      assert.equal(await page.getByRole('link').count(), 0, 'no links on the child’s screen');
      assert.deepEqual(await houses.getByRole('button').allInnerTexts(), ['Give the tablet back']);
      await houses.getByRole('textbox', { name: /House of worries/ }).fill('When Mum shouts in the morning');
      await houses.getByRole('textbox', { name: /House of good things/ }).fill('My dog Biscuit');
      await houses.getByRole('textbox', { name: /House of dreams/ }).fill('To be a vet');
      await houses.getByRole('button', { name: 'Give the tablet back' }).click();
      await page.getByRole('heading', { level: 1, name: 'Assessment: hear everyone’s views' }).waitFor();
      await page.getByRole('group', { name: 'Finn’s three houses' }).getByText('My dog Biscuit').waitFor();

      // Complete with a summary; the family moves on to its plan.
      await complete.getByLabel('What the assessment found').fill('A loving home; mornings need a routine');
      await complete.getByLabel('Services already helping (optional)').fill('School nurse');
      const needs = complete.getByRole('group', { name: 'Needs found' });
      await needs.getByRole('checkbox', { name: 'Improved family relationships' }).check();
      await needs.getByRole('checkbox', { name: 'Getting a good education' }).check();
      await complete.getByRole('button', { name: 'Complete the assessment' }).click();
      await page.getByRole('status').filter({ hasText: 'Completed.' }).waitFor();
      // The needs found, named, in the policy's order.
      assert.deepEqual(
        await page.locator('.needs-found li').allInnerTexts(),
        ['Getting a good education', 'Improved family relationships'],
      );

      let server = await assessmentAndPlanOnServer(family.sam, family.episodeId);
      assert.equal(server.status, 'PLANNING');
      assert.equal(server.assessment.summary, 'A loving home; mornings need a routine');
      assert.deepEqual(server.assessment.servicesInvolved, ['School nurse']);
      assert.deepEqual(server.assessment.needAreas, [{ code: 'EDUCATION' }, { code: 'FAMILY_RELATIONSHIPS' }]);
      assert.deepEqual(server.assessment.views, [
        { person: { id: family.parentId }, worries: 'Mornings are a battle', strengths: 'We laugh a lot together', wishes: 'Calm school runs', isOpinion: true },
      ]);
      assert.deepEqual(server.assessment.childVoices, [
        { child: { id: family.childId }, worries: 'When Mum shouts in the morning', goodThings: 'My dog Biscuit', dreams: 'To be a vet' },
      ]);

      // The plan: an outcome that is not SMART is refused at its field, then corrected.
      await page.getByRole('link', { name: 'Next: agree the plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Agree the plan' }).waitFor();
      const outcomeForm = await addOutcome(page, {
        forWhom: `Finn ${family.surname}`,
        needArea: 'Getting a good education',
        description: 'Better',
        measure: 'No late marks for half a term',
        targetInDays: 60,
      });
      // The server's reason is shown at the field it names, which is marked invalid.
      const description = outcomeForm.locator('vaadin-text-area').filter({ hasText: 'What will be different' });
      await description.getByText('Say specifically what will be different, in at least 10 characters.').waitFor();
      assert.equal(await description.getAttribute('invalid'), '');
      assert.equal(await page.getByRole('region', { name: 'The plan so far' }).getByRole('listitem').count(), 0);
      await outcomeForm.getByLabel('What will be different').fill('Finn gets to school on time every day');
      await outcomeForm.getByRole('button', { name: 'Add the outcome' }).click();
      await outcomeForm.getByRole('status').filter({ hasText: 'Outcome added.' }).waitFor();

      await addOutcome(page, {
        forWhom: 'The whole family',
        needArea: 'Improved family relationships',
        description: 'Mornings at home are calm and kind',
        measure: 'Jess scores mornings 7 out of 10 or better each week',
        targetInDays: 80,
      });
      await outcomeForm.getByRole('status').filter({ hasText: 'Outcome added.' }).waitFor();
      await page.getByRole('heading', { name: 'Mornings at home are calm and kind' }).waitFor();

      // Three actions, owned by people on the team (the list shows each one's agency after their name).
      const worker = new RegExp(`^${family.workerName}( \\(|$)`);
      const partner = new RegExp(`^${family.partnerName}( \\(|$)`);
      await addAction(page, 'Finn gets to school on time every day', { what: 'Make a morning routine chart with Jess', owner: worker, dueInDays: 14 });
      await addAction(page, 'Finn gets to school on time every day', { what: 'Morning check-in at the gate', owner: partner, dueInDays: 30 });
      await addAction(page, 'Mornings at home are calm and kind', { what: 'Parenting course place for Jess', owner: worker, dueInDays: 40 });

      server = await assessmentAndPlanOnServer(family.sam, family.episodeId);
      const outcomes = server.outcomes.map((outcome) => ({
        description: outcome.description,
        needArea: outcome.needArea.code,
        forPerson: outcome.forPerson?.id ?? null,
        actions: outcome.actions.map((action) => `${action.description} · ${action.owner.practitioner.name} · ${action.dueDate}`).sort(),
      }));
      assert.deepEqual(outcomes.sort((a, b) => a.description.localeCompare(b.description)), [
        {
          description: 'Finn gets to school on time every day',
          needArea: 'EDUCATION',
          forPerson: family.childId,
          actions: [`Make a morning routine chart with Jess · ${family.workerName} · ${isoDay(day(14))}`, `Morning check-in at the gate · ${family.partnerName} · ${isoDay(day(30))}`],
        },
        {
          description: 'Mornings at home are calm and kind',
          needArea: 'FAMILY_RELATIONSHIPS',
          forPerson: null,
          actions: [`Parenting course place for Jess · ${family.workerName} · ${isoDay(day(40))}`],
        },
      ]);
    } catch (error) {
      await page.screenshot({ path: join(tmpdir(), 'hearth-assessment-failed.png') }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });

  test('a column someone else changed since the tablet read it is shown at the column, and saving again keeps the worker’s words', async () => {
    const family = await newAssessingFamily(baseUrl);
    const recordView = (input) =>
      family.sam(
        'mutation($input: RecordPersonViewInput!) { recordPersonView(input: $input) { errors { code } } }',
        { input: { episodeId: family.episodeId, personId: family.parentId, ...input } },
      );
    await family.sam('mutation($input: EpisodeRefInput!) { startAssessment(input: $input) { errors { code } } }', { input: { episodeId: family.episodeId } });
    await recordView({ worries: 'Mornings', strengths: 'We are close' });
    const { context, page } = await tablet();
    try {
      await signInAs(page, WORKER);
      await page.goto(`/families/${family.episodeId}/assessment`);
      const jess = page.getByRole('form', { name: `Jess ${family.surname}’s view` });
      const worries = jess.locator('vaadin-text-area').filter({ hasText: 'What worries them' });
      await page.waitForFunction(() => document.querySelector('vaadin-text-area')?.value === 'Mornings');

      // Another worker changes the same column meanwhile, from the view's version 0.
      assert.deepEqual((await recordView({ worries: 'Mornings and bedtimes', version: 0 })).recordPersonView.errors, []);

      await jess.getByLabel('What worries them').fill('Getting out of the door');
      await jess.getByRole('button', { name: 'Save Jess’s view' }).click();
      await worries.getByText('It now says: “Mornings and bedtimes”. Save again to keep your words.', { exact: false }).waitFor();
      assert.equal(await worries.getAttribute('invalid'), '');
      let server = await assessmentAndPlanOnServer(family.sam, family.episodeId);
      assert.equal(server.assessment.views[0].worries, 'Mornings and bedtimes', 'nothing overwritten');

      await jess.getByRole('button', { name: 'Save Jess’s view' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).first().waitFor();
      server = await assessmentAndPlanOnServer(family.sam, family.episodeId);
      assert.equal(server.assessment.views[0].worries, 'Getting out of the door');
      assert.equal(server.assessment.views[0].strengths, 'We are close', 'the column left alone stays');
    } catch (error) {
      await page.screenshot({ path: join(tmpdir(), 'hearth-assessment-conflict-failed.png') }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });

  test('without signal the whole assessment is kept on the tablet, shown at once, and sent in order when the signal is back', async () => {
    const family = await newAssessingFamily(baseUrl);
    const { context, page } = await tablet();
    try {
      await signInAs(page, WORKER);
      await page.goto(`/families/${family.episodeId}/assessment`);
      await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
      await context.setOffline(true);

      await page.getByRole('button', { name: 'Start the assessment' }).click();
      const jess = page.getByRole('form', { name: `Jess ${family.surname}’s view` });
      await jess.getByLabel('What worries them').fill('Money is tight');
      await jess.getByRole('button', { name: 'Save Jess’s view' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved on this tablet: it is sent when there is signal.' }).first().waitFor();

      await page.getByRole('button', { name: 'Hand the tablet to Finn' }).click();
      const houses = page.getByRole('dialog', { name: 'Finn’s three houses' });
      await houses.getByRole('textbox', { name: /House of dreams/ }).fill('A bike');
      await houses.getByRole('button', { name: 'Give the tablet back' }).click();
      await page.getByRole('group', { name: 'Finn’s three houses' }).getByText('A bike').waitFor();

      const complete = page.getByRole('form', { name: 'Complete the assessment' });
      await complete.getByLabel('What the assessment found').fill('Money worries; Finn wants a bike');
      await complete.getByRole('group', { name: 'Needs found' }).getByRole('checkbox', { name: 'Financial stability' }).check();
      await complete.getByRole('button', { name: 'Complete the assessment' }).click();
      await page.getByRole('status').filter({ hasText: 'Completed on this tablet: it is sent when there is signal.' }).waitFor();
      await syncStatus(page).filter({ hasText: '4 changes waiting' }).waitFor();
      assert.equal((await assessmentAndPlanOnServer(family.sam, family.episodeId)).assessment, null, 'nothing sent yet');

      await context.setOffline(false);
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();
      const server = await assessmentAndPlanOnServer(family.sam, family.episodeId);
      assert.equal(server.status, 'PLANNING');
      assert.equal(server.assessment.summary, 'Money worries; Finn wants a bike');
      assert.equal(server.assessment.views[0].worries, 'Money is tight');
      assert.equal(server.assessment.childVoices[0].dreams, 'A bike');
      assert.deepEqual(server.assessment.needAreas, [{ code: 'FINANCIAL_STABILITY' }]);
    } catch (error) {
      await page.screenshot({ path: join(tmpdir(), 'hearth-assessment-offline-failed.png') }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
});

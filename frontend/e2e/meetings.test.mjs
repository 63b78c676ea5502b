// Browser tests of a plan's life after it is written, on the tablet: the first team meeting arranged and held (the
// plan starts), a review, the lead handed over, and the episode closed by the new lead; and a review date beyond the
// policy refused at its field. Against a running Hearth with its demo data; each test makes its own family over
// GraphQL first, and every step is checked on the server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { day, isoDay as iso, pickDay, syncStatus } from './screens.mjs';
import { PARTNER, PARTNER_NAME, WORKER, WORKER_NAME, baseUrl, launchChromium, newFamilyWithAPlan, planUnderWay, tabletOf } from './support.mjs';

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** What the server has of the episode now. */
async function onServer(graphql, episodeId) {
  const { episode } = await graphql(
    `query($id: ID!) { episode(id: $id) {
      status
      lead { practitioner { name } }
      handovers { familyConsulted }
      outcomes { status actions { status } }
      meetings { kind heldOn familyAttended notes attendees { practitioner { name } } apologies { practitioner { name } } }
      reviews { progress decision familyViews nextReviewDue }
      closure { reason summary signposting }
    } }`,
    { id: episodeId },
  );
  return episode;
}

/** The episode's meetings as the server has them now. */
async function meetingsOnServer(family) {
  const { episode } = await family.sam('query($id: ID!) { episode(id: $id) { meetings { kind scheduledFor cancelledAt cancellationReason version } } }', { id: family.episodeId });
  return episode.meetings;
}

describe('meetings, reviews, the lead and closing', () => {
  test('the first meeting starts the plan, a review carries it on, the lead is handed over and the new lead closes', async () => {
    const family = await newFamilyWithAPlan(baseUrl);
    const sam = await tabletOf(browser, WORKER);
    let alex;
    try {
      const { page } = sam;
      await page.getByRole('link', { name: `Family ${family.familyRef}` }).click();
      await page.getByRole('link', { name: 'Hold the first team meeting' }).click();
      await page.getByRole('heading', { level: 1, name: 'Meetings and reviews' }).waitFor();

      // Arrange the first team meeting, with the date and time pickers.
      const arrange = page.getByRole('form', { name: 'Arrange a meeting' });
      await pickDay(arrange, 'Day', day(0));
      const time = arrange.getByLabel('Time', { exact: true });
      await time.fill('09:30');
      await time.press('Enter');
      await arrange.getByRole('button', { name: 'Arrange the meeting' }).click();
      // It shows at once; "arranged" is said once the server has it.
      const meeting = page.getByRole('listitem', { name: /^First team meeting/ });
      await meeting.waitFor();
      await page.getByRole('region', { name: 'Arrange a meeting' }).getByText('First team meeting arranged.').waitFor();
      let episode = await onServer(family.sam, family.episodeId);
      assert.deepEqual(episode.meetings.map((found) => [found.kind, found.heldOn]), [['INITIAL_TAF', null]]);
      assert.equal(episode.status, 'PLANNING');

      // Record it held: sam came, alex sent apologies, the family came.
      await meeting.getByRole('button', { name: /^Record as held/ }).click();
      const held = page.getByRole('form', { name: 'Record as held: First team meeting' });
      await held.getByRole('group', { name: 'Who came' }).getByRole('checkbox', { name: new RegExp(`^${WORKER_NAME}`) }).check();
      await held.getByRole('group', { name: 'Who sent apologies' }).getByRole('checkbox', { name: new RegExp(`^${PARTNER_NAME}`) }).check();
      await held.getByLabel('Notes (optional)').fill('Jess agreed the plan; Finn chose the chart stickers.');
      await held.getByRole('button', { name: 'Record the meeting' }).click();
      // It shows at once; the form closes once the server has it.
      await meeting.filter({ hasText: 'Held on' }).waitFor();
      await held.waitFor({ state: 'detached' });
      episode = await onServer(family.sam, family.episodeId);
      assert.equal(episode.status, 'ACTIVE', 'the first meeting starts the plan');
      const [first] = episode.meetings;
      assert.equal(first.heldOn, iso(day(0)));
      assert.equal(first.familyAttended, true);
      assert.deepEqual(first.attendees.map((member) => member.practitioner.name), [WORKER_NAME]);
      assert.deepEqual(first.apologies.map((member) => member.practitioner.name), [PARTNER_NAME]);

      // Record a review that carries the plan on, with the next review date.
      const review = page.getByRole('form', { name: 'Record a review' });
      await review.getByText('Reviews are at most 56 days apart').waitFor();
      await review.getByRole('radio', { name: /^Things are better/ }).check();
      await review.getByRole('radio', { name: /^Carry on with the plan/ }).check();
      await review.getByLabel('What the family says (optional)').fill('Mornings are calmer.');
      await pickDay(review, 'Next review by', day(42));
      await review.getByRole('button', { name: 'Record the review' }).click();
      await review.getByText('Review recorded.').waitFor();
      episode = await onServer(family.sam, family.episodeId);
      assert.deepEqual(episode.reviews, [
        { progress: 'POSITIVE_CHANGE', decision: 'CONTINUE', familyViews: 'Mornings are calmer.', nextReviewDue: iso(day(42)) },
      ]);

      // Hand the lead to alex.
      await page.getByRole('link', { name: 'Back to the family' }).click();
      await page.getByRole('link', { name: 'Agree who leads the team' }).click();
      const handOver = page.getByRole('form', { name: 'Hand over the lead' });
      await handOver.getByRole('radio', { name: new RegExp(`^${PARTNER_NAME}`) }).check();
      await handOver.getByRole('checkbox', { name: 'The family was asked about the change' }).check();
      await handOver.getByRole('button', { name: 'Hand over the lead' }).click();
      await page.getByText('The lead is handed over.').waitFor();
      episode = await onServer(family.sam, family.episodeId);
      assert.equal(episode.lead.practitioner.name, PARTNER_NAME);
      assert.deepEqual(episode.handovers, [{ familyConsulted: true }]);
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();

      // Only the lead's side may close or step up: sam, no longer the lead, is told so on the form, and nothing changes.
      await page.goto(`/families/${family.episodeId}/close`);
      await page.getByRole('radio', { name: /^Step up to children’s social care/ }).check();
      const stepUp = page.getByRole('form', { name: 'Step up to children’s social care' });
      await stepUp.getByLabel('Why the family needs social care').fill('A test of who may step up.');
      await stepUp.getByRole('button', { name: 'Step up…' }).click();
      const confirmStepUp = page.getByRole('alertdialog', { name: 'Step up to social care?' });
      assert.match(await confirmStepUp.innerText(), /The episode closes/);
      await confirmStepUp.getByRole('button', { name: 'Step up to social care', exact: true }).click();
      await stepUp.getByRole('alert').filter({ hasText: /You may not do this/ }).waitFor();
      assert.equal((await onServer(family.sam, family.episodeId)).status, 'ACTIVE');

      // The lead's side closes: now alex, with a result for the outcome and where the family can find help.
      alex = await tabletOf(browser, PARTNER);
      await alex.page.goto(`/families/${family.episodeId}/close`);
      await alex.page.getByRole('radio', { name: /^Close: the family no longer needs the team/ }).check();
      const close = alex.page.getByRole('form', { name: 'Close the episode' });
      await close.getByRole('radio', { name: /^The family’s needs are met/ }).check();
      await close.getByLabel('Closing summary').fill('Finn is on time every day; Jess runs the routine herself.');
      await close.getByRole('button', { name: 'Close the episode…' }).click();
      // Nothing is sent while something is missing: the outcome's result and, for needs met, a signpost.
      await close.getByText('Give a result for every outcome still open.').waitFor();
      await close.getByText('Add at least one place the family can find help from now on.').waitFor();
      await close.getByLabel('Finn arrives at school on time').click();
      await alex.page.getByRole('option', { name: 'Achieved', exact: true }).click();
      await close.getByLabel('A service or place').fill('Riverside children’s centre: stay and play, Tuesdays');
      await close.getByRole('button', { name: 'Add', exact: true }).click();
      await close.getByRole('button', { name: 'Close the episode…' }).click();
      const confirm = alex.page.getByRole('alertdialog', { name: 'Close the episode?' });
      assert.match(await confirm.innerText(), /The episode closes.*unfinished actions are cancelled/s);
      await confirm.getByRole('button', { name: 'Close the episode', exact: true }).click();
      await alex.page.getByRole('heading', { name: 'This episode is closed' }).waitFor();
      await syncStatus(alex.page).filter({ hasText: 'All saved' }).waitFor();

      episode = await onServer(family.alex, family.episodeId);
      assert.equal(episode.status, 'CLOSED');
      assert.deepEqual(episode.closure, {
        reason: 'NEEDS_MET',
        summary: 'Finn is on time every day; Jess runs the routine herself.',
        signposting: ['Riverside children’s centre: stay and play, Tuesdays'],
      });
      assert.deepEqual(episode.outcomes.map((outcome) => outcome.status), ['ACHIEVED']);
      assert.deepEqual(episode.outcomes[0].actions.map((action) => action.status), ['CANCELLED', 'CANCELLED']);
    } finally {
      await sam.context.close();
      await alex?.context.close();
    }
  });

  test('a next review beyond the policy is refused at its field, and nothing is written', async () => {
    const family = await planUnderWay(baseUrl);
    const { context, page } = await tabletOf(browser, WORKER);
    try {
      await page.goto(`/families/${family.episodeId}/meetings`);
      const review = page.getByRole('form', { name: 'Record a review' });
      await review.getByRole('radio', { name: /^No real change/ }).check();
      await review.getByRole('radio', { name: /^Change the plan/ }).check();
      await pickDay(review, 'Next review by', day(70));
      await review.getByRole('button', { name: 'Record the review' }).click();

      const field = review.locator('vaadin-date-picker[invalid]', { hasText: /Reviews are at most 56 days apart: the next is due by/ });
      await field.waitFor();
      assert.equal(await field.evaluate((picker) => picker.label), 'Next review by');
      assert.equal(await review.getByText('Review recorded.').count(), 0);
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();
      const episode = await onServer(family.sam, family.episodeId);
      assert.deepEqual(episode.reviews, []);
      assert.equal(episode.status, 'ACTIVE');
    } finally {
      await context.close();
    }
  });
  test('a review meeting is arranged, moved to another day, and called off with the reason', async () => {
    const family = await planUnderWay(baseUrl);
    const { context, page } = await tabletOf(browser, WORKER);
    try {
      await page.goto(`/families/${family.episodeId}/meetings`);
      const arrange = page.getByRole('form', { name: 'Arrange a meeting' });
      await arrange.getByText('A review meeting').waitFor();
      await pickDay(arrange, 'Day', day(14));
      await arrange.getByLabel('Time', { exact: true }).fill('14:00');
      await arrange.getByLabel('Time', { exact: true }).press('Enter');
      await arrange.getByRole('button', { name: 'Arrange the meeting' }).click();
      await arrange.getByText('Review meeting arranged.').waitFor();

      const meeting = page.getByRole('listitem', { name: /^Review meeting/ });
      await meeting.getByRole('button', { name: /^Move/ }).click();
      const move = page.getByRole('form', { name: 'Move: Review meeting' });
      await pickDay(move, 'New day', day(21));
      await move.getByLabel('New time', { exact: true }).fill('10:15');
      await move.getByLabel('New time', { exact: true }).press('Enter');
      await move.getByRole('button', { name: 'Move the meeting' }).click();
      await move.waitFor({ state: 'detached' });
      let review = (await meetingsOnServer(family)).find((found) => found.kind === 'REVIEW');
      const moved = new Date(review.scheduledFor);
      assert.deepEqual([iso(moved), moved.getHours(), moved.getMinutes(), review.version], [iso(day(21)), 10, 15, 1]);

      await meeting.getByRole('button', { name: /^Call off/ }).click();
      const callOff = page.getByRole('form', { name: 'Call off: Review meeting' });
      await callOff.getByLabel('Why is it called off?').fill('Jess starts a new job that week.');
      await callOff.getByRole('button', { name: 'Call off the meeting' }).click();
      await meeting.filter({ hasText: 'Called off: Jess starts a new job that week.' }).waitFor();
      await callOff.waitFor({ state: 'detached' });
      review = (await meetingsOnServer(family)).find((found) => found.kind === 'REVIEW');
      assert.equal(review.cancellationReason, 'Jess starts a new job that week.');
      assert.notEqual(review.cancelledAt, null);
    } finally {
      await context.close();
    }
  });
});

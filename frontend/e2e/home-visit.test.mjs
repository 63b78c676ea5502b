// The whole first home visit on a tablet at 1024x768, screen after screen as a worker goes through it with a
// family: the existing-plan check, the request, consent signed on the screen, the assessment with the child's own
// words, a plan of two outcomes and three actions, the first team meeting; then, on later visits, a review and the
// closing with where the family can go next. Each step is reached from the family's task list and checked on the
// server. Against a running Hearth with its demo data.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { addAction, addOutcome, checkForPlan, day, drawSignature, isoDay, pickDay, syncStatus } from './screens.mjs';
import { baseUrl, freshPagePerTest, graphqlAs, signInAs, WORKER, WORKER_NAME } from './support.mjs';

let page;
freshPagePerTest({ viewport: { width: 1024, height: 768 }, hasTouch: true }, (opened) => {
  page = opened;
});

/** Opens a task from the family page's task list. */
async function openTask(title) {
  await page.getByRole('link', { name: 'Back to the family' }).click();
  await page.getByRole('heading', { name: 'What to do next' }).waitFor();
  await page.getByRole('link', { name: title }).click();
}

async function everythingOnServer(graphql, episodeId) {
  const { episode } = await graphql(
    `query($id: ID!) { episode(id: $id) {
      status levelOfNeed requestReasons
      lead { practitioner { name } }
      family { members { givenName role } }
      consents { scope decision method signed givenBy { givenName } }
      assessment { summary views { worries strengths wishes } childVoices { worries goodThings dreams } }
      outcomes { description status needArea { code } actions { description status dueDate owner { practitioner { name } } } }
      meetings { kind heldOn familyAttended attendees { practitioner { name } } }
      reviews { progress decision nextReviewDue }
      closure { reason summary signposting }
    } }`,
    { id: episodeId },
  );
  return episode;
}

describe('a first home visit, start to finish', () => {
  test('check, request, signed consent, assessment with the child’s voice, a plan, the first meeting, a review and the closing', async () => {
    const surname = `Visit${Math.random().toString(36).slice(2, 8)}`;
    const born = day(-8 * 366);
    try {
      await signInAs(page, WORKER);

      // 1. Does the child have a plan already? No: ask for early help for the new family.
      await page.getByRole('link', { name: 'Ask for early help' }).click();
      await checkForPlan(page, 'Lily', surname, isoDay(born));
      await page.getByText(`No open plan for Lily ${surname}.`).waitFor();
      await page.getByRole('button', { name: 'Continue to the request' }).click();
      const request = page.getByRole('form', { name: 'Ask for early help for a new family' });
      await request.getByRole('list', { name: 'People in the family' }).getByRole('listitem').nth(1).getByLabel('First name').fill('Dee');
      await request.getByRole('radio', { name: /^Level 2/ }).check();
      await request.getByLabel('Why the family needs help').fill('Lily is often late and tired; Dee asked the school for help.');
      await request.getByRole('button', { name: 'Ask for early help' }).click();
      await page.getByRole('heading', { name: 'What to do next' }).waitFor();
      const episodeId = new URL(page.url()).pathname.split('/').at(-1);
      const worker = await graphqlAs(baseUrl, WORKER);
      let episode = await everythingOnServer(worker, episodeId);
      assert.equal(episode.status, 'REQUESTED');
      assert.equal(episode.levelOfNeed, 'LEVEL_2');

      // 2. Dee signs on the screen: early help, and keeping and sharing the family's information.
      await page.getByRole('link', { name: 'Get the family’s consent' }).click();
      const consent = page.getByRole('form', { name: 'Record a consent decision' });
      await consent.getByLabel('Who is deciding').click();
      await page.getByRole('option', { name: /^Dee / }).click();
      await consent.getByRole('checkbox', { name: /^Getting early help/ }).check();
      await consent.getByRole('checkbox', { name: /^Keeping their information/ }).check();
      await consent.getByRole('checkbox', { name: /^Sharing with the team/ }).check();
      await consent.getByRole('radio', { name: 'Yes, they agree' }).check();
      await consent.getByRole('radio', { name: 'Signed on this tablet' }).check();
      await drawSignature(page, consent.getByRole('img', { name: /^Signature box/ }));
      await consent.getByRole('button', { name: 'Record decision' }).click();
      await consent.getByRole('status').filter({ hasText: 'Recorded.' }).waitFor();
      episode = await everythingOnServer(worker, episodeId);
      assert.deepEqual(
        episode.consents.map((given) => [given.scope, given.decision, given.method, given.signed, given.givenBy.givenName]),
        [
          ['START', 'GIVEN', 'SIGNED_ON_DEVICE', true, 'Dee'],
          ['STORE', 'GIVEN', 'SIGNED_ON_DEVICE', true, 'Dee'],
          ['SHARE', 'GIVEN', 'SIGNED_ON_DEVICE', true, 'Dee'],
        ],
      );
      assert.equal(episode.status, 'ASSESSING');

      // 3. The assessment: Dee's three columns, then Lily's three houses on the tablet handed to her.
      await openTask('Assess: hear everyone’s views');
      await page.getByRole('button', { name: 'Start the assessment' }).click();
      const dee = page.getByRole('form', { name: `Dee ${surname}’s view` });
      await dee.getByLabel('What worries them').fill('Bedtimes are late and mornings rushed');
      await dee.getByLabel('What is going well').fill('Lily loves reading with me');
      await dee.getByLabel('What they would like to happen').fill('A calm bedtime routine');
      await dee.getByRole('button', { name: 'Save Dee’s view' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).first().waitFor();
      await page.getByRole('button', { name: 'Hand the tablet to Lily' }).click();
      const houses = page.getByRole('dialog', { name: 'Lily’s three houses' });
      await houses.getByRole('textbox', { name: /House of worries/ }).fill('Being late for school');
      await houses.getByRole('textbox', { name: /House of good things/ }).fill('Stories with Mum');
      await houses.getByRole('textbox', { name: /House of dreams/ }).fill('To have a cat');
      await houses.getByRole('button', { name: 'Give the tablet back' }).click();
      const complete = page.getByRole('form', { name: 'Complete the assessment' });
      await complete.getByLabel('What the assessment found').fill('A warm home; bedtimes and mornings need a routine');
      await complete.getByRole('button', { name: 'Complete the assessment' }).click();
      await page.getByRole('status').filter({ hasText: 'Completed.' }).waitFor();

      // 4. The plan: two outcomes, three actions.
      await page.getByRole('link', { name: 'Next: agree the plan' }).click();
      const outcomes = await addOutcome(page, {
        forWhom: `Lily ${surname}`,
        needArea: 'Getting a good education',
        description: 'Lily gets to school on time every day',
        measure: 'No late marks for half a term',
        targetInDays: 60,
      });
      await outcomes.getByRole('status').filter({ hasText: 'Outcome added.' }).waitFor();
      await addOutcome(page, {
        forWhom: 'The whole family',
        needArea: 'Improved family relationships',
        description: 'Bedtime is calm and at the same time each night',
        measure: 'Lily is in bed by 8pm on five nights a week',
        targetInDays: 80,
      });
      await page.getByRole('heading', { name: 'Bedtime is calm and at the same time each night' }).waitFor();
      const me = new RegExp(`^${WORKER_NAME}( \\(|$)`);
      await addAction(page, 'Lily gets to school on time every day', { what: 'Make a morning checklist with Lily', owner: me, dueInDays: 7 });
      await addAction(page, 'Lily gets to school on time every day', { what: 'Ask school about a breakfast club place', owner: me, dueInDays: 14 });
      await addAction(page, 'Bedtime is calm and at the same time each night', { what: 'Share a bedtime routine leaflet with Dee', owner: me, dueInDays: 10 });

      // 5. The first team meeting, arranged for now and held: the plan starts.
      await openTask('Hold the first team meeting');
      const arrange = page.getByRole('form', { name: 'Arrange a meeting' });
      await pickDay(arrange, 'Day', day(0));
      await arrange.getByLabel('Time', { exact: true }).fill('09:30');
      await arrange.getByLabel('Time', { exact: true }).press('Enter');
      await arrange.getByRole('button', { name: 'Arrange the meeting' }).click();
      const meeting = page.getByRole('listitem', { name: /^First team meeting/ });
      await meeting.getByRole('button', { name: /^Record as held/ }).click();
      const held = page.getByRole('form', { name: 'Record as held: First team meeting' });
      await held.getByRole('group', { name: 'Who came' }).getByRole('checkbox', { name: new RegExp(`^${WORKER_NAME}`) }).check();
      await held.getByRole('button', { name: 'Record the meeting' }).click();
      await held.waitFor({ state: 'detached' });
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();
      episode = await everythingOnServer(worker, episodeId);
      assert.equal(episode.status, 'ACTIVE', 'the first meeting starts the plan');

      // 6. A later visit: the review. The first action is done; the plan carries on.
      await page.getByRole('link', { name: 'Back to the family' }).click();
      await page.getByRole('button', { name: 'Mark done', description: 'Make a morning checklist with Lily' }).click();
      await page.getByRole('link', { name: 'Review the plan' }).click();
      const review = page.getByRole('form', { name: 'Record a review' });
      await review.getByRole('radio', { name: /^Things are better/ }).check();
      await review.getByRole('radio', { name: /^Carry on with the plan/ }).check();
      await pickDay(review, 'Next review by', day(42));
      await review.getByRole('button', { name: 'Record the review' }).click();
      await review.getByText('Review recorded.').waitFor();

      // 7. The last visit: the plan worked. Close with results and where the family can go next.
      await openTask('Close, with where to go next');
      await page.getByRole('radio', { name: /^Close: the family no longer needs the team/ }).check();
      const close = page.getByRole('form', { name: 'Close the episode' });
      await close.getByRole('radio', { name: /^The family’s needs are met/ }).check();
      await close.getByLabel('Closing summary').fill('Lily is on time and bedtimes are calm; Dee keeps the routine going.');
      for (const outcome of ['Lily gets to school on time every day', 'Bedtime is calm and at the same time each night']) {
        await close.getByLabel(outcome).click();
        await page.getByRole('option', { name: 'Achieved', exact: true }).click();
        // The list closes before the next one opens, or both lists' "Achieved" are on the page at once.
        await page.getByRole('option', { name: 'Achieved', exact: true }).waitFor({ state: 'hidden' });
      }
      await close.getByLabel('A service or place').fill('Library: bedtime stories club, Thursdays');
      await close.getByRole('button', { name: 'Add', exact: true }).click();
      await close.getByRole('button', { name: 'Close the episode…' }).click();
      await page.getByRole('alertdialog', { name: 'Close the episode?' }).getByRole('button', { name: 'Close the episode', exact: true }).click();
      await page.getByRole('heading', { name: 'This episode is closed' }).waitFor();
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();

      // Everything the visit recorded is on the server, once.
      episode = await everythingOnServer(worker, episodeId);
      assert.equal(episode.status, 'CLOSED');
      assert.equal(episode.lead.practitioner.name, WORKER_NAME);
      assert.deepEqual(episode.family.members.map((member) => [member.givenName, member.role]).sort(), [
        ['Dee', 'PARENT_CARER'],
        ['Lily', 'CHILD'],
      ]);
      assert.deepEqual(episode.assessment.views, [
        { worries: 'Bedtimes are late and mornings rushed', strengths: 'Lily loves reading with me', wishes: 'A calm bedtime routine' },
      ]);
      assert.deepEqual(episode.assessment.childVoices, [{ worries: 'Being late for school', goodThings: 'Stories with Mum', dreams: 'To have a cat' }]);
      assert.deepEqual(
        episode.outcomes.map((outcome) => [outcome.description, outcome.needArea.code, outcome.status, outcome.actions.length]).sort(),
        [
          ['Bedtime is calm and at the same time each night', 'FAMILY_RELATIONSHIPS', 'ACHIEVED', 1],
          ['Lily gets to school on time every day', 'EDUCATION', 'ACHIEVED', 2],
        ],
      );
      const actions = episode.outcomes.flatMap((outcome) => outcome.actions);
      assert.deepEqual(actions.map((action) => [action.description, action.status, action.owner.practitioner.name]).sort(), [
        ['Ask school about a breakfast club place', 'CANCELLED', WORKER_NAME],
        ['Make a morning checklist with Lily', 'DONE', WORKER_NAME],
        ['Share a bedtime routine leaflet with Dee', 'CANCELLED', WORKER_NAME],
      ]);
      assert.equal(actions.find((action) => action.description.startsWith('Make a morning')).dueDate, isoDay(day(7)));
      assert.deepEqual(
        episode.meetings.map((found) => [found.kind, found.heldOn, found.attendees.map((member) => member.practitioner.name)]),
        [['INITIAL_TAF', isoDay(day(0)), [WORKER_NAME]]],
      );
      assert.deepEqual(episode.reviews, [{ progress: 'POSITIVE_CHANGE', decision: 'CONTINUE', nextReviewDue: isoDay(day(42)) }]);
      assert.deepEqual(episode.closure, {
        reason: 'NEEDS_MET',
        summary: 'Lily is on time and bedtimes are calm; Dee keeps the routine going.',
        signposting: ['Library: bedtime stories club, Thursdays'],
      });
    } catch (error) {
      await page.screenshot({ path: join(tmpdir(), 'hearth-home-visit-failed.png') }).catch(() => undefined);
      throw error;
    }
  });
});

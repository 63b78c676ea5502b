// Browser tests of recording a safeguarding referral on the tablet: from the request for early help (a family new to
// Hearth, the people typed for the request reused), and from a family's page. What reached the server is read back
// as the Early Help team (`hub`), who sees families without an episode. Against a running Hearth with its demo data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, checkForPlan } from './screens.mjs';
import { baseUrl, freshPagePerTest, graphqlAs, newRequestedFamily, signInAs, WORKER, WORKER_NAME } from './support.mjs';

let page;
freshPagePerTest({ viewport: { width: 1024, height: 768 }, hasTouch: true }, (opened) => {
  page = opened;
});

const REFERRAL_CALL = 'SafeguardingEndpoint/recordSafeguardingReferral';

/** Every answer the app got from the referral endpoint, as it arrives. */
function referralAnswers() {
  const answers = [];
  page.on('response', (response) => {
    if (response.url().includes(REFERRAL_CALL)) {
      answers.push(response.json());
    }
  });
  return answers;
}

const FAMILY = `query($id: ID!) { family(id: $id) { id members { givenName familyName role }
  safeguardingReferrals { reason socialCareReference decidedBy { name } } } }`;

describe('recording a safeguarding referral', () => {
  test('a worker asking for early help records a referral instead, for the family typed, and it is kept once', async () => {
    const answers = referralAnswers();
    const surname = `Test${Math.random().toString(36).slice(2, 8)}`;
    const born = new Date(Date.now() - 6 * 366 * 86400000).toISOString().slice(0, 10);
    await signInAs(page, WORKER);
    await page.getByRole('link', { name: 'Ask for early help' }).click();
    await checkForPlan(page, 'Ella', surname, born);
    await page.getByText(`No open plan for Ella ${surname}.`).waitFor();
    await page.getByRole('button', { name: 'Continue to the request' }).click();
    const request = page.getByRole('form', { name: 'Ask for early help for a new family' });
    await request.getByRole('list', { name: 'People in the family' }).getByRole('listitem').nth(1).getByLabel('First name').fill('Dee');

    // Worried now: the red box switches the page to the referral, with the people already typed.
    await page.getByRole('button', { name: 'Record a safeguarding referral' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record a safeguarding referral' }).waitFor();
    const form = page.getByRole('form', { name: 'Record a safeguarding referral' });
    const people = form.getByRole('list', { name: 'People in the family' }).getByRole('listitem');
    assert.equal(await people.count(), 2);
    assert.equal(await people.nth(0).getByLabel('First name').inputValue(), 'Ella');
    assert.equal(await people.nth(1).getByLabel('First name').inputValue(), 'Dee');
    await form.getByText('Recording here does not send the referral').waitFor();
    await form.getByLabel('Why you are referring').fill('Ella has a burn on her hand and says Dee did it');
    await form.getByLabel('Social care’s reference').fill('CSC-E2E-7');

    assert.deepEqual(await axeViolations(page), [], 'the referral form at 1024x768');
    await page.setViewportSize({ width: 768, height: 1024 });
    assert.deepEqual(await axeViolations(page), [], 'the referral form at 768x1024');
    await page.setViewportSize({ width: 1024, height: 768 });

    await form.getByRole('button', { name: 'Record the referral' }).click();
    const recorded = page.getByRole('status').filter({ has: page.getByRole('heading', { name: /^Referral recorded at \d\d:\d\d by you$/ }) });
    await recorded.waitFor();
    assert.match(await recorded.innerText(), /CSC-E2E-7/);
    assert.equal(await recorded.getByRole('link', { name: 'Back to my caseload' }).count(), 1);

    assert.equal(answers.length, 1);
    const answer = await answers[0];
    const familyId = answer.referral.familyId;
    assert.ok(familyId);
    const hub = await graphqlAs(baseUrl, 'hub');
    const { family } = await hub(FAMILY, { id: familyId });
    assert.deepEqual(
      family.members.map((m) => [m.givenName, m.familyName, m.role]).sort(),
      [
        ['Dee', surname, 'PARENT_CARER'],
        ['Ella', surname, 'CHILD'],
      ],
    );
    assert.deepEqual(family.safeguardingReferrals, [
      { reason: 'Ella has a burn on her hand and says Dee did it', socialCareReference: 'CSC-E2E-7', decidedBy: { name: WORKER_NAME } },
    ]);

    // The draft is cleared: the request starts again at the check.
    await page.goto('/request');
    await page.getByRole('form', { name: 'Check for an existing plan' }).waitFor();
    assert.equal(await page.getByLabel('Child’s first name').inputValue(), '');
  });

  test('from the check, the child starts the family; without the concern nothing is sent and the field says why', async () => {
    const answers = referralAnswers();
    const surname = `Test${Math.random().toString(36).slice(2, 8)}`;
    await signInAs(page, WORKER);
    await page.getByRole('link', { name: 'Ask for early help' }).click();
    const checkForm = page.getByRole('form', { name: 'Check for an existing plan' });
    await checkForm.getByLabel('Child’s first name').fill('Ola');
    await checkForm.getByLabel('Child’s family name').fill(surname);
    await page.getByRole('button', { name: 'Record a safeguarding referral' }).click();

    const form = page.getByRole('form', { name: 'Record a safeguarding referral' });
    const people = form.getByRole('list', { name: 'People in the family' }).getByRole('listitem');
    assert.equal(await people.count(), 1);
    assert.equal(await people.nth(0).getByLabel('First name').inputValue(), 'Ola');
    assert.equal(await people.nth(0).getByLabel('Family name').inputValue(), surname);
    await form.getByRole('button', { name: 'Record the referral' }).click();
    const reason = form.locator('vaadin-text-area').filter({ hasText: 'Why you are referring' });
    await reason.getByText('Say what the concern is, in plain words.').waitFor();
    assert.equal(await reason.getAttribute('invalid'), '');
    assert.equal(answers.length, 0, 'nothing was sent');

    // Back to the check: what was typed is still there.
    await form.getByRole('button', { name: 'Back to the check' }).click();
    assert.equal(await checkForm.getByLabel('Child’s first name').inputValue(), 'Ola');
  });

  test('from a family’s page, the referral is kept with that family', async () => {
    const { episodeId } = await newRequestedFamily(baseUrl);
    await signInAs(page, WORKER);
    await page.goto(`/families/${episodeId}`);
    await page.getByRole('link', { name: 'Record a safeguarding referral' }).click();
    const form = page.getByRole('form', { name: 'Record a safeguarding referral' });
    await form.getByLabel('Why you are referring').fill('The child told her teacher she is afraid to go home');
    await form.getByRole('button', { name: 'Record the referral' }).click();
    await page.getByRole('heading', { name: /^Referral recorded at \d\d:\d\d by you$/ }).waitFor();

    const hub = await graphqlAs(baseUrl, 'hub');
    const { episode } = await hub(
      'query($id: ID!) { episode(id: $id) { family { safeguardingReferrals { reason socialCareReference decidedBy { name } } } } }',
      { id: episodeId },
    );
    assert.deepEqual(episode.family.safeguardingReferrals, [
      { reason: 'The child told her teacher she is afraid to go home', socialCareReference: null, decidedBy: { name: WORKER_NAME } },
    ]);
  });
});

// Browser tests of three steps on the tablet: a family member withdraws consent (confirmed first; going back sends
// nothing), the next review brought forward without signal, and the team changed (a family member added, a
// practitioner taken off); each checked on the server over GraphQL, and each screen checked with axe-core with its
// new section open, in both orientations. Against a running Hearth with its demo data; each test makes its own
// family over GraphQL first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, day, isoDay as iso, pickDay, syncStatus } from './screens.mjs';
import { PARTNER_NAME, WORKER, appKeptOnDevice, baseUrl, launchChromium, newFamilyWithAPlan, planUnderWay, tabletOf } from './support.mjs';

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** axe-core's WCAG 2.2 A and AA rules on the page as it is now, at landscape and portrait tablet sizes. */
async function assertAccessible(page, screen) {
  for (const [width, height] of [
    [1024, 768],
    [768, 1024],
  ]) {
    await page.setViewportSize({ width, height });
    assert.deepEqual(await axeViolations(page), [], `${screen} at ${width}x${height}`);
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

/** What the server has of the episode now. */
async function onServer(graphql, episodeId) {
  const { episode } = await graphql(
    `query($id: ID!) { episode(id: $id) {
      status
      closure { reason summary }
      consents { decision givenBy { givenName } }
      outcomes { actions { status } }
      timescales { nextReviewDue }
      team { isLead roleDescription leftOn practitioner { name } person { givenName } }
    } }`,
    { id: episodeId },
  );
  return episode;
}

describe('withdrawing consent, bringing a review forward and changing the team', () => {
  test('consent withdrawn, a review brought forward offline and the team changed all reach the server', async () => {
    // (a) A parent withdraws consent: only those who may decide are offered, going back sends nothing, confirming
    // closes the episode with every open action cancelled.
    const withdrawing = await newFamilyWithAPlan(baseUrl);
    const { context, page } = await tabletOf(browser, WORKER);
    try {
      await page.goto(`/families/${withdrawing.episodeId}/consent`);
      const form = page.getByRole('form', { name: 'Withdraw consent' });
      await form.getByLabel('Who is withdrawing consent').click();
      // Jess has parental responsibility; Finn, 9, is not offered.
      assert.equal(await page.getByRole('option', { name: /^Finn / }).count(), 0);
      await page.getByRole('option', { name: /^Jess / }).click();
      await form.getByRole('button', { name: 'Withdraw consent…' }).click();
      await form.getByText('Write down why, in the family’s words.').waitFor();
      await form.getByLabel('Why, in the family’s words').fill('We are managing the mornings ourselves now.');
      await assertAccessible(page, 'consent');

      await form.getByRole('button', { name: 'Withdraw consent…' }).click();
      let confirm = page.getByRole('alertdialog', { name: 'Withdraw consent and stop the family’s help?' });
      assert.match(await confirm.innerText(), /Jess .* is withdrawing consent/);
      assert.match(await confirm.innerText(), /help stops now.*cancelled.*called off.*Nothing is deleted.*team is told.*ask for help again/s);
      await confirm.getByRole('button', { name: 'Go back' }).click();
      await confirm.waitFor({ state: 'hidden' });
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();
      let episode = await onServer(withdrawing.sam, withdrawing.episodeId);
      assert.equal(episode.status, 'PLANNING', 'going back sends nothing');
      assert.equal(episode.consents.filter((consent) => consent.decision === 'WITHDRAWN').length, 0);

      await form.getByRole('button', { name: 'Withdraw consent…' }).click();
      confirm = page.getByRole('alertdialog', { name: 'Withdraw consent and stop the family’s help?' });
      await confirm.getByRole('button', { name: 'Withdraw consent', exact: true }).click();
      await page.getByText('Consent is withdrawn: the family’s early help has stopped and the team is told.').waitFor();
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();
      episode = await onServer(withdrawing.sam, withdrawing.episodeId);
      assert.equal(episode.status, 'CLOSED');
      assert.deepEqual(episode.closure, { reason: 'CONSENT_WITHDRAWN', summary: 'We are managing the mornings ourselves now.' });
      assert.deepEqual(episode.outcomes[0].actions.map((action) => action.status), ['CANCELLED', 'CANCELLED']);
      assert.equal(episode.consents.filter((consent) => consent.decision === 'WITHDRAWN' && consent.givenBy.givenName === 'Jess').length, 1);

      // (b) The next review brought forward without signal: shown at once, sent when the signal returns.
      const reviewing = await planUnderWay(baseUrl);
      const due = (await onServer(reviewing.sam, reviewing.episodeId)).timescales.nextReviewDue;
      const sooner = day(7);
      assert.ok(iso(sooner) < due, `a week from now is before the review due ${due}`);
      await page.goto(`/families/${reviewing.episodeId}/meetings`);
      await page.getByRole('heading', { name: 'Reviews of the plan' }).waitFor();
      await appKeptOnDevice(page);
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Bring the review forward' }).click();
      const forward = page.getByRole('form', { name: 'Bring the review forward' });
      await pickDay(forward, 'New day for the review', sooner);
      await forward.getByLabel('Why can it not wait?').fill('Finn was excluded for a day; the team should meet sooner.');
      await assertAccessible(page, 'meetings');
      await forward.getByRole('button', { name: 'Bring the review forward' }).click();
      await page.getByText('on this tablet: it is sent when there is signal.').waitFor();
      await syncStatus(page).filter({ hasText: '1 change waiting' }).waitFor();
      const shown = `${sooner.getDate()} ${sooner.toLocaleDateString('en-GB', { month: 'short' })} ${sooner.getFullYear()}`;
      assert.match(await page.getByRole('region', { name: 'Reviews of the plan' }).innerText(), new RegExp(`Next review due ${shown}`));
      assert.equal((await onServer(reviewing.sam, reviewing.episodeId)).timescales.nextReviewDue, due, 'nothing sent offline');
      await context.setOffline(false);
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();
      assert.equal((await onServer(reviewing.sam, reviewing.episodeId)).timescales.nextReviewDue, iso(sooner));
      await page.goto('/changes');
      await page.getByText('Everything you changed has reached Hearth.').waitFor();

      // (c) The team changed: Finn joins as a family member, the partner is taken off (confirmed first) and found again
      // in the directory.
      const changing = await newFamilyWithAPlan(baseUrl);
      await page.goto(`/families/${changing.episodeId}/team`);
      const add = page.getByRole('form', { name: 'Add a family member to the team' });
      await add.getByLabel('Who joins the team').click();
      await page.getByRole('option', { name: /^Finn / }).click();
      await add.getByLabel('Their part in the team').fill('Comes to the first part of each meeting');
      await assertAccessible(page, 'team');
      await add.getByRole('button', { name: 'Add to the team' }).click();
      await page.getByText('Added to the team.').waitFor();
      // Only people not on the team yet are offered, and the lead cannot be taken off.
      await add.getByLabel('Who joins the team').click();
      assert.equal(await page.getByRole('option', { name: /^Finn / }).count(), 0);
      await page.keyboard.press('Escape');
      assert.equal(await page.getByRole('button', { name: /^Remove from the team: / }).count(), 2);
      await page.getByRole('button', { name: `Remove from the team: ${PARTNER_NAME}` }).click();
      const removeConfirm = page.getByRole('alertdialog', { name: `Remove ${PARTNER_NAME} from the team?` });
      await removeConfirm.getByRole('button', { name: 'Remove from the team' }).click();
      await page.getByText(`${PARTNER_NAME} is off the team.`).waitFor();
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();
      let team = (await onServer(changing.sam, changing.episodeId)).team;
      const finn = team.find((member) => member.person?.givenName === 'Finn');
      assert.equal(finn?.roleDescription, 'Comes to the first part of each meeting');
      assert.equal(finn?.leftOn, null);
      assert.deepEqual(team.filter((member) => member.practitioner?.name === PARTNER_NAME).map((member) => member.leftOn), [iso(day(0))]);
      assert.equal(team.find((member) => member.isLead)?.leftOn, null);

      // A practitioner found in the directory by name joins: the partner, back on the team in a new place.
      const practitioner = page.getByRole('form', { name: 'Add a practitioner to the team' });
      await practitioner.getByRole('combobox', { name: 'Who joins the team' }).fill(PARTNER_NAME);
      await page.getByRole('option', { name: new RegExp(`^${PARTNER_NAME}, `) }).click();
      await practitioner.getByLabel('Their part in the team').fill('Pastoral lead, back for the summer term');
      await practitioner.getByRole('button', { name: 'Add the practitioner' }).click();
      await page.getByText('Added to the team; they are told.').waitFor();
      await syncStatus(page).filter({ hasText: 'All saved' }).waitFor();
      team = (await onServer(changing.sam, changing.episodeId)).team;
      const back = team.filter((member) => member.practitioner?.name === PARTNER_NAME && member.leftOn === null);
      assert.deepEqual(back.map((member) => member.roleDescription), ['Pastoral lead, back for the summer term']);
    } finally {
      await context.close();
    }
  });
});

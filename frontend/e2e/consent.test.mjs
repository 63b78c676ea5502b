// Browser tests of consent on the tablet: the family member signs on the screen with a finger (here the mouse), and
// start and store are recorded as given, each with the signature. Against a running Hearth with its demo data; each
// test makes its own family over GraphQL first.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { drawSignature } from './screens.mjs';
import { baseUrl, freshPagePerTest, newRequestedFamily, signInAs, WORKER } from './support.mjs';

let page;
freshPagePerTest({ viewport: { width: 1024, height: 768 }, hasTouch: true }, (opened) => {
  page = opened;
});

describe('consent on the tablet', () => {
  test('a parent signs on the screen and gives consent to start and to keep information; both are signed on the server', async () => {
    const family = await newRequestedFamily(baseUrl);
    assert.equal(family.status, 'REQUESTED');
    await signInAs(page, WORKER);
    await page.getByRole('link', { name: `Family ${family.familyRef}` }).click();
    await page.getByRole('link', { name: 'Get the family’s consent' }).click();
    await page.getByRole('heading', { level: 1, name: /^Consent/ }).waitFor();
    assert.match(await page.getByRole('region', { name: 'Recorded so far' }).innerText(), /Nothing recorded yet/);

    const form = page.getByRole('form', { name: 'Record a consent decision' });
    await form.getByLabel('Who is deciding').click();
    // Only someone who may decide is offered: Rae (parental responsibility), not Ola (9).
    assert.equal(await page.getByRole('option', { name: /^Ola / }).count(), 0);
    await page.getByRole('option', { name: /^Rae / }).click();
    await form.getByRole('checkbox', { name: /^Getting early help/ }).check();
    await form.getByRole('checkbox', { name: /^Keeping their information/ }).check();
    await form.getByRole('radio', { name: 'Yes, they agree' }).check();
    await form.getByRole('radio', { name: 'Signed on this tablet' }).check();

    // Recording without a signature is stopped at the box.
    await form.getByRole('button', { name: 'Record decision' }).click();
    await form.getByText('Ask them to sign in the box, or type their name instead.').waitFor();

    const box = form.getByRole('img', { name: /^Signature box/ });
    await drawSignature(page, box);
    // The drawing is on the device (kept in the draft) before it is sent.
    await page.waitForFunction(() => {
      const canvas = document.querySelector('canvas.signature-canvas');
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) return true;
      return false;
    });
    await form.getByRole('button', { name: 'Record decision' }).click();
    await form.getByRole('status').filter({ hasText: 'Recorded.' }).waitFor();

    const recorded = page.getByRole('list', { name: 'Consents recorded' }).getByRole('listitem');
    await recorded.filter({ hasText: 'Getting early help' }).filter({ hasText: 'signature kept' }).waitFor();
    await recorded.filter({ hasText: 'Keeping their information' }).filter({ hasText: 'signature kept' }).waitFor();

    const { episode } = await family.sam(
      'query($id: ID!) { episode(id: $id) { status consents { scope decision method signed givenBy { givenName } } } }',
      { id: family.episodeId },
    );
    assert.deepEqual(
      episode.consents.map((consent) => [consent.scope, consent.decision, consent.method, consent.signed, consent.givenBy.givenName]),
      [
        ['START', 'GIVEN', 'SIGNED_ON_DEVICE', true, 'Rae'],
        ['STORE', 'GIVEN', 'SIGNED_ON_DEVICE', true, 'Rae'],
      ],
    );
    assert.equal(episode.status, 'ASSESSING');

    // Back at the family, consent is done.
    await page.getByRole('link', { name: 'Back to the family' }).click();
    await page.getByRole('heading', { name: 'What to do next' }).waitFor();
    assert.match(await page.locator('.task.is-done').first().innerText(), /consent/);
  });

  test('someone who cannot draw types their name instead, with no drag at all', async () => {
    const family = await newRequestedFamily(baseUrl);
    await signInAs(page, WORKER);
    await page.goto(`/families/${family.episodeId}/consent`);
    const form = page.getByRole('form', { name: 'Record a consent decision' });
    await form.getByLabel('Who is deciding').click();
    await page.getByRole('option', { name: /^Rae / }).click();
    await form.getByRole('checkbox', { name: /^Sharing with the team/ }).check();
    await form.getByRole('radio', { name: 'Yes, they agree' }).check();
    await form.getByRole('radio', { name: 'Signed on this tablet' }).check();
    await form.getByRole('checkbox', { name: /cannot sign by drawing/ }).check();
    await form.getByLabel('Their name, typed by them or for them').fill('Rae ' + family.surname);
    await form.getByRole('button', { name: 'Record decision' }).click();
    await form.getByRole('status').filter({ hasText: 'Recorded.' }).waitFor();
    const { episode } = await family.sam('query($id: ID!) { episode(id: $id) { consents { scope signed notes } } }', { id: family.episodeId });
    assert.equal(episode.consents.length, 1);
    assert.equal(episode.consents[0].scope, 'SHARE');
    assert.equal(episode.consents[0].signed, true);
    assert.match(episode.consents[0].notes, /Name typed instead of a drawn signature/);
  });
});

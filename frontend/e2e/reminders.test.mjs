// Browser tests of reminders: a worker switches their own reminders off and on (/notifications), and the Early Help
// team reads the messages that could not be sent (/retention), against a running Hearth with its demo data:
//
//   HEARTH_BASE_URL=http://localhost:8081 node --test frontend/e2e/reminders.test.mjs
//
// Casey (on no demo family's team) switches hers, and they are on again at the end.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations } from './screens.mjs';
import { baseUrl, freshPagePerTest, graphqlAs, signInAs } from './support.mjs';

let page;
freshPagePerTest({ viewport: { width: 1024, height: 768 }, hasTouch: true }, (opened) => {
  page = opened;
});

const remindersOnServer = async (who) =>
  (await who('{ viewer { ... on PractitionerViewer { remindersOn } } }')).viewer.remindersOn;

describe('reminders', () => {
  test('a worker switches their reminders off and on again on the notifications screen, and the server has it', async () => {
    const casey = await graphqlAs(baseUrl, 'casey');
    await casey('mutation { setReminders(input: { on: true }) { remindersOn } }');

    await signInAs(page, 'casey');
    await page.goto('/notifications');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const reminders = main.getByRole('checkbox', { name: 'Remind me of what is due (my actions, meetings, reviews and assessments)' });
    await main.getByText('Reminders come here, and by e-mail when your council has set that up.').waitFor();
    assert.equal(await reminders.isChecked(), true);
    assert.deepEqual(await axeViolations(page), []);

    await reminders.click();
    await main.getByText('Reminders are off. You are still told of changes to your families.').waitFor();
    assert.equal(await remindersOnServer(casey), false);

    // As the server has it after a reload, and on again.
    await page.reload();
    await main.getByText('Reminders are off. You are still told of changes to your families.').waitFor();
    assert.equal(await reminders.isChecked(), false);
    await reminders.click();
    await main.getByText('Reminders come here, and by e-mail when your council has set that up.').waitFor();
    assert.equal(await remindersOnServer(casey), true);
  });

  test('the Early Help team reads the messages that could not be sent', async () => {
    const hub = await graphqlAs(baseUrl, 'hub');
    await signInAs(page, 'hub');
    await page.goto('/retention');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 2, name: 'Messages that could not be sent' }).waitFor();
    const { deliveryFailures } = await hub('{ deliveryFailures(first: 50) { totalCount edges { node { episodeReference } } } }');
    if (deliveryFailures.totalCount === 0) {
      await main.getByText('Every e-mail and text message was sent (or none is sent: your council has not set that up).').waitFor();
    } else {
      const table = main.getByRole('table', { name: 'Messages Hearth gave up sending, newest first' });
      await table.waitFor();
      assert.equal(await table.getByRole('row').filter({ has: page.getByRole('rowheader') }).count(), deliveryFailures.edges.length);
    }
    assert.deepEqual(await axeViolations(page), []);
  });
});

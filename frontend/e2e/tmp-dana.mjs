import { baseUrl, launchChromium } from './support.mjs';
const browser = await launchChromium();
try {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 360, height: 740 }, locale: 'en-GB', hasTouch: true });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Username' }).fill('dana');
  await page.getByLabel('Password', { exact: true }).fill('hearth-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/my-plan', { timeout: 60_000 });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  console.log(await page.getByRole('main').innerText());
  let i = 0;
  for (const region of await page.getByRole('main').locator('section, header').all()) {
    await region.screenshot({ path: `/tmp/dana/${String(i++).padStart(2, '0')}.png` });
  }
  await context.close();
} finally {
  await browser.close();
}

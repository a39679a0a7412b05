// Scenario 8: an address that does not exist answers 404 with the app's own page, signed out and
// signed in, on an organization's host and on the base domain: a heading, one sentence, one way on
// that works from the keyboard, and nothing of the app's reasons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signUpOrganization, signIn, orgUrl, appUrl, settled, screenshot, accessibilityProblems }
  from '../lib/app.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

/** Opens a made-up address; returns its status and what the page says. */
async function openUnknown(page, url) {
  const response = await page.goto(url);
  await settled(page);
  const main = page.locator('main.error-page');
  await main.waitFor();
  return { status: response.status(), heading: await main.getByRole('heading', { level: 1 }).innerText(), main };
}

test('an unknown address is 404 with the organization\'s page, signed out and signed in', async () => {
  const page = await newPage(browser);
  const org = await signUpOrganization(page, { name: 'Gamma Guild' });

  // Signed out: the organization's name and the way to sign in, nothing else of it.
  const visitor = await openUnknown(page, orgUrl(org.slug, '/no/such/page'));
  assert.equal(visitor.status, 404);
  assert.equal(visitor.heading, 'Page not found');
  await page.getByText('Gamma Guild').first().waitFor();
  assert.equal(await page.getByRole('link', { name: 'My learning' }).count(), 0);
  const signInLink = visitor.main.getByRole('link', { name: 'Sign in' });
  assert.deepEqual(await accessibilityProblems(page), []);
  await screenshot(page, '08-not-found-signed-out');
  await signInLink.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/login');

  // Signed in (where the bare "HTTP ERROR 403" was): inside the organization's layout.
  await signIn(page, org.slug, org.admin);
  const member = await openUnknown(page, orgUrl(org.slug, '/no/such/page'));
  assert.equal(member.status, 404);
  assert.equal(member.heading, 'Page not found');
  // The organization's navigation is there (in a closed drawer on a tablet, so attached, not visible).
  await page.locator('vaadin-side-nav-item', { hasText: 'My learning' }).first().waitFor({ state: 'attached' });
  assert.deepEqual(await accessibilityProblems(page), []);
  await screenshot(page, '08-not-found-signed-in');
  await member.main.getByRole('link', { name: 'Go to the start page' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/learn');

  // An unknown course id is the same page, never Vaadin's "Could not navigate".
  const course = await openUnknown(page, orgUrl(org.slug, '/teach/courses/999999'));
  assert.equal(course.status, 404);
  assert.equal(course.heading, 'Page not found');
  assert.doesNotMatch(await page.locator('body').innerText(), /Could not navigate|999999/);
});

test('an unknown address on the base domain is 404 inside the public site', async () => {
  const page = await newPage(browser, { as: 'student' });
  const visitor = await openUnknown(page, appUrl + '/no/such/page');
  assert.equal(visitor.status, 404);
  assert.equal(visitor.heading, 'Page not found');
  assert.deepEqual(await accessibilityProblems(page), []);
  await screenshot(page, '08-not-found-base-domain');
  await visitor.main.getByRole('link', { name: "Go to Lyceum's home page" }).click();
  await page.waitForURL((url) => url.pathname === '/');
});

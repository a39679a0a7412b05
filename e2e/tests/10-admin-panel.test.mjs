// The admin panel in a real browser: the organization's colour, once saved, is the computed primary
// colour of its pages (buttons and the sign-in page a visitor sees), a colour too light for white
// text is refused with its ratio, and the admin pages added for the panel pass axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, signUpOrganization, signIn, orgUrl, settled, screenshot, accessibilityProblems, assignPlan,
} from '../lib/app.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

/** The colour that `var(--lumo-primary-color)` computes to on this page, as rgb(). */
const primaryColour = (page) => page.evaluate(() => {
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'var(--lumo-primary-color)';
  document.body.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
});

test('the brand colour reaches every page, the sign-in included; a colour without contrast is refused', async () => {
  const page = await newPage(browser);
  const org = await signUpOrganization(page, { name: 'Green Guild' });
  await signIn(page, org.slug, org.admin);

  await page.goto(orgUrl(org.slug, '/admin/branding'));
  await settled(page);
  const colour = page.getByRole('textbox', { name: 'Primary colour' });
  await colour.fill('#ffcc00');
  await page.getByRole('button', { name: 'Save' }).click();
  await settled(page);
  await page.getByText(/contrast 1[.,]\d:1; at least 4[.,]5:1 is needed/).first().waitFor();

  await colour.fill('#0a5c36');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/^Saved\./).first().waitFor();

  await page.goto(orgUrl(org.slug, '/admin'));
  await settled(page);
  assert.equal(await primaryColour(page), 'rgb(10, 92, 54)', 'the admin pages');
  await page.goto(orgUrl(org.slug, '/admin/branding'));
  await settled(page);
  const save = page.getByRole('button', { name: 'Save' });
  assert.equal(await save.evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(10, 92, 54)',
    'a primary button');
  await screenshot(page, '10-branding');

  const visitor = await newPage(browser, { as: 'student' });
  await visitor.goto(orgUrl(org.slug, '/login'));
  await settled(visitor);
  assert.equal(await primaryColour(visitor), 'rgb(10, 92, 54)', 'the sign-in page a visitor sees');
  await visitor.context().close();
});

test('the pages of the admin panel pass axe', async () => {
  const page = await newPage(browser);
  const org = await signUpOrganization(page, { name: 'Axe Admins' });
  await assignPlan(browser, org.slug, 'Pro');
  await signIn(page, org.slug, org.admin);
  for (const path of ['/admin/people', '/admin/branding', '/admin/audit', '/admin/reports',
    '/admin/required-training', '/admin/data']) {
    await page.goto(orgUrl(org.slug, path));
    await settled(page);
    assert.equal(new URL(page.url()).pathname, path, `${path} opens`);
    assert.deepEqual(await accessibilityProblems(page), [], `${path} has no serious problems`);
  }
  await page.goto(orgUrl(org.slug, '/admin/audit'));
  await settled(page);
  await page.getByText('Signed in').first().waitFor();
  await screenshot(page, '10-audit');
});

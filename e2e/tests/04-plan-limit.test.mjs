// Scenario 5: a Free organization reaches its course limit; the UI says why and the server refuses
// a course created from a page opened before the limit was reached.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signUpOrganization, signIn, orgUrl, settled, screenshot } from '../lib/app.mjs';
import { createCourse } from '../lib/course.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

test('the Free plan allows 3 courses: the button says why, and the server refuses a fourth', async () => {
  const page = await newPage(browser);
  const org = await signUpOrganization(page);
  await signIn(page, org.slug, org.admin);
  await createCourse(page, org.slug, 'One');
  await createCourse(page, org.slug, 'Two');

  // A second tab opens the "New course" dialog while a place is still free…
  const early = await newPage(browser);
  await signIn(early, org.slug, org.admin);
  await early.goto(orgUrl(org.slug, '/teach/courses'));
  await settled(early);
  await early.getByRole('button', { name: 'New course' }).click();
  const dialog = early.getByRole('dialog', { name: 'New course' });
  await dialog.getByLabel('Title').fill('Four');

  // …the first tab takes the last place…
  await createCourse(page, org.slug, 'Three');
  await page.goto(orgUrl(org.slug, '/teach/courses'));
  await settled(page);
  const reason = 'Your Free plan allows 3 courses. Upgrade your plan to add more.';
  assert.equal(await page.getByRole('button', { name: 'New course' }).isDisabled(), true);
  assert.equal(await page.locator('span.reason').innerText(), reason);
  await screenshot(page, '04-limit-reached');

  // …and the server refuses the early dialog's course with the plan's reason.
  await dialog.getByRole('button', { name: 'Create course' }).click();
  await settled(early);
  await dialog.getByText(reason).waitFor();
  await screenshot(early, '04-refused');
  await page.reload();
  await settled(page);
  for (const title of ['One', 'Two', 'Three']) {
    await page.getByText(title, { exact: true }).waitFor();
  }
  assert.equal(await page.getByText('Four', { exact: true }).count(), 0, 'no fourth course');
});

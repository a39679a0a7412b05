// Grading in a real browser: two learners hand in text; the instructor grades the first, types
// feedback and saves it with Ctrl+Enter while still in the field, moves on with "j" and back with
// "k" — the page never reloads, the address follows the learner — and the grading page passes axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, signUpOrganization, signIn, orgUrl, settled, screenshot, accessibilityProblems, assignPlan,
} from '../lib/app.mjs';
import { createCourse, publishCourse, enrollSelf } from '../lib/course.mjs';
import { invite, acceptInvitation } from '../lib/people.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

test('an instructor grades two learners with keys, moving on without a page load', async () => {
  const page = await newPage(browser);
  const org = await signUpOrganization(page, { name: 'Grading Guild' });
  await assignPlan(browser, org.slug, 'Pro');
  await signIn(page, org.slug, org.admin);

  const courseId = await createCourse(page, org.slug, 'Web development');
  await page.getByRole('button', { name: 'Assignment: add assignment module' }).click();
  await settled(page);
  await page.getByLabel('Title', { exact: true }).fill('Landing page');
  await page.getByLabel('Instructions (Markdown)').fill('Hand in **one** page.');
  await page.getByLabel('Published (visible to students)').check();
  await page.getByRole('button', { name: 'Save module' }).click();
  await settled(page);
  await publishCourse(page);

  for (const [name, email] of [['Ann Learner', 'ann@grading.test'], ['Bob Learner', 'bob@grading.test']]) {
    const link = await invite(page, org.slug, { name, email });
    const learner = await newPage(browser, { as: 'student' });
    await acceptInvitation(learner, link, { email, password: 'hand-it-in-2026' });
    await enrollSelf(learner, org.slug, courseId);
    await learner.getByLabel('Your answer').fill(`${name}'s page, with a *heading*.`);
    await learner.getByRole('button', { name: 'Submit', exact: true }).click();
    await settled(learner);
    await learner.getByText('Submitted', { exact: true }).first().waitFor();
    await learner.context().close();
  }

  await page.goto(orgUrl(org.slug, `/teach/courses/${courseId}/grading`));
  await settled(page);
  await page.getByRole('link', { name: 'Landing page' }).click();
  await settled(page);
  await page.getByRole('heading', { name: 'Ann Learner' }).waitFor();
  await page.evaluate(() => { window.lyceumSamePage = true; });

  await page.getByLabel('Points', { exact: true }).fill('80');
  await page.getByLabel('Points', { exact: true }).press('Tab');
  await settled(page);
  const feedback = page.getByLabel('Feedback', { exact: true });
  await feedback.fill('A clean start: add alt text to the hero image.');
  await feedback.press('Control+Enter');
  await settled(page);
  await page.getByText('All changes saved').waitFor();
  await screenshot(page, '11-grading');

  // Keys act outside the fields: "j" opens Bob in this same page.
  await page.getByRole('heading', { name: 'Ann Learner' }).click();
  await page.keyboard.press('j');
  await settled(page);
  await page.getByRole('heading', { name: 'Bob Learner' }).waitFor();
  assert.equal(await page.evaluate(() => window.lyceumSamePage), true, 'no page load between learners');
  assert.match(page.url(), /\/grading\/\d+\?submission=\d+$/, 'the address names the learner shown');

  await page.keyboard.press('k');
  await settled(page);
  await page.getByRole('heading', { name: 'Ann Learner' }).waitFor();
  assert.equal(await feedback.inputValue(), 'A clean start: add alt text to the hero image.',
    'the feedback saved with Ctrl+Enter is there when coming back');
  assert.equal(await page.getByLabel('Points', { exact: true }).inputValue(), '80');
  assert.equal(await page.evaluate(() => window.lyceumSamePage), true);

  // Typing on Bob's sheet and moving on at once by the button: the text is Bob's, never Ann's.
  await page.keyboard.press('j');
  await settled(page);
  await page.getByRole('heading', { name: 'Bob Learner' }).waitFor();
  await feedback.fill('Bob: the form needs labels.');
  await page.getByRole('button', { name: 'Previous learner' }).click();
  await settled(page);
  await page.getByRole('heading', { name: 'Ann Learner' }).waitFor();
  await page.waitForTimeout(2000); // past the pause after which typed text is sent
  assert.equal(await feedback.inputValue(), 'A clean start: add alt text to the hero image.');
  await page.getByRole('heading', { name: 'Ann Learner' }).click();
  await page.keyboard.press('j');
  await settled(page);
  await page.getByRole('heading', { name: 'Bob Learner' }).waitFor();
  assert.equal(await feedback.inputValue(), 'Bob: the form needs labels.');

  assert.deepEqual(await accessibilityProblems(page), [], 'the grading page has no serious problems');
  await page.goto(orgUrl(org.slug, `/teach/courses/${courseId}/grading`));
  await settled(page);
  assert.deepEqual(await accessibilityProblems(page), [], 'the grading overview has no serious problems');
});

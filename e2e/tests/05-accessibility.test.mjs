// Scenario 6: axe-core finds no serious or critical violations on the pages people use most.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signUpOrganization, signIn, appUrl, orgUrl, settled, screenshot, accessibilityProblems }
  from '../lib/app.mjs';
import { createCourse, addTextModule, publishCourse, enrollSelf } from '../lib/course.mjs';

let browser, page, org, courseId;
before(async () => {
  browser = await launch();
  page = await newPage(browser);
  org = await signUpOrganization(page);
});
after(async () => browser?.close());

async function check(name, open) {
  await open();
  await settled(page);
  await screenshot(page, `05-${name}`);
  const problems = await accessibilityProblems(page);
  assert.deepEqual(problems, [], `${name}: ${problems.join('\n')}`);
}

test('landing page', () => check('landing', () => page.goto(appUrl + '/')));
test('sign-up page', () => check('signup', () => page.goto(appUrl + '/signup')));
test('login page', () => check('login', () => page.goto(orgUrl(org.slug, '/login'))));

test('course builder', async () => {
  await signIn(page, org.slug, org.admin);
  courseId = await createCourse(page, org.slug, 'Accessible course');
  await addTextModule(page, 'First steps', '# Hello\n\nSome **text**.');
  await publishCourse(page);
  await check('builder', () => page.goto(orgUrl(org.slug, `/teach/courses/${courseId}`)));
});

test('catalog', () => check('catalog', () => page.goto(orgUrl(org.slug, '/learn/catalog'))));

test('course page', () => check('course-page', () => page.goto(orgUrl(org.slug, `/learn/courses/${courseId}`))));

test('course player', async () => {
  await enrollSelf(page, org.slug, courseId);
  await check('player', () => page.goto(orgUrl(org.slug, `/learn/courses/${courseId}/play`)));
});

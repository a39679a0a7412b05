// Scenario 4: a student's session on org A is worth nothing on org B's subdomain, and org B's
// course address typed on org A's host is not found.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signUpOrganization, signIn, orgUrl, settled, screenshot } from '../lib/app.mjs';
import { invite, acceptInvitation } from '../lib/people.mjs';
import { createCourse, addTextModule, publishCourse } from '../lib/course.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

test("a session on org A gets org B's login page, and B's course id on A's host is not found", async () => {
  const a = await newPage(browser);
  const orgA = await signUpOrganization(a, { name: 'Alpha Academy' });
  await signIn(a, orgA.slug, orgA.admin);
  const link = await invite(a, orgA.slug, { name: 'Sam Student', email: `sam@${orgA.slug}.test` });

  const b = await newPage(browser);
  const orgB = await signUpOrganization(b, { name: 'Beta Bootcamp' });
  await signIn(b, orgB.slug, orgB.admin);
  const courseB = await createCourse(b, orgB.slug, 'Beta secrets');
  await addTextModule(b, 'Only for Beta', 'Private to Beta.');
  await publishCourse(b);

  const student = await newPage(browser, { as: 'student' });
  await acceptInvitation(student, link, { email: `sam@${orgA.slug}.test`, password: 'Study-Hard-4242' });
  await student.goto(orgUrl(orgA.slug, '/learn'));
  await settled(student);
  await student.getByText('Welcome, Sam Student').waitFor();

  // Same browser, same cookies: B's subdomain asks for B's own login.
  await student.goto(orgUrl(orgB.slug, '/learn'));
  await student.waitForURL((url) => url.host.startsWith(orgB.slug + '.') && url.pathname === '/login');
  await student.getByText('Beta Bootcamp').first().waitFor();
  assert.equal(await student.getByText('Beta secrets').count(), 0);
  await screenshot(student, '03-b-login');

  // B's course id on A's host: A has no such course.
  await student.goto(orgUrl(orgA.slug, '/learn'));
  if (new URL(student.url()).pathname === '/login') {
    await signIn(student, orgA.slug, { email: `sam@${orgA.slug}.test`, password: 'Study-Hard-4242' });
  }
  await student.goto(orgUrl(orgA.slug, `/learn/courses/${courseB}`));
  await settled(student);
  const body = await student.locator('body').innerText();
  assert.match(body, /not found|could not be found|No such course/i, 'answers not found');
  assert.doesNotMatch(body, /Beta secrets|Private to Beta/);
  await screenshot(student, '03-not-found');
});

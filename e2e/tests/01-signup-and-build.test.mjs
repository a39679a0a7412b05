// Scenarios 1 and 2: a visitor signs an organization up; its admin invites an instructor, who
// builds a course (text, video, quiz), reorders it by dragging with the mouse, previews and publishes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signUpOrganization, signIn, orgUrl, settled, screenshot } from '../lib/app.mjs';
import { invite, acceptInvitation } from '../lib/people.mjs';
import { createCourse, addTextModule, addVideoModule, addQuizModule, outlineTitles, dragModule, publishCourse }
  from '../lib/course.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

test('sign-up, instructor by invitation, course built, reordered by drag and drop, previewed, published', async () => {
  const admin = await newPage(browser);
  const org = await signUpOrganization(admin);
  assert.equal(new URL(admin.url()).host.split('.')[0], org.slug, 'lands on its own subdomain');
  await screenshot(admin, '01-signed-up');
  await signIn(admin, org.slug, org.admin);
  await screenshot(admin, '01-admin-home');

  const link = await invite(admin, org.slug, { name: 'Ines Instructor', email: `ines@${org.slug}.test`,
    role: 'Instructor' });
  assert.match(link, new RegExp(`^http://${org.slug}\\.localhost:\\d+/invite/`));
  await screenshot(admin, '01-people');

  const instructor = await newPage(browser);
  await acceptInvitation(instructor, link, { email: `ines@${org.slug}.test`, password: 'Chalk-And-Board-77' });
  const courseId = await createCourse(instructor, org.slug, 'Intro to SQL');
  await addTextModule(instructor, 'Welcome', '# Welcome\n\nTables, rows and **queries**.');
  await addVideoModule(instructor, 'Keynote', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await addQuizModule(instructor, 'Check', 'Which clause filters rows? {=WHERE ~ORDER BY ~GROUP BY}');
  assert.deepEqual(await outlineTitles(instructor), ['Welcome', 'Keynote', 'Check']);

  await dragModule(instructor, 'Check', 'Welcome');
  assert.deepEqual(await outlineTitles(instructor), ['Check', 'Welcome', 'Keynote']);
  await instructor.reload();
  await settled(instructor);
  assert.deepEqual(await outlineTitles(instructor), ['Check', 'Welcome', 'Keynote'], 'the order was stored');
  await screenshot(instructor, '01-builder');

  await instructor.getByRole('button', { name: 'Preview as student' }).click();
  await settled(instructor);
  await instructor.getByText('Which clause filters rows?').or(instructor.getByRole('heading', { name: 'Check' }))
    .first().waitFor();
  await screenshot(instructor, '01-preview');
  await instructor.goto(orgUrl(org.slug, `/teach/courses/${courseId}`));
  await settled(instructor);
  await publishCourse(instructor);

  await admin.goto(orgUrl(org.slug, '/learn/catalog'));
  await settled(admin);
  await admin.getByText('Intro to SQL').first().waitFor();
  await screenshot(admin, '01-catalog');
});

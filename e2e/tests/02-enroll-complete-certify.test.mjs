// Scenario 3: a student self-enrolls (another is enrolled by CSV), completes every module, reaches
// 100 %, downloads the certificate (its text checked) and the verification page confirms it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, signUpOrganization, signIn, orgUrl, settled, screenshot, assignPlan }
  from '../lib/app.mjs';
import { invite, acceptInvitation } from '../lib/people.mjs';
import { createCourse, addTextModule, addVideoModule, addQuizModule, publishCourse, enrollSelf }
  from '../lib/course.mjs';
import { fakeVideoProviders } from '../lib/fake-players.mjs';
import { pdfText } from '../lib/pdf.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

test('self-enrollment and CSV enrollment, every module completed, certificate downloaded and verified', async () => {
  const admin = await newPage(browser);
  const org = await signUpOrganization(admin);
  await assignPlan(browser, org.slug, 'Pro'); // certificates come with the Pro plan
  await signIn(admin, org.slug, org.admin);
  const courseId = await createCourse(admin, org.slug, 'Safe Lifting');
  await addTextModule(admin, 'Posture', 'Bend your knees.');
  await addVideoModule(admin, 'Demonstration', 'https://vimeo.com/76979871');
  await addQuizModule(admin, 'Check', 'What do you bend? {=Knees ~Back}');
  await publishCourse(admin);

  // One student by CSV upload on the learners page: created, enrolled, with an invitation link.
  await admin.goto(orgUrl(org.slug, `/teach/courses/${courseId}/learners`));
  await settled(admin);
  const [chooser] = await Promise.all([admin.waitForEvent('filechooser'),
    admin.getByRole('button', { name: /Upload File/ }).click()]);
  await chooser.setFiles({ name: 'learners.csv', mimeType: 'text/csv',
    buffer: Buffer.from(`email,first_name,last_name,cohort\ncarla@${org.slug}.test,Carla,Csv,Spring\n`) });
  const report = admin.getByRole('dialog');
  const summary = report.getByText(/created and enrolled, \d+ enrolled/);
  await summary.waitFor({ timeout: 30_000 });
  const outcome = await report.locator('vaadin-grid-cell-content').allInnerTexts();
  assert.equal(await summary.innerText(), '1 created and enrolled, 0 enrolled, 0 already enrolled, 0 refused.',
    `CSV enrollment report: ${outcome.join(' ')}`);
  await screenshot(admin, '02-csv-report');
  await report.getByRole('button', { name: 'Close' }).click();
  const learners = admin.locator('main.page');
  await learners.getByText(`carla@${org.slug}.test`).waitFor();
  await learners.getByText('Spring', { exact: true }).waitFor(); // the cohort column

  // The other student is invited, enrolls from the course page and learns.
  const student = { email: `zoe@${org.slug}.test`, password: 'Quiet-River-2026' };
  const link = await invite(admin, org.slug, { name: 'Zoë Łukasiewicz', email: student.email });
  const page = await newPage(browser, { as: 'student' });
  await fakeVideoProviders(page);
  await acceptInvitation(page, link, student);
  await enrollSelf(page, org.slug, courseId);
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await settled(page);
  await page.getByText('33.33 % complete').waitFor();

  await page.getByRole('button', { name: 'Next' }).click();
  await settled(page);
  await page.waitForFunction(() => window.fakeVideo?.attached === 'VIMEO');
  await page.evaluate(() => fakeVideo.play());
  await page.getByText('66.67 % complete').waitFor({ timeout: 20_000 });

  await page.getByRole('button', { name: 'Next' }).click();
  await settled(page);
  await page.getByRole('radio', { name: 'Knees' }).check();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await settled(page);
  await page.getByText('100 % complete').waitFor();
  await page.getByText('Course completed').waitFor();
  await screenshot(page, '02-completed');

  await page.goto(orgUrl(org.slug, '/learn'));
  await settled(page);
  // The certificate is issued by a worker after the completion commits: under load, a moment later.
  const certificateLink = page.getByRole('link', { name: 'Download certificate' });
  for (let tries = 0; tries < 15 && (await certificateLink.count()) === 0; tries++) {
    await page.waitForTimeout(1000);
    await page.reload();
    await settled(page);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), certificateLink.click()]);
  const file = join(tmpdir(), `${org.slug}-certificate.pdf`);
  await download.saveAs(file);
  const text = await pdfText(file);
  assert.match(text, /Zoë Łukasiewicz/);
  assert.match(text, /Safe Lifting/);
  await screenshot(page, '02-my-learning');

  await page.goto(orgUrl(org.slug, '/learn/certificates'));
  await settled(page);
  const verifyPath = await page.getByRole('link', { name: 'Verification page' }).getAttribute('href');
  await page.goto(orgUrl(org.slug, verifyPath));
  await page.getByText('Valid certificate').waitFor();
  assert.match(await page.locator('main').innerText(), /Zoë Łukasiewicz[\s\S]*Safe Lifting[\s\S]*E2E Org/);
  assert.ok(new URL(page.url()).host.startsWith('localhost'), 'verification lives on the base domain');
  await screenshot(page, '02-verified');
});

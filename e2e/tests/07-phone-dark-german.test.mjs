// Scenario 7: the student's pages on a phone (375×667: nothing wider than the screen, controls a
// finger can hit), in dark mode and in German, each checked by axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signUpOrganization, signIn, appUrl, orgUrl, settled, screenshot, accessibilityProblems,
  wideContent } from '../lib/app.mjs';
import { createCourse, addTextModule, publishCourse, enrollSelf } from '../lib/course.mjs';

let browser, org, courseId;
before(async () => {
  browser = await launch();
  const admin = await newPage(browser);
  org = await signUpOrganization(admin);
  await signIn(admin, org.slug, org.admin);
  courseId = await createCourse(admin, org.slug, 'Fire safety for everyone on every floor');
  await addTextModule(admin, 'Where the exits are', '# Exits\n\nEvery floor has **two** exits.');
  await addTextModule(admin, 'What to do when the alarm rings', 'Leave the building calmly.');
  await publishCourse(admin);
  await admin.context().close();
});
after(async () => browser?.close());

/** A page in its own browser context: a phone, a colour scheme, a language. */
async function contextPage({ phone = false, colorScheme = 'light', locale = 'en-US' } = {}) {
  const context = await browser.newContext({
    viewport: phone ? { width: 375, height: 667 } : { width: 1280, height: 900 },
    isMobile: phone,
    hasTouch: phone,
    colorScheme,
    locale,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** Visible buttons smaller than a fingertip (44 px high), by their text. */
async function smallTargets(page) {
  return page.evaluate(() => [...document.querySelectorAll('vaadin-button')]
    .filter((button) => button.offsetParent !== null)
    .filter((button) => button.getBoundingClientRect().height < 44)
    .map((button) => `${button.textContent.trim() || button.getAttribute('aria-label')}: `
      + `${Math.round(button.getBoundingClientRect().height)}px`));
}

test('on a phone every student page fits the screen and its buttons fit a finger', async () => {
  const page = await contextPage({ phone: true });
  const pages = [
    ['login', () => page.goto(orgUrl(org.slug, '/login'))],
    ['signup', () => page.goto(appUrl + '/signup')],
  ];
  for (const [name, open] of pages) {
    await open();
    await settled(page);
    await screenshot(page, `07-phone-${name}`);
    assert.equal(await wideContent(page), null, `${name} is wider than the phone`);
    assert.deepEqual(await smallTargets(page), [], `${name}: buttons smaller than 44 px`);
  }
  await signIn(page, org.slug, org.admin);
  await enrollSelf(page, org.slug, courseId);
  const student = [
    ['player', `/learn/courses/${courseId}/play`],
    ['my-learning', '/learn'],
    ['catalog', '/learn/catalog'],
    ['course-page', `/learn/courses/${courseId}`],
  ];
  for (const [name, path] of student) {
    await page.goto(orgUrl(org.slug, path));
    await settled(page);
    await screenshot(page, `07-phone-${name}`);
    assert.equal(await wideContent(page), null, `${name} is wider than the phone`);
    assert.deepEqual(await smallTargets(page), [], `${name}: buttons smaller than 44 px`);
  }
  await page.context().close();
});

test('on a phone the module list is a drawer: closed over the module, opened from its summary, closed by a choice', async () => {
  const page = await contextPage({ phone: true });
  await signIn(page, org.slug, org.admin);
  await page.goto(orgUrl(org.slug, `/learn/courses/${courseId}/play`));
  await settled(page);
  const list = page.getByRole('navigation', { name: 'Modules' });
  const summary = page.locator('.player-modules summary');
  await page.waitForFunction(() => !document.querySelector('.player-modules').open);
  assert.equal(await list.isVisible(), false, 'the module list stays out of the way on a phone');
  assert.match(await summary.innerText(), /Modules · \d of 2 done/);

  await summary.click();
  await list.waitFor({ state: 'visible' });
  const drawer = await list.boundingBox();
  assert.ok(drawer.x === 0 && drawer.width <= 375 * 0.85 + 1, `a drawer at the left edge: ${JSON.stringify(drawer)}`);
  await screenshot(page, '07-phone-module-drawer');
  await list.getByRole('button', { name: 'What to do when the alarm rings' }).click();
  await settled(page);
  await page.getByRole('heading', { name: 'What to do when the alarm rings' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.player-modules').open);
  assert.equal(await list.isVisible(), false, 'choosing a module closes the drawer');

  // Escape closes it as well, the way a dialog closes.
  await summary.click();
  await list.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden' });
  await page.context().close();
});

test('in dark mode the student pages have no serious accessibility problem', async () => {
  const page = await contextPage({ colorScheme: 'dark' });
  await signIn(page, org.slug, org.admin);
  for (const [name, path] of [['my-learning', '/learn'], ['catalog', '/learn/catalog'],
    ['course-page', `/learn/courses/${courseId}`], ['player', `/learn/courses/${courseId}/play`]]) {
    await page.goto(orgUrl(org.slug, path));
    await settled(page);
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
    await screenshot(page, `07-dark-${name}`);
    const problems = await accessibilityProblems(page);
    assert.deepEqual(problems, [], `${name} in dark mode: ${problems.join('\n')}`);
  }
  await page.context().close();
});

test('a German browser gets the public site, sign-in and the student home in German', async () => {
  const page = await contextPage({ locale: 'de-DE' });
  await page.goto(appUrl + '/');
  await settled(page);
  await page.getByRole('button', { name: 'Kostenlos starten' }).waitFor();
  assert.equal(await page.title(), 'Lyceum · Lernplattform für kleine Organisationen');
  await page.goto(appUrl + '/signup');
  await settled(page);
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await settled(page);
  await page.getByText('Geben Sie den Namen Ihrer Organisation ein').waitFor();
  await page.waitForTimeout(500); // the fields grow their messages with a transition
  await screenshot(page, '07-german-signup');
  let problems = await accessibilityProblems(page);
  assert.deepEqual(problems, [], `sign-up in German: ${problems.join('\n')}`);

  await page.goto(orgUrl(org.slug, '/login'));
  await page.getByLabel('E-Mail-Adresse').fill(org.admin.email);
  await page.getByRole('textbox', { name: 'Passwort' }).fill(org.admin.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto(orgUrl(org.slug, '/learn'));
  await settled(page);
  await page.getByRole('heading', { name: 'Weitermachen, wo Sie aufgehört haben' }).waitFor();
  await screenshot(page, '07-german-my-learning');
  problems = await accessibilityProblems(page);
  assert.deepEqual(problems, [], `My learning in German: ${problems.join('\n')}`);

  // The course page and the player, module by module, in German.
  await page.goto(orgUrl(org.slug, `/learn/courses/${courseId}`));
  await settled(page);
  await page.getByRole('heading', { name: 'Kursinhalt' }).waitFor();
  problems = await accessibilityProblems(page);
  assert.deepEqual(problems, [], `the course page in German: ${problems.join('\n')}`);
  await page.goto(orgUrl(org.slug, `/learn/courses/${courseId}/play`));
  await settled(page);
  const markDone = page.getByRole('button', { name: 'Als erledigt markieren' });
  if (await markDone.isEnabled()) {
    await markDone.click();
    await settled(page);
  }
  await page.getByText(/\d+ % abgeschlossen/).waitFor();
  await page.getByRole('button', { name: /^Weiter: / }).or(page.getByRole('button', { name: 'Zurück zum Kurs' })).first().waitFor();
  await screenshot(page, '07-german-player');
  problems = await accessibilityProblems(page);
  assert.deepEqual(problems, [], `the player in German: ${problems.join('\n')}`);
  await page.context().close();
});

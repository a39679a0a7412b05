// The screenshots of docs/ and the README, taken from the demo organizations of a running app
// (`./mvnw spring-boot:run`): node e2e/docs-screenshots.mjs [http://localhost:8080]
// Desktop, phone (375×667) and dark mode, English and German, with the demo's own course.
import { chromium } from 'playwright-core';

const app = new URL(process.argv[2] ?? 'http://localhost:8080');
const acme = (path) => `${app.protocol}//acme.${app.host}${path}`;
const student = { email: 'student@example.com', password: 'acme-meadow-26' };
const admin = { email: 'admin@example.com', password: 'acme-lantern-26' };
const instructor = { email: 'instructor@example.com', password: 'acme-compass-26' };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync'],
});

async function settled(page) {
  await page.waitForFunction(() => {
    const clients = window.Vaadin?.Flow?.clients;
    return clients && Object.values(clients).every((client) => !client.isActive());
  });
  await page.waitForTimeout(400); // transitions
}

async function signedIn({ phone = false, colorScheme = 'light', locale = 'en-GB', as = student } = {}) {
  const context = await browser.newContext({
    viewport: phone ? { width: 375, height: 667 } : { width: 1280, height: 860 },
    isMobile: phone, hasTouch: phone, colorScheme, locale,
  });
  const page = await context.newPage();
  await page.goto(acme('/login'));
  await page.locator('input[name=username]').fill(as.email);
  await page.locator('input[name=password]').fill(as.password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await settled(page);
  return page;
}

/** The demo's course to take (Acme's catalog also has the bootcamp to grade). */
async function coursePath(page) {
  await page.goto(acme('/learn/catalog'));
  await settled(page);
  await page.locator('vaadin-card', { hasText: 'Workplace Safety Essentials' }).locator('vaadin-button').first().click();
  await settled(page);
  return new URL(page.url()).pathname;
}

const shot = (page, name, fullPage = true) => page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage });

let page = await signedIn();
const course = await coursePath(page);
await shot(page, 'course-page');
await page.goto(acme(`${course}/play`));
await settled(page);
await shot(page, 'course-player');
await page.context().close();

page = await signedIn({ phone: true });
await page.goto(acme(`${course}/play`));
await settled(page);
await page.locator('.player-modules summary').click();
await settled(page);
await shot(page, 'phone-module-drawer', false);
await page.goto(acme(course));
await settled(page);
await shot(page, 'phone-course-page', false);
await page.context().close();

page = await signedIn({ colorScheme: 'dark' });
await page.goto(acme(course));
await settled(page);
await shot(page, 'dark-course-page');
await page.context().close();

page = await signedIn({ locale: 'de-DE' });
await page.goto(acme(`${course}/play`));
await settled(page);
await shot(page, 'german-player');
await page.context().close();

page = await signedIn({ as: admin });
await page.goto(acme('/admin/billing'));
await settled(page);
await shot(page, 'billing');
await page.goto(acme('/admin/email'));
await settled(page);
await shot(page, 'email-preview');
await page.goto(acme('/admin/email/domain'));
await settled(page);
await shot(page, 'sender-domain');
// The admin panel: people, branding, required training, reports, the audit log.
for (const [path, name] of [['/admin/people', 'people'], ['/admin/branding', 'branding'],
  ['/admin/required-training', 'required-training'], ['/admin/reports', 'reports'], ['/admin/audit', 'audit-log']]) {
  await page.goto(acme(path));
  await settled(page);
  await shot(page, name);
}
await page.context().close();

// The instructor grades the demo's bootcamp: the grading view with its rubric, then the gradebook.
page = await signedIn({ as: instructor });
await page.goto(acme('/teach/courses'));
await settled(page);
await page.getByText('Web Development Bootcamp').first().click();
await page.waitForURL(/\/teach\/courses\/\d+$/);
const bootcamp = new URL(page.url()).pathname;
await page.goto(acme(`${bootcamp}/grading`));
await settled(page);
await page.getByRole('link', { name: 'Build a landing page' }).click();
await settled(page);
await page.getByRole('button', { name: /^2 · / }).first().click();
await settled(page);
await shot(page, 'grading-view');
await page.goto(acme(`${bootcamp}/gradebook`));
await settled(page);
await shot(page, 'gradebook');
await page.context().close();

{
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  page = await context.newPage();
  await page.goto(acme('/forgot-password'));
  await settled(page);
  await shot(page, 'forgot-password');
  await context.close();
}

// The console's plans, when the jar was started with a staff account of known password
// (LYCEUM_ADMIN_EMAIL / LYCEUM_ADMIN_PASSWORD in this script's environment too).
const shots = ['course-page', 'course-player', 'phone-module-drawer', 'phone-course-page', 'dark-course-page',
  'german-player', 'billing', 'email-preview', 'sender-domain', 'people', 'branding', 'required-training', 'reports',
  'audit-log', 'grading-view', 'gradebook', 'forgot-password'];
if (process.env.LYCEUM_ADMIN_PASSWORD) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  page = await context.newPage();
  await page.goto(`${app.origin}/login`);
  await page.locator('input[name=username]').fill(process.env.LYCEUM_ADMIN_EMAIL);
  await page.locator('input[name=password]').fill(process.env.LYCEUM_ADMIN_PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto(`${app.origin}/console/plans`);
  await settled(page);
  await shot(page, 'console-plans');
  // The demo's welcome mails, kept in the dev mailbox (no SMTP server configured).
  await page.goto(`${app.origin}/console/mailbox`);
  await settled(page);
  await page.locator('vaadin-grid-cell-content').filter({ hasText: 'Welcome' }).first().click();
  await settled(page);
  await shot(page, 'dev-mailbox');
  // Every organization at a glance, one organization's page, platform health, support access.
  await page.goto(`${app.origin}/console`);
  await settled(page);
  // The figures are counted every 10 minutes; a fresh start has none yet.
  await page.getByRole('button', { name: 'Count figures now' }).click();
  await settled(page);
  await shot(page, 'console');
  await page.goto(`${app.origin}/console/orgs/acme`);
  await settled(page);
  await shot(page, 'console-organization');
  await page.goto(`${app.origin}/console/health`);
  await settled(page);
  await shot(page, 'console-health');
  await page.goto(`${app.origin}/console/support?org=acme`);
  await settled(page);
  await shot(page, 'console-support');
  await context.close();
  shots.push('console-plans', 'dev-mailbox', 'console', 'console-organization', 'console-health', 'console-support');
}

await browser.close();
console.log(`docs/screenshots: ${shots.join(', ')}`);

// Shared steps of the end-to-end scenarios: the browser, the app's address, and the few flows
// every scenario starts with (a fresh organization, signing in).
import { chromium } from 'playwright-core';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';

const axeSource = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

export const appUrl = process.env.LYCEUM_URL ?? 'http://localhost:8080';
const base = new URL(appUrl);

/** The address of an organization's page, e.g. orgUrl('acme', '/learn'). */
export const orgUrl = (slug, path = '/') => `${base.protocol}//${slug}.${base.host}${path}`;

// What the browser's Content-Security-Policy refused on any page of a scenario. Every scenario runs
// against the production jar, whose pages carry the policy: a refusal means the app broke its own rules.
const cspViolations = [];
export const isCspViolation = (text) => /Content Security Policy/i.test(text);

// The screens a run plays its scenarios on. LYCEUM_SCREENS=small (the suite's second pass): students
// on a 375×667 phone, instructors and admins on a 768×1024 tablet; every settled page is then
// checked for content wider than the screen, collected like the policy's refusals.
export const smallScreens = process.env.LYCEUM_SCREENS === 'small';
const SCREENS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true },
  tablet: { viewport: { width: 768, height: 1024 }, hasTouch: true },
};
const tooWide = [];

/** The browser; closing it fails the scenario if the policy refused anything on its pages. */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    if (cspViolations.length > 0) {
      throw new Error(`The Content-Security-Policy refused ${cspViolations.length} thing(s):\n`
        + cspViolations.join('\n'));
    }
    if (tooWide.length > 0) {
      throw new Error(`Pages wider than their screen:\n${[...new Set(tooWide)].join('\n')}`);
    }
  };
  return browser;
}

/**
 * A new page whose Vaadin round trips are awaited by the helpers below. Its policy refusals are
 * collected for launch()'s check, unless the scenario provokes them on purpose (watchCsp: false).
 * A student's page (as: 'student') is a phone in the small-screens pass, anyone else's a tablet.
 */
export async function newPage(browser, { watchCsp = true, as = 'staff' } = {}) {
  const screen = !smallScreens ? SCREENS.desktop : as === 'student' ? SCREENS.phone : SCREENS.tablet;
  const context = await browser.newContext({ ...screen, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  if (watchCsp) {
    page.on('console', (message) => {
      if (isCspViolation(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
    });
  }
  return page;
}

mkdirSync('e2e/screenshots', { recursive: true });
export const screenshot = (page, name) =>
  page.screenshot({ path: `e2e/screenshots/${smallScreens ? 'small-' : ''}${name}.png`, fullPage: true });

/** Content wider than the page's screen ("812px on a 375px screen"), or null when it fits. */
export async function wideContent(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth > root.clientWidth + 1 ? `${root.scrollWidth}px on a ${root.clientWidth}px screen` : null;
  });
}

/** Waits until Vaadin has no request in flight, so that the server's answer is on the page. */
export async function settled(page) {
  await page.waitForFunction(() => {
    const clients = window.Vaadin?.Flow?.clients;
    return clients && Object.values(clients).every((client) => !client.isActive());
  });
  if (smallScreens) {
    const wide = await wideContent(page).catch(() => null); // a page that navigated away meanwhile
    if (wide) tooWide.push(`${new URL(page.url()).pathname}: ${wide}`);
  }
}

export const unique = (prefix) => `${prefix}-${randomBytes(3).toString('hex')}`;

/**
 * Signs a new organization up through the public form and returns its slug and admin login.
 * The browser ends on the organization's login page.
 */
export async function signUpOrganization(page, { name = unique('E2E Org') } = {}) {
  const slug = unique('e2e');
  const admin = { email: `admin@${slug}.test`, password: 'Correct-Horse-42', name: 'Ada Admin' };
  await page.goto(appUrl + '/signup');
  await page.getByLabel('Organization name').fill(name);
  await page.getByLabel('Organization name').blur();
  await settled(page); // the form suggests an address from the name; ours replaces it
  await page.getByLabel('Address').fill(slug);
  await page.getByLabel('Your name').fill(admin.name);
  await page.getByLabel('Your email').fill(admin.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(admin.password);
  await page.getByRole('button', { name: 'Create my organization' }).click();
  await page.waitForURL((url) => url.host.startsWith(slug + '.'));
  return { slug, name, admin };
}

export async function signIn(page, slug, { email, password }) {
  await page.goto(orgUrl(slug, '/login'));
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await settled(page);
}

/** Platform staff sign in on the base domain (the run's own staff account, see run.sh). */
export async function signInAsStaff(page) {
  await page.goto(appUrl + '/login');
  await page.getByLabel('Email').fill(process.env.LYCEUM_STAFF_EMAIL ?? 'staff@e2e.test');
  await page.getByRole('textbox', { name: 'Password' }).fill(process.env.LYCEUM_STAFF_PASSWORD ?? '');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await settled(page);
}

/** Staff put an organization on a plan from the console (billing off). */
export async function assignPlan(browser, slug, planName) {
  const page = await newPage(browser);
  await signInAsStaff(page);
  await page.goto(appUrl + '/console');
  await settled(page);
  await page.getByRole('button', { name: `Change plan of ${slug}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('vaadin-select').click();
  await page.getByRole('option', { name: planName, exact: true }).click();
  await dialog.getByRole('button', { name: 'Save plan' }).click();
  await settled(page);
  await page.context().close();
}

/** Runs axe-core on the page; returns its serious and critical violations (id: nodes). */
export async function accessibilityProblems(page) {
  // A notification fading in is scanned with its colours half-blended: wait until it has opened.
  await page.waitForFunction(() => [...document.querySelectorAll('vaadin-notification-card')]
    .every((card) => !card.hasAttribute('opening')));
  await page.waitForTimeout(50);
  // Evaluated by the browser's DevTools protocol: a <script> tag would be refused by the page's CSP.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — `
      + violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; '));
}

// Scenario 7: what the hardening promises, seen from a browser: Vaadin's pages carry a nonce-based
// Content-Security-Policy under which injected script does not run (and the app still works), and
// uploads are limited by one configuration, in the browser and on the server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { launch, newPage, signUpOrganization, signIn, orgUrl, settled, screenshot, isCspViolation }
  from '../lib/app.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

/** A file the server takes for a PNG (it checks the signature), of the given size. */
const png = (bytes) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  randomBytes(bytes - 8)]);

test('the page policy has a fresh nonce, injected script is refused, and the app works under it', async () => {
  // This page provokes refusals on purpose; they are checked here, not counted against the run.
  const page = await newPage(browser, { watchCsp: false });
  const refused = [];
  page.on('console', (message) => { if (isCspViolation(message.text())) refused.push(message.text()); });
  const org = await signUpOrganization(page);

  const first = await page.goto(orgUrl(org.slug, '/login'));
  const policy = first.headers()['content-security-policy'];
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  assert.ok(nonce, `a nonce in the policy: ${policy}`);
  assert.match(policy, /script-src 'self' 'nonce-[^']+' 'unsafe-eval'/);
  assert.doesNotMatch(policy, /script-src[^;]*'unsafe-inline'/);
  assert.match(policy, /frame-ancestors 'none'/);
  assert.equal(first.headers()['x-content-type-options'], 'nosniff');
  assert.equal(first.headers()['referrer-policy'], 'same-origin');
  const again = await page.goto(orgUrl(org.slug, '/login'));
  assert.notEqual(/'nonce-([^']+)'/.exec(again.headers()['content-security-policy'])?.[1], nonce,
    'a new nonce per page');
  await settled(page);

  // What an attacker's stored markup would try: an inline handler and a script without the nonce.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img id="injected" src="data:," onerror="window.__handlerRan = true">');
    const script = document.createElement('script');
    script.textContent = 'window.__scriptRan = true;';
    document.body.append(script);
  });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__handlerRan), undefined, 'the injected handler ran');
  assert.equal(await page.evaluate(() => window.__scriptRan), undefined, 'the injected script ran');
  assert.ok(refused.some((text) => /inline/i.test(text)), `the browser reported the refusal: ${refused.join(' | ')}`);

  // Vaadin itself runs under the policy: signing in and opening pages works.
  await signIn(page, org.slug, org.admin);
  await page.goto(orgUrl(org.slug, '/teach/courses'));
  await settled(page);
  await page.getByRole('button', { name: 'New course' }).waitFor();
  await screenshot(page, '06-csp-signed-in');
});

test('images up to the configured 5 MB upload; larger ones are refused in the browser and by the server', async () => {
  const page = await newPage(browser);
  const org = await signUpOrganization(page);
  await signIn(page, org.slug, org.admin);
  await page.goto(orgUrl(org.slug, '/teach/courses'));
  await page.getByRole('button', { name: 'New course' }).click();
  const dialog = page.getByRole('dialog', { name: 'New course' });
  await dialog.getByText('Cover image (PNG, JPEG, GIF, WebP, up to 5 MB)').waitFor();

  // 2 MB: more than Spring Boot's default 1 MB, within what the page says.
  await dialog.locator('vaadin-upload input[type=file]').setInputFiles(
    { name: 'cover.png', mimeType: 'image/png', buffer: png(2 * 1024 * 1024) });
  const cover = dialog.getByRole('img', { name: 'Cover image' });
  await cover.waitFor();
  assert.match(await cover.getAttribute('src'), /^\/files\/[0-9a-f-]{36}$/);

  // 6 MB through the component: refused before it is sent, in the page's words.
  await dialog.locator('vaadin-upload input[type=file]').setInputFiles(
    { name: 'huge.png', mimeType: 'image/png', buffer: png(6 * 1024 * 1024) });
  await page.locator('vaadin-notification-card').filter({ hasText: 'at most 5 MB' }).first().waitFor();

  // 6 MB sent straight to the upload's address, as a script would: the server answers 413. (From the
  // page, whose cookies and address it shares: Node's own client cannot resolve *.localhost.)
  const refused = await dialog.locator('vaadin-upload').evaluate(async (upload, size) => {
    const body = new Uint8Array(size);
    body.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const response = await fetch(new URL(upload.target, document.baseURI), {
      method: 'POST', headers: { 'Content-Type': 'image/png', 'X-Filename': 'huge.png' }, body,
    });
    return { status: response.status, text: await response.text() };
  }, 6 * 1024 * 1024);
  assert.equal(refused.status, 413, refused.text);
  assert.match(refused.text, /at most 5 MB/);
  await screenshot(page, '06-upload-limits');
});

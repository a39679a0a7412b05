// Issue #13: reordering the course outline from the keyboard keeps the focus on the row that moved,
// so a keyboard user carries on where they were instead of starting again from the top of the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signUpOrganization, signIn, settled, screenshot } from '../lib/app.mjs';
import { createCourse, addTextModule, outlineTitles } from '../lib/course.mjs';

let browser, page;
before(async () => {
  browser = await launch();
  page = await newPage(browser);
  const org = await signUpOrganization(page);
  await signIn(page, org.slug, org.admin);
  await createCourse(page, org.slug, 'Reordered by keyboard');
  for (const title of ['One', 'Two', 'Three']) await addTextModule(page, title, `# ${title}`);
});
after(async () => browser?.close());

/** What has the focus: a button's accessible name, else the element's tag. */
const focused = () => page.evaluate(() => {
  const active = document.activeElement;
  return active?.getAttribute('aria-label') ?? active?.tagName.toLowerCase() ?? '(nothing)';
});

async function expectFocusOn(label) {
  try {
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, label,
      { timeout: 5_000 });
  } catch {
    assert.fail(`after the move the focus should be on "${label}", but it is on ${await focused()}`);
  }
}

test('a row moved with its keyboard buttons keeps the focus, and the next key press moves it again', async () => {
  assert.deepEqual(await outlineTitles(page), ['One', 'Two', 'Three']);
  await page.getByRole('button', { name: 'Move Two down' }).focus();

  await page.keyboard.press('Enter');
  await settled(page);
  assert.deepEqual(await outlineTitles(page), ['One', 'Three', 'Two']);
  // At the bottom "down" is disabled: the focus goes to the row's other move button.
  await expectFocusOn('Move Two up');

  await page.keyboard.press('Enter');
  await settled(page);
  assert.deepEqual(await outlineTitles(page), ['One', 'Two', 'Three']);
  await expectFocusOn('Move Two up');

  await page.keyboard.press('Space');
  await settled(page);
  assert.deepEqual(await outlineTitles(page), ['Two', 'One', 'Three']);
  await expectFocusOn('Move Two down');
  await screenshot(page, '09-keyboard-reorder');
});

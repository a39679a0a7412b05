// Course steps through the real UI: the course list, the builder, the student's course page.
import { orgUrl, settled } from './app.mjs';

/** Creates a course from the course list and returns its id (the builder opens on it). */
export async function createCourse(page, slug, title) {
  await page.goto(orgUrl(slug, '/teach/courses'));
  await page.getByRole('button', { name: 'New course' }).click();
  const dialog = page.getByRole('dialog', { name: 'New course' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Create course' }).click();
  await page.waitForURL(/\/teach\/courses\/\d+$/);
  await settled(page);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** Adds a published module in the open builder; `fill` types the kind's own fields. */
async function addModule(page, kind, title, fill) {
  await page.getByRole('button', { name: `Add ${kind}` }).click();
  await settled(page);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await fill();
  await page.getByLabel('Published (visible to students)').check();
  await page.getByRole('button', { name: 'Save module' }).click();
  await settled(page);
}

export const addVideoModule = (page, title, link) =>
  addModule(page, 'video', title, () => page.getByLabel('Video link').fill(link));

export const addTextModule = (page, title, markdown) =>
  addModule(page, 'text', title, () => page.getByLabel('Text (Markdown)').fill(markdown));

/** Adds a published quiz from GIFT text in the open builder. */
export async function addQuizModule(page, title, gift) {
  await page.getByRole('button', { name: 'Add quiz' }).click();
  await settled(page);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Import GIFT…' }).click();
  const importing = page.getByRole('dialog', { name: 'Import questions in GIFT format' });
  await importing.getByLabel('Paste GIFT text').fill(gift);
  await importing.getByRole('button', { name: 'Import' }).click();
  await settled(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Published (visible to students)').check();
  await page.getByRole('button', { name: 'Save module' }).click();
  await settled(page);
}

/** The outline's row titles, top to bottom. */
export async function outlineTitles(page) {
  return page.locator('vaadin-grid-cell-content .outline-title').allInnerTexts();
}

/** Drags the row of one module onto the upper edge of another's, with the mouse. */
export async function dragModule(page, title, aboveTitle) {
  const row = (text) => page.locator('vaadin-grid-cell-content', { hasText: text }).first();
  const target = await row(aboveTitle).boundingBox();
  await row(title).dragTo(row(aboveTitle), { targetPosition: { x: target.width / 2, y: 2 } });
  await settled(page);
}

export async function publishCourse(page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await settled(page);
  await page.getByRole('button', { name: 'Unpublish' }).waitFor();
}

/** The signed-in member enrolls from the course page and lands in the player. */
export async function enrollSelf(page, slug, courseId) {
  await page.goto(orgUrl(slug, `/learn/courses/${courseId}`));
  await page.getByRole('button', { name: 'Enroll' }).click();
  try {
    await page.waitForURL(/\/play/, { timeout: 10_000 });
  } catch {
    // Say what the student saw rather than only that the player never came.
    const said = await page.locator('vaadin-notification-card').allInnerTexts();
    throw new Error(`Enrolling in course ${courseId} did not open the player; the page said: `
      + (said.join(' | ') || '(nothing)'));
  }
  await settled(page);
}

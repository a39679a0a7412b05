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

export async function publishCourse(page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await settled(page);
  await page.getByRole('button', { name: 'Unpublish' }).waitFor();
}

/** The signed-in member enrolls from the course page and lands in the player. */
export async function enrollSelf(page, slug, courseId) {
  await page.goto(orgUrl(slug, `/learn/courses/${courseId}`));
  await page.getByRole('button', { name: 'Enroll' }).click();
  await page.waitForURL(/\/play/);
  await settled(page);
}

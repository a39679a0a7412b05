// Issue "students learn": a video module completes once the student has watched 90 % of it, as
// reported by the provider's player (YouTube, Vimeo, Cloudflare Stream); skipping ahead does not count.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signUpOrganization, signIn, orgUrl, settled, screenshot } from '../lib/app.mjs';
import { createCourse, addVideoModule, publishCourse, enrollSelf } from '../lib/course.mjs';
import { fakeVideoProviders } from '../lib/fake-players.mjs';

const videos = [
  { provider: 'YOUTUBE', title: 'On YouTube', link: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
  { provider: 'VIMEO', title: 'On Vimeo', link: 'https://vimeo.com/76979871' },
  { provider: 'CLOUDFLARE_STREAM', title: 'On Cloudflare', link: 'https://iframe.videodelivery.net/5d5bc37ffcf54c9b82e996823bffbb81' },
];

let browser, page, org, courseId;

before(async () => {
  browser = await launch();
  page = await newPage(browser);
  await fakeVideoProviders(page);
  org = await signUpOrganization(page);
  await signIn(page, org.slug, org.admin);
  courseId = await createCourse(page, org.slug, 'Watching videos');
  for (const video of videos) await addVideoModule(page, video.title, video.link);
  await publishCourse(page);
  await enrollSelf(page, org.slug, courseId);
});

after(async () => browser?.close());

const moduleLink = (title) => page.getByRole('navigation', { name: 'Modules' }).getByRole('button', { name: title });

for (const video of videos) {
  test(`${video.provider}: skipping ahead does not count, watching 90 % completes the module`, async () => {
    await moduleLink(video.title).click();
    await settled(page);
    await page.waitForFunction((provider) => window.fakeVideo?.attached === provider, video.provider);

    // Watch a second, jump to 7 s of 8 while playing, watch the end: 2 s watched, 25 %.
    await page.evaluate(() => fakeVideo.play());
    await page.waitForFunction(() => fakeVideo.time >= 1);
    await page.evaluate(() => fakeVideo.seek(7));
    await page.waitForFunction(() => !fakeVideo.playing);
    await page.waitForTimeout(300);
    await settled(page);
    assert.equal(await moduleLink(video.title).getAttribute('aria-label'), null, 'skipping ahead must not complete it');

    // Now from the start: with the end already seen, the whole video has been watched.
    await page.evaluate(() => { fakeVideo.seek(0); fakeVideo.play(); });
    await moduleLink(`${video.title}, done`).waitFor({ timeout: 15_000 });
    await page.getByText('Video completed').first().waitFor();
    await screenshot(page, `video-${video.provider.toLowerCase()}`);
  });
}

test('every video watched: the course is complete', async () => {
  await page.goto(orgUrl(org.slug, `/learn/courses/${courseId}/play`));
  await settled(page);
  await page.getByText('100 % complete').waitFor();
  await page.getByText('Course completed').waitFor();
});

test('a video whose player cannot load says why and links to the video instead of an empty box', async () => {
  const offline = await newPage(browser);
  // As on a closed network: the provider answers nothing, neither its API nor its embed.
  for (const host of ['https://www.youtube.com/**', 'https://www.youtube-nocookie.com/**']) {
    await offline.route(host, (route) => route.abort('internetdisconnected'));
  }
  await signIn(offline, org.slug, org.admin);
  await offline.goto(orgUrl(org.slug, `/learn/courses/${courseId}/play`));
  await settled(offline);
  await offline.getByRole('navigation', { name: 'Modules' }).getByRole('button', { name: /On YouTube/ }).click();
  await settled(offline);
  await offline.getByText('This video cannot be played here').waitFor();
  const link = offline.getByRole('link', { name: 'Open the video on YouTube' });
  assert.equal(await link.getAttribute('href'), videos[0].link);
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await offline.locator('.video-frame iframe').isVisible(), false, 'the empty player box is gone');
  await screenshot(offline, 'video-unavailable');
  await offline.close();
});

// Serves fakes of the video providers' player APIs and embeds, so that watching can be tested
// without the internet. The fakes speak each provider's documented JavaScript API.
import { readFileSync } from 'node:fs';

const fake = (name) => readFileSync(new URL(`../fakes/${name}`, import.meta.url), 'utf8');
const script = (name) => ({ status: 200, contentType: 'text/javascript', body: fake('video.js') + fake(name) });
const blank = { status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title><p>video</p>' };

export async function fakeVideoProviders(page) {
  await page.route('https://www.youtube.com/iframe_api', (route) => route.fulfill(script('youtube-iframe-api.js')));
  await page.route('https://player.vimeo.com/api/player.js', (route) => route.fulfill(script('vimeo-player.js')));
  await page.route('https://embed.cloudflarestream.com/**', (route) => route.fulfill(script('stream-sdk.js')));
  for (const embed of ['https://www.youtube-nocookie.com/embed/**', 'https://player.vimeo.com/video/**',
    'https://iframe.videodelivery.net/**']) {
    await page.route(embed, (route) => route.fulfill(blank));
  }
}

// Fake of https://embed.cloudflarestream.com/embed/sdk.latest.js: Stream(iframe) over the fake video.
(() => {
  const video = window.fakeVideo;
  window.Stream = () => {
    video.attached = 'CLOUDFLARE_STREAM';
    return {
      addEventListener(name, listener) { video.on(name, listener); },
      get currentTime() { return video.time; },
      get duration() { return video.duration; },
      get paused() { return !video.playing; },
    };
  };
})();

// Fake of https://player.vimeo.com/api/player.js: Vimeo.Player over the fake video.
(() => {
  const video = window.fakeVideo;
  const data = () => ({ seconds: video.time, duration: video.duration, percent: video.time / video.duration });
  class Player {
    constructor() { video.attached = 'VIMEO'; }
    on(name, callback) { video.on(name, () => callback(data())); }
  }
  window.Vimeo = { Player };
})();

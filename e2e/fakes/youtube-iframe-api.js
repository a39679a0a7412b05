// Fake of https://www.youtube.com/iframe_api: YT.Player over the fake video (fakes/video.js).
(() => {
  const video = window.fakeVideo;
  const PlayerState = { ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3 };
  class Player {
    constructor(iframe, { events }) {
      video.attached = 'YOUTUBE';
      const state = (data) => events.onStateChange?.({ data, target: this });
      video.on('play', () => state(PlayerState.PLAYING));
      video.on('pause', () => state(PlayerState.PAUSED));
      video.on('ended', () => state(PlayerState.ENDED));
    }
    getCurrentTime() { return video.time; }
    getDuration() { return video.duration; }
  }
  window.YT = { Player, PlayerState };
  setTimeout(() => window.onYouTubeIframeAPIReady?.(), 0);
})();

// Body of Element.executeJs on a module's player: `this` is the <video> or the provider's <iframe>,
// $0 the player view (its $server.watched receives the figures), $1 the provider, $2 the module's id
// (a late report from a player the student already left must not count for the next module).
//
// When the player cannot load (the provider's API or the video itself: offline, blocked, removed,
// private), the view is told ($server.videoUnavailable) and shows a message and a link instead.
//
// The server is told how many seconds the student actually watched: the union of the stretches
// that played at about the speed of the clock. Seeking ahead adds nothing; watching a part twice
// counts once. Reports go out at most every five seconds and on pause and end.
const media = this, view = $0, provider = $1, moduleId = $2;
const ranges = [];
let last = null, duration = 0, reportedAt = 0;

const add = (from, to) => {
  ranges.push([from, to]);
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = ranges.length - 1; i > 0; i--) {
    if (ranges[i][0] <= ranges[i - 1][1]) {
      ranges[i - 1][1] = Math.max(ranges[i - 1][1], ranges[i][1]);
      ranges.splice(i, 1);
    }
  }
};
const unavailable = () => {
  if (media.isConnected) view.$server.videoUnavailable(moduleId);
};
const watched = () => ranges.reduce((sum, [from, to]) => sum + to - from, 0);
const report = () => {
  reportedAt = Date.now();
  if (media.isConnected) view.$server.watched(moduleId, watched(), duration);
};
// One observation of the player: where it is, how long the video is, whether it is playing.
const sample = (position, total, playing) => {
  if (total > 0) duration = total;
  const now = Date.now();
  if (last) {
    const advanced = position - last.position, elapsed = (now - last.at) / 1000;
    // Up to double speed plus timer jitter is watching; anything further is a seek.
    if (advanced > 0 && advanced <= elapsed * 2 + 1) add(last.position, position);
  }
  last = playing ? { position, at: now } : null;
  if (!playing || now - reportedAt > 5000) report();
};

// Each provider's own player API, loaded once per page.
const scripts = (window.lyceumPlayerScripts ??= {});
const load = (src) => (scripts[src] ??= new Promise((resolve, reject) => {
  const script = document.createElement('script');
  script.src = src;
  script.onload = resolve;
  script.onerror = () => { delete scripts[src]; reject(new Error('Could not load ' + src)); };
  document.head.append(script);
}));
const youtubeApi = () => new Promise((resolve, reject) => {
  if (window.YT && window.YT.Player) return resolve(window.YT);
  const previous = window.onYouTubeIframeAPIReady;
  window.onYouTubeIframeAPIReady = () => { if (previous) previous(); resolve(window.YT); };
  load('https://www.youtube.com/iframe_api').catch(reject);
});

const trackers = {
  HTML5() {
    // The browser keeps the ranges it really played in `played`.
    const reportPlayed = () => {
      if (!media.isConnected) return;
      let played = 0;
      for (let i = 0; i < media.played.length; i++) played += media.played.end(i) - media.played.start(i);
      reportedAt = Date.now();
      view.$server.watched(moduleId, played, media.duration || 0);
    };
    // The file itself did not load (or could not be decoded): perhaps already before this script ran.
    media.addEventListener('error', unavailable);
    if (media.error || media.networkState === HTMLMediaElement.NETWORK_NO_SOURCE) unavailable();
    media.addEventListener('timeupdate', () => { if (Date.now() - reportedAt > 5000) reportPlayed(); });
    media.addEventListener('pause', reportPlayed);
    media.addEventListener('ended', reportPlayed);
    return Promise.resolve();
  },
  YOUTUBE: () => youtubeApi().then((YT) => {
    let timer = null;
    const player = new YT.Player(media, {
      events: {
        // Not found, private, not embeddable, or the player failed (codes 2, 5, 100, 101, 150).
        onError: unavailable,
        onStateChange: (event) => {
          const playing = event.data === YT.PlayerState.PLAYING;
          sample(player.getCurrentTime(), player.getDuration(), playing);
          clearInterval(timer);
          if (playing) {
            // The IFrame API has no time events: poll while it plays.
            timer = setInterval(() => {
              if (!media.isConnected) return clearInterval(timer);
              sample(player.getCurrentTime(), player.getDuration(), true);
            }, 1000);
          }
        },
      },
    });
  }),
  VIMEO: () => load('https://player.vimeo.com/api/player.js').then(() => {
    const player = new window.Vimeo.Player(media);
    // ready() fails when the iframe holds no playable video (removed, private, not reachable).
    if (typeof player.ready === 'function') player.ready().catch(unavailable);
    let playing = false;
    player.on('timeupdate', (data) => sample(data.seconds, data.duration, playing));
    player.on('play', (data) => { playing = true; last = { position: data.seconds, at: Date.now() }; });
    // A seek while paused is not watching: only while playing does it restart the stretch.
    player.on('seeked', (data) => { if (playing) last = { position: data.seconds, at: Date.now() }; });
    player.on('pause', (data) => { playing = false; sample(data.seconds, data.duration, false); });
    player.on('ended', (data) => { playing = false; sample(data.seconds, data.duration, false); });
  }),
  CLOUDFLARE_STREAM: () => load('https://embed.cloudflarestream.com/embed/sdk.latest.js').then(() => {
    const player = window.Stream(media);
    player.addEventListener('error', unavailable);
    player.addEventListener('timeupdate', () => sample(player.currentTime, player.duration, !player.paused));
    const restart = () => { if (!player.paused) last = { position: player.currentTime, at: Date.now() }; };
    player.addEventListener('play', restart);
    player.addEventListener('seeked', restart);
    player.addEventListener('pause', () => sample(player.currentTime, player.duration, false));
    player.addEventListener('ended', () => sample(player.currentTime, player.duration, false));
  }),
};
const track = trackers[provider] || trackers.HTML5;
track().catch((error) => {
  // The provider's player API did not load: neither will its player, on the same network.
  console.warn('Lyceum: this video\'s player did not load', error);
  unavailable();
});

// A stand-in for a provider's player (these machines cannot reach YouTube, Vimeo or Cloudflare):
// an 8-second video whose clock the test drives with play(), pause() and seek().
(() => {
  const listeners = {};
  const video = {
    duration: 8, time: 0, playing: false, timer: null,
    on(name, listener) { (listeners[name] ??= []).push(listener); },
    emit(name) { (listeners[name] ?? []).forEach((listener) => listener()); },
    play() {
      if (this.playing) return;
      this.playing = true;
      this.emit('play');
      this.timer = setInterval(() => {
        this.time = Math.min(this.duration, this.time + 0.25);
        this.emit('timeupdate');
        if (this.time >= this.duration) {
          clearInterval(this.timer);
          this.playing = false;
          this.emit('ended');
        }
      }, 250);
    },
    pause() {
      if (!this.playing) return;
      clearInterval(this.timer);
      this.playing = false;
      this.emit('pause');
    },
    seek(time) {
      this.time = time;
      this.emit('seeked');
      this.emit('timeupdate');
    },
  };
  window.fakeVideo = video;
})();

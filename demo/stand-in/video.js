/* Stand-in video player: a play/pause toggle and a clock; tells the demo page it loaded. */
(() => {
  var player = document.querySelector('.player');
  var button = document.querySelector('.play');
  var label = document.querySelector('.play-label');
  var clock = document.querySelector('.now');
  var seconds = 0;
  var timer = null;

  function tick() {
    seconds = Math.min(seconds + 1, 161);
    clock.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  }

  button.addEventListener('click', () => {
    var playing = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(playing));
    label.textContent = playing ? 'Pause' : 'Play';
    player.classList.toggle('playing', playing);
    if (playing) timer = setInterval(tick, 1000);
    else clearInterval(timer);
  });

  // The demo's tag monitor lists this embed as loaded (same origin only).
  if (window.parent !== window) {
    window.parent.postMessage({ consentryDemo: 'stand-in', name: 'video' }, location.origin);
  }
})();

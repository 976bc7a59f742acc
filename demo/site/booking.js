/*
 * Booking form stand-in: nothing is sent. A valid submission clears the form and says so.
 * Without JavaScript the form posts to /booking, which the demo server discards.
 */
(() => {
  const form = document.getElementById('booking-form');
  const status = document.getElementById('booking-status');

  function done() {
    status.textContent =
      'Thank you. This is a demo, so your request went nowhere and nothing was stored. On the real site, the spa would now call or email you to confirm.';
    status.classList.add('is-done');
  }

  if (new URLSearchParams(location.search).has('demo-request')) done();

  // The browser's own validation runs first: `submit` fires only for a valid form.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.reset();
    done();
  });
})();

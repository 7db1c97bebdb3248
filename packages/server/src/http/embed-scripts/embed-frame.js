// Runs inside /embed: tells the framing page how tall the widget is, so the
// page can size the iframe to it (no inner scrollbar). Served as /embed-frame.js.
(function () {
  if (window.parent === window) return;
  var body = document.body,
    last = -1;
  function send() {
    var h = Math.ceil(body.getBoundingClientRect().bottom + parseFloat(getComputedStyle(body).marginBottom || '0'));
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: 'slotkit:resize', height: h }, '*');
  }
  new ResizeObserver(send).observe(body);
  addEventListener('load', send);
})();

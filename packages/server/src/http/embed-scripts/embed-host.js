// Slotkit iframe helper: include next to <iframe src="https://HOST/embed?…">
// as a classic script. Served as /embed.js (comments stripped). It sizes each
// iframe to its content, tells each frame the page it is on (Checkout returns
// there with slotkit_session and slotkit_widget=<frame id, else frame-N>),
// hands the one frame named by slotkit_widget its return, then removes those
// parameters from the address bar (after load: widget.js may read them too).
(function () {
  var s = document.currentScript;
  if (!s || window.slotkitEmbed) return;
  window.slotkitEmbed = 1;
  var origin = new URL(s.src).origin,
    u = new URL(location.href),
    q = u.searchParams,
    back = {
      session: q.get('slotkit_session'),
      widget: q.get('slotkit_widget'),
      cancelled: q.has('slotkit_cancelled'),
    };
  ['session', 'widget', 'cancelled'].forEach(function (k) {
    q.delete('slotkit_' + k);
  });
  var page = u.href;
  function strip() {
    if (back.session) history.replaceState(history.state, '', page);
  }
  if (document.readyState == 'complete') setTimeout(strip);
  else addEventListener('load', strip);
  function each(fn) {
    var all = document.getElementsByTagName('iframe');
    for (var i = 0, n = 0; i < all.length; i++) {
      try {
        if (new URL(all[i].src, location.href).origin == origin) fn(all[i], all[i].id || 'frame-' + n++);
      } catch (e) {
        // a frame whose src is not a URL is not ours
      }
    }
  }
  function tell(win) {
    each(function (f, id) {
      var w = f.contentWindow;
      if (!w || (win && w != win)) return;
      w.postMessage({ type: 'slotkit:host', page: page, instance: id, back: back.widget == id ? back : null }, origin);
    });
  }
  addEventListener('message', function (e) {
    var d = e.data || {},
      h = Number(d.height);
    if (e.origin != origin) return;
    if (d.type == 'slotkit:hello') tell(e.source);
    if (d.type == 'slotkit:resize' && h > 0 && h < 20000)
      each(function (f) {
        if (f.contentWindow == e.source) f.style.height = Math.ceil(h) + 'px';
      });
  });
  tell();
})();

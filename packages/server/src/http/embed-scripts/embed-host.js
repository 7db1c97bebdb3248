// Slotkit iframe sizing: include next to <iframe src="https://HOST/embed?…">
// as a classic script. Served as /embed.js.
(function () {
  var s = document.currentScript;
  if (!s || window.slotkitEmbed) return;
  window.slotkitEmbed = 1;
  var origin = new URL(s.src).origin;
  addEventListener('message', function (e) {
    var d = e.data,
      h = d && d.type === 'slotkit:resize' ? Number(d.height) : 0;
    if (e.origin !== origin || !(h > 0 && h < 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(h) + 'px';
    }
  });
})();

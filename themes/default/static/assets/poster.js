// fokus door posters on a screen: a poster is as wide as its paper, wider
// than a phone. The preview is scaled down (CSS zoom) to the width there is,
// so the whole poster shows at once; printed, it keeps its real size
// (poster.css sets zoom back to 1 for print).
(function () {
  'use strict';
  function fit() {
    document.querySelectorAll('.posters').forEach(function (box) {
      var room = box.clientWidth;
      box.querySelectorAll('.poster').forEach(function (poster) {
        poster.style.zoom = '';
        var width = poster.offsetWidth;
        poster.style.zoom = room > 0 && width > room ? String(room / width) : '';
      });
    });
  }
  window.addEventListener('resize', fit);
  fit();
})();

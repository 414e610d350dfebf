// fokus door posters on a screen and in print.
//
// fill: the generator sets each poster's type (--fs) from an estimate of
// its content's height, which errs high, more so in two columns: a poster
// may print with a quarter of its page empty. Here, where the real layout
// can be measured, the type grows in steps of 2 % while everything still
// fits its box and no more text is cut at its line limit; without
// JavaScript the poster keeps the generator's size, which fits too.
//
// zoom: a poster is as wide as its paper, wider than a phone. The preview
// is scaled down (CSS zoom) to the width there is, so the whole poster shows
// at once; printed, it keeps its real size (poster.css sets zoom back to 1).
(function () {
  'use strict';
  var clamped = '.poster-team, .poster-obj-title, .poster-kr-title, .poster-lists li';

  // cut counts the lines that the line limits hide: larger type may hide
  // more of a text that was cut already, which a count of cut texts misses.
  function cut(poster) {
    var lines = 0;
    poster.querySelectorAll(clamped).forEach(function (el) {
      var hidden = el.scrollHeight - el.clientHeight;
      if (hidden > 1) {
        var line = parseFloat(getComputedStyle(el).lineHeight) || 16;
        lines += Math.round(hidden / line);
      }
    });
    return lines;
  }

  // fits: nothing runs past the box's bottom or the body's, and nothing in
  // the header or the footer (the URL, the QR code) past their right edge.
  function fits(poster) {
    var ok = poster.scrollHeight <= poster.clientHeight + 1 && poster.scrollWidth <= poster.clientWidth + 1;
    poster.querySelectorAll('.poster-body, .poster-head, .poster-foot').forEach(function (el) {
      ok = ok && el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;
    });
    var right = poster.getBoundingClientRect().right - parseFloat(getComputedStyle(poster).paddingRight);
    poster.querySelectorAll('.poster-head *, .poster-foot *').forEach(function (el) {
      ok = ok && el.getBoundingClientRect().right <= right + 1;
    });
    return ok;
  }

  // whole: the team's name is who the door belongs to, and is never cut.
  // The generator's estimate of its width is an average; measured here, a
  // name that its lines still cut is set smaller, in steps of 5 %, down to
  // the generator's least (0.4), with a third line where the generator
  // would allow one (at two thirds). Smaller type fits the page as well.
  function whole(poster) {
    var team = poster.querySelector('.poster-team');
    var scale = parseFloat(poster.style.getPropertyValue('--team-scale'));
    if (!team || !(scale > 0)) {
      return;
    }
    while (team.scrollHeight > team.clientHeight + 1 && scale > 0.4) {
      scale = Math.max(0.4, Math.round((scale - 0.05) * 100) / 100);
      poster.style.setProperty('--team-scale', scale.toFixed(2));
      if (scale <= 2 / 3) {
        poster.style.setProperty('--team-lines', '3');
      }
    }
  }

  function fill(poster) {
    var fs = parseFloat(poster.style.getPropertyValue('--fs'));
    if (!(fs > 0) || !fits(poster)) {
      return; // the generator's size, and CSS's last guard, stay
    }
    var before = cut(poster), best = fs;
    for (var k = 1; k <= 25; k++) {
      var size = fs * Math.pow(1.02, k);
      poster.style.setProperty('--fs', size.toFixed(3) + 'mm');
      if (!fits(poster) || cut(poster) > before) {
        break;
      }
      best = size;
    }
    poster.style.setProperty('--fs', best.toFixed(3) + 'mm');
  }

  function zoom() {
    document.querySelectorAll('.posters').forEach(function (box) {
      var room = box.clientWidth;
      box.querySelectorAll('.poster').forEach(function (poster) {
        poster.style.zoom = '';
        var width = poster.offsetWidth;
        poster.style.zoom = room > 0 && width > room ? String(room / width) : '';
      });
    });
  }

  document.querySelectorAll('.poster').forEach(function (poster) { // at zoom 1, as printed
    whole(poster);
    fill(poster);
  });
  zoom();
  window.addEventListener('resize', zoom);
})();

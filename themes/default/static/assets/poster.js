// fokus door posters on a screen and in print.
//
// reveal: the generator leaves off a long list's items that its estimate
// of their height does not fit, and carries the first of them hidden; here
// those that fit after all are shown, before the type grows.
//
// fill: the generator sets each poster's type (--fs) from an estimate of
// its content's height, which mostly errs high, more so in two columns: a
// poster may print with a quarter of its page empty. Here, where the real
// layout can be measured, the type grows in steps of 2 % while everything
// still fits its box, no more text is cut at its line limit and no line
// that was one breaks. Where the estimate erred low (long compound words),
// it shrinks instead (shrink), below the generator's least size if it
// must: smaller type is better than a cut "+ N more" line. Without
// JavaScript the generator's size stays.
//
// zoom: a poster is as wide as its paper, wider than a phone. The preview
// is scaled down (CSS zoom) to the width there is, so the whole poster shows
// at once; printed, it keeps its real size (poster.css sets zoom back to 1).
// Scaled to the width there is, a poster shrinks as much as the browser's
// zoom enlarges it; a phone's pinch zoom still enlarges it, and the print
// hint links the team's page, the same content as a page that reflows with
// any zoom (WCAG 1.4.4's alternative version). A floor of 0.6 was tried: on
// a phone the poster then ran off the screen and scrolled sideways.
(function () {
  'use strict';
  var clamped = '.poster-team, .poster-members, .poster-obj-title, .poster-kr-title, .poster-lists li';

  // cut counts, for each text that a line limit applies to, the lines that
  // the limit hides: larger type may hide more of a text that was cut
  // already, which a count of cut texts misses.
  function cut(poster) {
    return Array.prototype.map.call(poster.querySelectorAll(clamped), function (el) {
      var hidden = el.scrollHeight - el.clientHeight;
      if (hidden <= 1) return 0;
      var line = parseFloat(getComputedStyle(el).lineHeight) || 16;
      return Math.round(hidden / line);
    });
  }

  // cutMore reports whether any text hides more lines than it did before.
  // Compared text by text: a key result's title that a larger size lets
  // wrap whole must not pay for a list item that it cuts (QA: a poster
  // two-thirds empty cut its only "we stop" item).
  function cutMore(now, before) {
    return now.some(function (n, i) { return n > (before[i] || 0); });
  }

  // fits: nothing runs past the box's bottom or the body's, and nothing in
  // the header or the footer (the URL, the QR code) past their right edge,
  // and no word of the team's name breaks (larger type broke
  // "Geschäftskundenbetreuungsteam" that whole had set on one line, QA).
  function fits(poster) {
    var team = poster.querySelector('.poster-team');
    var ok = poster.scrollHeight <= poster.clientHeight + 1 && poster.scrollWidth <= poster.clientWidth + 1 && !(team && broken(team));
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
  // name that its lines still cut, or a word of it that breaks, is set
  // smaller, in steps of 5 %, down to the generator's least (--team-least,
  // 0.4 or less for a poster of large type), with a third line where the
  // generator would allow one (at two thirds). Smaller type fits the page
  // as well. (QA: "Geschäftskundenbetreuungsteam" broke as "…tea" over
  // "m".)
  function whole(poster) {
    var team = poster.querySelector('.poster-team');
    var scale = parseFloat(poster.style.getPropertyValue('--team-scale'));
    var least = parseFloat(poster.style.getPropertyValue('--team-least')) || 0.4;
    if (!team || !(scale > 0)) {
      return;
    }
    while ((team.scrollHeight > team.clientHeight + 1 || broken(team)) && scale > least) {
      scale = Math.max(least, Math.round((scale - 0.05) * 100) / 100);
      poster.style.setProperty('--team-scale', scale.toFixed(2));
      if (scale <= 2 / 3) {
        poster.style.setProperty('--team-lines', '3');
      }
    }
  }

  // broken tells whether a word of el's text is on two lines: a word ends
  // at a space, after a hyphen or at a soft hyphen, where a line may break.
  function broken(el) {
    var walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (var n = walk.nextNode(); n; n = walk.nextNode()) {
      var re = /[^\s\u00ad-]+-?/g, m;
      while ((m = re.exec(n.data))) {
        var r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        if (r.getClientRects().length > 1) {
          return true;
        }
      }
    }
    return false;
  }

  // ease: the generator sizes the type for the height there is, not for the
  // width of a list's half column, so a poster with little on it can cut its
  // few list items at large type (QA: "U-Boot: Kunden um Google-…" above two
  // thirds of empty page). Where the lists have room to spare above them,
  // their items may take three or four lines; if that is not enough, the
  // type is set smaller, in steps of 2 % down to three quarters, to the
  // largest size that cuts the fewest lines.
  function ease(poster) {
    var fs = parseFloat(poster.style.getPropertyValue('--fs'));
    var lists = poster.querySelector('.poster-lists');
    var above = lists && lists.previousElementSibling;
    if (!(fs > 0) || !above) {
      return;
    }
    var spare = lists.getBoundingClientRect().top - above.getBoundingClientRect().bottom;
    var sum = function (c) { return c.reduce(function (a, b) { return a + b; }, 0); };
    var least = sum(cut(poster)), best = fs;
    if (least === 0 || spare < 0.25 * poster.clientHeight) {
      return;
    }
    for (var lines = 3; lines <= 4 && least > 0; lines++) {
      poster.style.setProperty('--list-lines', String(lines));
      least = sum(cut(poster));
    }
    for (var k = 1; k <= 15 && least > 0; k++) {
      var size = fs * Math.pow(0.98, k);
      poster.style.setProperty('--fs', size.toFixed(3) + 'mm');
      var n = sum(cut(poster));
      if (n < least) {
        least = n;
        best = size;
      }
    }
    poster.style.setProperty('--fs', best.toFixed(3) + 'mm');
    if (!fits(poster)) { // the lists' longer items did not fit after all
      poster.style.removeProperty('--list-lines');
      poster.style.setProperty('--fs', fs.toFixed(3) + 'mm');
    }
  }

  // unwrap: a key result's title shares its line with its value, and the
  // generator's estimate counts no text beyond its line limit, so a title
  // a little too long for its half of the line was cut on a poster with
  // room to spare (QA: "Fachartikel in Branchenmedien…" beside "2 / 6
  // Artikel"). Such a title takes the whole line, its value goes below it,
  // as a long value's does, where the poster still fits.
  function unwrap(poster) {
    var wrapped = [];
    poster.querySelectorAll('.poster-kr-title').forEach(function (el) {
      if (el.scrollHeight - el.clientHeight > 1) {
        el.parentNode.classList.add('is-long');
        wrapped.push(el.parentNode);
      }
    });
    if (wrapped.length && !fits(poster)) {
      wrapped.forEach(function (line) { line.classList.remove('is-long'); });
    }
  }

  // lines counts, for each text that reads as one line where it fits (the
  // door, the period, the footer's site, date and URL, the QR code's
  // caption, an objective's percentage, a key result's value), the lines it
  // takes: larger type must not break one of them that was whole (QA: on
  // the poster of a team "PR" with one key result, the period went to two
  // lines in its dark box, and the URL in the footer broke inside the
  // team's slug, ".../teams/ku" above "rz/").
  var single = '.poster-meta > span, .poster-foot > span, .poster-qr figcaption, .poster-pct, .poster-kr-value';
  function lines(poster) {
    return Array.prototype.map.call(poster.querySelectorAll(single), function (el) {
      var line = parseFloat(getComputedStyle(el).lineHeight) || 16;
      return Math.round(el.getBoundingClientRect().height / line);
    });
  }

  // titles: an objective's title is what its poster is for, yet its four
  // lines cut a long one on a poster that the generator set in large type
  // (QA: the one objective of a team, "Wir gewinnen im Mittelstand der
  // DACH-Region neue Kunden über Empfehlungen…", lost its second half).
  // Where titles are cut, an objective's may take eight lines and a key
  // result's four, and the type is set smaller, in steps of 2 % down to
  // three quarters but not below the generator's least (--fs-least), to
  // the largest size that fits and cuts the fewest lines. If no size cuts
  // fewer, all stays as it was.
  var titled = '.poster-obj-title, .poster-kr-title';
  function titles(poster) {
    var fs = parseFloat(poster.style.getPropertyValue('--fs'));
    var least = parseFloat(poster.style.getPropertyValue('--fs-least')) || fs;
    var hidden = function () {
      return Array.prototype.reduce.call(poster.querySelectorAll(titled), function (n, el) {
        var h = el.scrollHeight - el.clientHeight;
        return h <= 1 ? n : n + Math.round(h / (parseFloat(getComputedStyle(el).lineHeight) || 16));
      }, 0);
    };
    var fewest = fs > 0 ? hidden() : 0, best = 0;
    if (fewest === 0) {
      return;
    }
    poster.style.setProperty('--obj-lines', '8');
    poster.style.setProperty('--kr-lines', '4');
    for (var k = 0; k <= 14 && fewest > 0; k++) {
      var size = fs * Math.pow(0.98, k);
      if (size < least) {
        break;
      }
      poster.style.setProperty('--fs', size.toFixed(3) + 'mm');
      var n = fits(poster) ? hidden() : Infinity;
      if (n < fewest) {
        fewest = n;
        best = size;
      }
    }
    if (!best) {
      poster.style.removeProperty('--obj-lines');
      poster.style.removeProperty('--kr-lines');
      best = fs;
    }
    poster.style.setProperty('--fs', best.toFixed(3) + 'mm');
  }

  // reveal: the generator fits the lists to an estimate of their height,
  // which errs high, so that it leaves items off a page with room for them
  // (QA: 13 of 25 ideas in progress stood above empty lines). It carries
  // the first of those left off hidden, each with what the "+ N more" line
  // says once it is shown. Here, measured, they are shown one at a time
  // while the poster fits: first a key result more for every objective
  // that has one hidden, as the generator caps them all at one number,
  // then the items of each list, which stand side by side. Before the
  // type grows (fill): what a poster leaves off matters more than how
  // large it prints what it shows.
  // The members under the door too, within their two lines.
  function reveal(poster) {
    var krs = [].slice.call(poster.querySelectorAll('.poster-krs'));
    while (show(poster, krs)) { /* one more key result each */ }
    poster.querySelectorAll('.poster-lists ul, .poster-members').forEach(function (list) {
      while (show(poster, [list])) { /* one more item */ }
    });
  }

  // show shows the first hidden item of each of lists, and reports whether
  // the poster still fits, and each list its lines; if not, all stays as
  // it was.
  function show(poster, lists) {
    var undo = [];
    lists.forEach(function (list) {
      var item = list.querySelector(':scope > [hidden][data-more]');
      var more = list.querySelector(':scope > .poster-more, :scope > .poster-members-rest');
      if (!item || !more) {
        return;
      }
      var count = more.querySelector('.poster-members-more') || more;
      var said = count.textContent, left = item.getAttribute('data-more');
      item.hidden = false;
      if (left) {
        count.textContent = left;
      } else {
        more.hidden = true;
      }
      undo.push(function () {
        item.hidden = true;
        count.textContent = said;
        more.hidden = false;
      });
    });
    if (!undo.length) {
      return false;
    }
    if (fits(poster) && lists.every(function (list) { return list.scrollHeight <= list.clientHeight + 1; })) {
      return true;
    }
    undo.forEach(function (f) { f(); });
    return false;
  }

  // splitsName reports whether a word of the team's name is wider than the
  // heading, so that the line breaks inside it ("Marktforschu-ng").
  function splitsName(poster) {
    var team = poster.querySelector('.poster-team');
    if (!team) {
      return false;
    }
    team.style.overflowWrap = 'normal';
    var split = team.scrollWidth > team.clientWidth + 1;
    team.style.overflowWrap = '';
    return split;
  }

  function fill(poster) {
    var fs = parseFloat(poster.style.getPropertyValue('--fs'));
    if (!(fs > 0)) {
      return;
    }
    if (!fits(poster)) {
      shrink(poster, fs);
      return;
    }
    // Larger type must not break the team's name inside a word that was
    // whole (QA: a poster with one key result printed "Marktforschu|ng"),
    // nor a line that was one (lines).
    var before = cut(poster), split = splitsName(poster), one = lines(poster), best = fs;
    for (var k = 1; k <= 25; k++) {
      var size = fs * Math.pow(1.02, k);
      poster.style.setProperty('--fs', size.toFixed(3) + 'mm');
      if (!fits(poster) || cutMore(cut(poster), before) || cutMore(lines(poster), one) || (!split && splitsName(poster))) {
        break;
      }
      best = size;
    }
    poster.style.setProperty('--fs', best.toFixed(3) + 'mm');
  }

  // shrink: the estimate errs low as well where long compound words wrap
  // whole and leave lines half empty (QA: the "+ 8 more" under the lists
  // was cut off at the bottom). The type is set smaller, in steps of 2 %,
  // until everything fits, by a sixth at most; beyond that CSS's last
  // guard stays.
  function shrink(poster, fs) {
    for (var k = 1; k <= 9; k++) {
      poster.style.setProperty('--fs', (fs * Math.pow(0.98, k)).toFixed(3) + 'mm');
      if (fits(poster)) {
        return;
      }
    }
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
    poster.classList.add('is-fitted'); // its objectives as tall as they are, to be measured (poster.css)
    whole(poster);
    ease(poster);
    unwrap(poster);
    titles(poster);
    reveal(poster);
    fill(poster);
  });
  zoom();
  window.addEventListener('resize', zoom);
})();

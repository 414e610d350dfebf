// fokus-charts.js draws the charts of a fokus page with the vendored ECharts.
// Each chart's option arrives as JSON data in <script type="application/json">
// and is read with JSON.parse: nothing in it is ever run as code. Tooltips
// are built here from the items' "tip" lines, escaped; a click follows an
// item's "url" only when it stays on this site.
(function () {
  'use strict';

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // Numbers and days as the page writes them: ECharts would write 12,000
  // on the axes of a German page, where that means twelve. The rules are
  // Page.Num and Page.Date in generator/render/page.go; keep them alike.
  var de = document.documentElement.lang === 'de';
  var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  // num: at most two decimals, and two significant digits below 0.1; a
  // decimal comma in German; groups of three digits from 5 digits on in
  // German (narrow no-break space), from 4 in English (comma); a minus
  // sign (U+2212), not a hyphen. (QA: the ticks 0.006, 0.008 and 0.01 of
  // a ranking of small RICE scores read 0.01 all three.)
  function num(v) {
    if (typeof v !== 'number' || !isFinite(v)) {
      return String(v);
    }
    var abs = Math.abs(v);
    // Halves up as the number is written, to 15 significant digits, as
    // site.Round does: 0.145 is 0.15, where Math.round(abs * 100) gives 0.14.
    var hundredths = abs >= 1e-6 && abs < 1e15 ? Math.round(Number(abs.toPrecision(15) + 'e2')) : Math.round(abs * 100);
    var text = String(Number(hundredths + 'e-2'));
    if (abs < 0.1 && abs >= 1e-9) {
      // Two significant digits, as small in page.go writes them: 0.0013,
      // not 0, and 0.006, not 0.01; a half up as written (0.0145 is
      // 0.015), from the first 15 digits, d.dddddddddddddde-x.
      var e = abs.toExponential(14).split('e'), exp = +e[1];
      var units = Math.round(Number(e[0].charAt(0) + e[0].charAt(2) + '.' + e[0].slice(3)));
      text = (units * Math.pow(10, exp - 1)).toFixed(1 - exp).replace(/0+$/, '').replace(/\.$/, '');
    }
    var parts = text.split('.');
    var whole = parts[0];
    if (whole.length >= (de ? 5 : 4)) {
      whole = whole.replace(/\B(?=(\d{3})+$)/g, de ? '\u202f' : ',');
    }
    return (v < 0 ? '\u2212' : '') + whole + (parts[1] ? (de ? ',' : '.') + parts[1] : '');
  }

  // day: 2.1.2006 in German, Jan 2, 2006 in English, as Page.Date writes
  // it. ECharts reads the ISO days of the data as local midnight, so the
  // local date is the day.
  function day(ms) {
    var d = new Date(ms);
    return de ? d.getDate() + '.' + (d.getMonth() + 1) + '.' + d.getFullYear()
      : months[d.getMonth()] + ' ' + d.getDate() + ', ' + d.getFullYear();
  }

  // axisLabels gives the value and time axes of an option the page's
  // formats; category axes show names, which need none.
  function axisLabels(axes) {
    [].concat(axes || []).forEach(function (axis) {
      var format = axis.type === 'value' || axis.type === 'log' ? num : axis.type === 'time' ? day : null;
      if (format) {
        axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: format });
      }
    });
  }

  // checkinDays labels a time axis with days that have check-ins: always
  // the first and the last, and of those between as many as fit without
  // touching, from the left. ECharts' own ticks ran a day's label into the
  // last check-in's ("22 Sep 202628 Sep 2026", QA), and hiding that one
  // left the newest day unlabelled (QA: "19.1." missing). A label is
  // centred on its tick; the grid's margins hold half of the outer ones.
  function checkinDays(option, width) {
    var x = [].concat(option.xAxis)[0];
    var grid = [].concat(option.grid)[0];
    if (!x || x.type !== 'time' || !grid) {
      return;
    }
    var seen = {};
    [].concat(option.series || []).forEach(function (s) {
      (s.data || []).forEach(function (d) {
        var v = d && Array.isArray(d.value) ? d.value[0] : null;
        var m = typeof v === 'string' && /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
        if (m) {
          // Local midnight, as ECharts reads an ISO day.
          seen[new Date(+m[1], +m[2] - 1, +m[3]).getTime()] = true;
        }
      });
    });
    var days = Object.keys(seen).map(Number).sort(function (a, b) { return a - b; });
    if (!days.length) {
      return;
    }
    var first = days[0], last = days[days.length - 1];
    var dayMs = 24 * 60 * 60 * 1000;
    // The axis spans the check-ins exactly, so that the outer days sit on
    // its ends; a lone day sits in the middle of three.
    x.min = first === last ? first - dayMs : first;
    x.max = first === last ? last + dayMs : last;
    var plot = width - (parseFloat(grid.left) || 0) - (parseFloat(grid.right) || 0);
    var font = ((x.axisLabel && x.axisLabel.fontSize) || 12) + 'px ' + family(option);
    var gap = 12;
    function at(t) { return (t - x.min) / (x.max - x.min) * plot; }
    function half(t) { return measure(day(t), font) / 2; }
    function apart(a, b) { return at(b) - half(b) - (at(a) + half(a)) >= gap; }
    var chosen = [first];
    if (last !== first) {
      for (var i = 1; i < days.length - 1; i++) {
        if (apart(chosen[chosen.length - 1], days[i]) && apart(days[i], last)) {
          chosen.push(days[i]);
        }
      }
      chosen.push(last);
    }
    // Placed here, not moved or dropped by ECharts: its own test of overlap
    // measures otherwise and dropped the last day.
    x.axisLabel = Object.assign({}, x.axisLabel, { customValues: chosen, hideOverlap: false });
    x.axisTick = Object.assign({}, x.axisTick, { customValues: chosen });
  }

  // tooltip shows an item's tip lines; a guide without them (a median
  // line, a quadrant) its name and value, if it has one.
  function tooltip(p) {
    var d = p.data;
    var value = p.value === undefined ? '' : [].concat(p.value).map(num).join(' / ');
    var name = p.name || p.seriesName;
    var lines = d && Array.isArray(d.tip) ? d.tip : [value === '' ? name : name + ': ' + value];
    return lines.map(function (line, i) {
      return i === 0 ? '<strong>' + esc(line) + '</strong>' : esc(line);
    }).join('<br>');
  }

  function sameSite(u) {
    try {
      var url = new URL(u, window.location.href);
      if (url.protocol !== window.location.protocol || url.origin !== window.location.origin) {
        return null;
      }
      return url.href;
    } catch (e) {
      return null;
    }
  }

  // tableAside moves a chart's fallback table into a closed <details> once
  // the chart is drawn; without JavaScript the table stays in plain view.
  function tableAside(el) {
    var table = document.querySelector('[data-chart-for="' + el.id + '"]');
    if (!table || table.closest('details')) {
      return;
    }
    var details = document.createElement('details');
    details.className = 'chart-data';
    var summary = document.createElement('summary');
    summary.textContent = el.getAttribute('data-table-label') || '';
    // The chart's name, for a screen reader: a page of three charts has
    // three disclosures that would all read "Data as a table".
    var name = el.getAttribute('data-table-name');
    if (name) {
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ': ' + name;
      summary.appendChild(hidden);
    }
    details.appendChild(summary);
    table.parentNode.insertBefore(details, table);
    details.appendChild(table);
  }

  // Layouts that follow the width the chart really has. The option says
  // which one it wants in "fokus.fit"; it is worked out again from the
  // option as built whenever the window changes its size. A chart as wide
  // as on a desktop keeps the option's own sizes.
  var narrowBelow = 640;

  // labelled fits a chart of bars with names on a category y axis (the
  // ranking, the load): the names take at most 40 % of the width (half on
  // a phone), and ECharts cuts them at their end, so "12. A long title"
  // keeps its rank.
  // The grid keeps room right of the bars for the longest value label.
  // lines is how many lines a name may take (one where it is not given):
  // rows as high as the load's have room for a name on two or three.
  function labelled(option, width, lines) {
    var y = [].concat(option.yAxis)[0];
    var x = [].concat(option.xAxis)[0];
    var grid = [].concat(option.grid)[0];
    if (!y || !x || !grid) {
      return;
    }
    var label = y.axisLabel = Object.assign({}, y.axisLabel);
    // Every bar keeps its name: ECharts leaves out names that rows too low
    // for them would crowd, and a bar without its name says nothing (QA:
    // printed, the ranking named the first, third, fifth and seventh).
    label.interval = 0;
    var gap = (parseFloat(grid.left) || 0) - (label.width || 0);
    // As wide as the longest name needs (about 8.5 px a letter at 13 px),
    // within the share below: "Partner & Channel Marketing EMEA" was cut at
    // 190 px on a wide screen with room to spare (QA).
    // Measured in the chart's typeface, not the generator's guess of a
    // width, which acted as a least width: on a phone "Alpha" took 170 px
    // and left the bars 100 (QA).
    var names = [].concat(y.data || []).map(function (n) { return String(n && n.value !== undefined ? n.value : n); });
    var labelFont = (label.fontSize || 12) + 'px ' + family(option);
    var wanted = Math.max.apply(null, names.map(function (n) { return measure(n, labelFont) + 6; }).concat([40]));
    // On a phone the names get half the width: at 40 % a title kept about
    // twelve letters, which said little (QA); the bars still read.
    label.width = Math.max(60, Math.min(wanted, Math.round(width * (width < narrowBelow ? 0.5 : 0.4))));
    grid.left = String(label.width + Math.max(gap, 8));
    // Cut here, and not again by ECharts, whose own cut measures some
    // characters otherwise and split the emoji this one kept whole.
    var font = labelFont;
    label.overflow = 'none';
    if (lines > 1) {
      label.lineHeight = Math.round((label.fontSize || 12) * 1.25); // ECharts sets the lines of an axis's label on each other
    }
    y.data = [].concat(y.data || []).map(function (n) {
      if (n && typeof n === 'object' && n.value !== undefined) {
        return Object.assign({}, n, { value: wrap(n.value, label.width, font, lines || 1) });
      }
      return wrap(n, label.width, font, lines || 1);
    });
    var longest = 0;
    [].concat(option.series || []).forEach(function (s) {
      if (!s.label || !s.label.show || s.type !== 'bar') {
        return;
      }
      (s.data || []).forEach(function (d) {
        var text = d && d.label && d.label.formatter ? String(d.label.formatter) : '';
        longest = Math.max(longest, text.length);
      });
    });
    // About 7 px a digit at 12 px, 5 px from the bar, a little air.
    grid.right = String(Math.max(parseFloat(grid.right) || 0, longest * 7 + 14));
    if (width < narrowBelow) {
      wrapLegend(option, grid, width);
      x.splitNumber = 3;
      x.axisLabel = Object.assign({}, x.axisLabel, { hideOverlap: true });
    }
  }

  // nameOf is a label's text that is an item's name as it is written.
  function nameOf(p) {
    return p.name;
  }

  // fit cuts a text to a width in pixels at a font, between whole
  // characters: ECharts cuts inside an emoji's two halves, and "🚀 Start"
  // showed as "□�…" (QA). Measured as the browser draws it.
  var measure = (function () {
    var ctx = document.createElement('canvas').getContext('2d');
    return function (text, font) {
      if (!ctx) {
        return text.length * 7;
      }
      ctx.font = font;
      return ctx.measureText(text).width;
    };
  })();
  function characters(s) {
    if (window.Intl && Intl.Segmenter) {
      return Array.from(new Intl.Segmenter().segment(s), function (g) { return g.segment; });
    }
    return Array.from(s);
  }
  // family is the chart's typeface, as the generator sets it.
  function family(option) {
    return (option.textStyle && option.textStyle.fontFamily) || 'sans-serif';
  }

  function fit(text, width, font) {
    text = String(text);
    if (!(width > 0) || measure(text, font) <= width) {
      return text;
    }
    var c = characters(text), lo = 0, hi = c.length;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (measure(c.slice(0, mid).join('') + '…', font) <= width) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return c.slice(0, lo).join('') + '…';
  }

  // wrap sets a text on at most lines lines of a width, each ending at a
  // space, after a hyphen or at a soft hyphen (shown as a hyphen there),
  // a word longer than a line broken where the line is full, as the page
  // breaks it; what the last line has no room for is cut (see fit). On a
  // phone the load's rows named a team "Marketing & Sales O…" beside room
  // for a second line, on its own page too (QA).
  function wrap(text, width, font, lines) {
    text = String(text);
    if (lines <= 1 || !(width > 0) || measure(text, font) <= width) {
      return fit(text, width, font);
    }
    var pieces = text.match(/[^\s\u00ad-]*(?:[\u00ad-]|\s+|$)/g).filter(function (p) { return p; });
    var out = [], line = '';
    var shown = function (s) { return s.replace(/\s+$/, '').replace(/\u00ad$/, '-'); };
    while (pieces.length && out.length < lines - 1) {
      var piece = pieces[0];
      if (measure(shown(line + piece), font) <= width) {
        line += piece;
        pieces.shift();
        continue;
      }
      if (line) {
        out.push(shown(line));
        line = '';
        continue;
      }
      // One word longer than a line: as many of its characters as fit.
      var c = characters(piece), n = 1;
      while (n < c.length && measure(c.slice(0, n + 1).join(''), font) <= width) {
        n++;
      }
      out.push(c.slice(0, n).join(''));
      pieces[0] = c.slice(n).join('');
    }
    var rest = (line + pieces.join('')).replace(/\s+$/, '');
    if (rest) {
      out.push(fit(rest, width, font));
    }
    return out.join('\n');
  }

  // wrapLegend: a legend that pages ("1/3") hides series on a phone (which
  // line is which key result), and its items run out of the chart; it
  // wraps instead, a name too long for a line is cut at its end, and the
  // grid starts below the legend's last line.
  function wrapLegend(option, grid, width) {
    var shown = [].concat(option.legend || []).filter(function (l) { return l && l.show !== false; });
    if (!shown.length) {
      return;
    }
    // As ECharts lays a legend out: within the chart's width less its
    // padding (5 px a side), each item its mark (25 px), 5 px and its
    // name, 10 px apart. With 30 px more room per line than ECharts has,
    // twelve key results printed in two columns were given room for
    // twelve lines, and the plot began below a blank (QA).
    var room = Math.max(80, width - 12); // the padding, and 2 px of air
    var textWidth = room - 40;           // an item's mark and gaps
    var font = '12px ' + family(option);
    option.legend = [].concat(option.legend).map(function (l) {
      // Cut between whole characters (see fit), not by ECharts.
      return Object.assign({}, l, { type: 'plain', formatter: function (name) { return fit(name, textWidth, font); } });
    });
    // Lines as ECharts fills them: each item its name as cut, measured
    // (review: CJK names, wider than 7 px a letter, ran into the plot).
    var names = shown[0].data ? shown[0].data.map(function (d) { return d && d.name !== undefined ? d.name : d; })
      : [].concat(option.series || []).map(function (s) { return s && s.name; });
    var lines = 1, used = 0;
    names.forEach(function (name) {
      if (!name) {
        return;
      }
      var item = Math.min(room, 30 + measure(fit(name, textWidth, font), font));
      if (used > 0 && used + item > room) {
        lines++;
        used = 0;
      }
      used += item + 10;
    });
    // A y axis named at its end (the history's "Progress %") has its name
    // above the plot, under the legend (QA: on a phone the last of twelve
    // key results was written over it).
    var y = [].concat(option.yAxis)[0];
    var named = y && y.name && (!y.nameLocation || y.nameLocation === 'end');
    grid.top = String(Math.max(parseFloat(grid.top) || 0, (named ? 34 : 24) + lines * 22));
  }

  // load is labelled, and names each idea's segment where its title fits
  // some letters: coloured blocks that only a tooltip tells apart say
  // nothing on a phone or on paper. A title too long for its segment is cut
  // at its end; a segment too narrow for any keeps its tooltip.
  function load(option, width, height) {
    var grid = [].concat(option.grid)[0];
    var rows = [].concat(([].concat(option.yAxis)[0] || {}).data || []).length;
    // A name may take as many lines of 13 px (about 16 px each) as its
    // row holds, up to three, in rows as high as a screen's (70 px); the
    // low rows of many teams on paper keep one.
    var row = grid && rows ? (height - (parseFloat(grid.top) || 0) - (parseFloat(grid.bottom) || 0)) / rows : 0;
    labelled(option, width, row >= 44 ? Math.min(3, Math.floor((row - 8) / 16)) : 1);
    var x = [].concat(option.xAxis)[0];
    var max = x && parseFloat(x.max);
    if (!grid || !(max > 0)) {
      return;
    }
    var low = capacityBeside(option, grid, height);
    var inner = width - (parseFloat(grid.left) || 0) - (parseFloat(grid.right) || 0);
    if (low) {
      // Each capacity's figure at its row's end, right of the grid: the
      // label is placed from its mark's box, which is low.width wide.
      [].concat(option.series || []).forEach(function (s) {
        if (s.type !== 'scatter' || s.name !== low.series) {
          return;
        }
        (s.data || []).forEach(function (d) {
          if (d && Array.isArray(d.value) && d.label) {
            var to = (max - Math.min(d.value[0], max)) / max * inner;
            d.label = Object.assign({}, d.label, { position: [Math.round(low.width + to + 8), Math.round(low.height / 2)] });
          }
        });
      });
    }
    // Each row's capacity: its red mark crosses the segment it falls in,
    // whose label goes beside the mark.
    var capacity = [], capped = [];
    [].concat(option.series || []).forEach(function (s) {
      if (s.type === 'scatter') {
        (s.data || []).forEach(function (d) {
          if (!d || !Array.isArray(d.value)) {
            return;
          }
          if (d.symbol === 'triangle') {
            capped[d.value[1]] = true; // a load beyond a capped axis, its figure at the end
          } else {
            capacity[d.value[1]] = Math.min(d.value[0], max);
          }
        });
      }
    });
    var start = []; // each row's load so far, series by series as stacked
    [].concat(option.series || []).forEach(function (s) {
      if (s.type !== 'bar' || !s.stack) {
        return;
      }
      (s.data || []).forEach(function (d, row) {
        if (!d || typeof d !== 'object' || !(d.value > 0)) {
          return;
        }
        var from = start[row] || 0, to = from + d.value;
        start[row] = to;
        // Of a bar beyond a capped axis, only what is drawn: up to its end,
        // less the room of the figure there (review: "Big th340").
        var px = (Math.min(to, max) - Math.min(from, max)) / max * inner;
        if (capped[row] && to > max) {
          px -= 60;
        }
        // A segment a few pixels wide has no white border, which would
        // cover it whole: 16 ideas of 12 points against a capacity of
        // 3,400 drew no bar at all (QA site); as a run of colour the load
        // still shows.
        if (px < 4) {
          d.itemStyle = Object.assign({}, d.itemStyle, { borderWidth: 0 });
        }
        var position = 'inside';
        if (capacity[row] > from && capacity[row] < to) {
          // The mark crosses it: the name goes on the larger side of the
          // mark, so that it is not struck through (QA: the block that
          // tipped a team over capacity was the one left unnamed).
          var before = (capacity[row] - from) / max * inner, after = px - before;
          position = before >= after ? 'insideLeft' : 'insideRight';
          px = Math.max(before, after) - 4;
        }
        if (capped[row] && to > max && position === 'insideRight') {
          position = 'inside'; // not at the end, where the load's figure is
        }
        if (px >= 40) {
          // A function gives the item's name as it is: a text formatter,
          // '{b}' too, is a template, whose {@…} ECharts fills with the
          // item's data after it put the name in (QA: "{@value}" in a
          // title was written as the idea's points).
          // The name is cut here, between whole characters (see fit); the
          // tip names the idea whole.
          d.name = fit(d.name, Math.floor(px - 8), '11px ' + family(option));
          d.label = { show: true, position: position, formatter: nameOf, width: Math.floor(px - 8), color: '#ffffff', fontSize: 11 };
        }
      });
    });
  }

  // capacityBeside fits the capacities' marks and labels to rows lower
  // than a label above its mark needs (as printed, 30 teams on a page):
  // each mark a little taller than its row's bar, and its label at the
  // row's end, right of the grid, which makes room for the widest (QA:
  // every "Capacity" stood over the row above, on its bars). It returns
  // the capacity series' name and its marks' size, or null where the rows
  // are high enough.
  function capacityBeside(option, grid, height) {
    var y = [].concat(option.yAxis)[0];
    var rows = y && [].concat(y.data || []).length;
    var row = rows ? (height - (parseFloat(grid.top) || 0) - (parseFloat(grid.bottom) || 0)) / rows : 0;
    if (!(row > 0) || row >= 44) {
      return null;
    }
    var found = null;
    [].concat(option.series || []).forEach(function (s) {
      if (found || s.type !== 'scatter' || s.symbol !== 'rect') {
        return;
      }
      var size = [].concat(s.symbolSize || []);
      var mark = { series: s.name, width: size[0] || 4, height: Math.max(6, Math.min(size[1] || 36, Math.round(row * 0.56) + 6)) };
      var fontSize = 10;
      var font = 'bold ' + fontSize + 'px ' + family(option);
      var widest = 0;
      (s.data || []).forEach(function (d) {
        if (d && d.label && d.label.formatter) {
          widest = Math.max(widest, measure(String(d.label.formatter), font));
        }
      });
      s.symbolSize = [mark.width, mark.height];
      s.label = Object.assign({}, s.label, { fontSize: fontSize, align: 'left', verticalAlign: 'middle', backgroundColor: 'transparent' });
      grid.right = String(Math.max(parseFloat(grid.right) || 0, Math.ceil(widest) + 14));
      found = mark;
    });
    return found;
  }

  // matrix fits the bubbles: smaller on a narrow screen, and never over
  // the axes. Each axis is widened beyond its range by as much as the
  // bubbles nearest its ends reach over it (radius and offset, in pixels);
  // the labels stay those of the range, the widening is left unlabelled.
  function matrix(option, width, height) {
    var grid = [].concat(option.grid)[0];
    var xAxis = [].concat(option.xAxis)[0];
    var yAxis = [].concat(option.yAxis)[0];
    if (!grid || !xAxis || !yAxis) {
      return;
    }
    var narrow = width < narrowBelow;
    var k = narrow ? Math.max(0.5, width / narrowBelow) : 1;
    var bubbles = [];
    [].concat(option.series || []).forEach(function (s) {
      var fontSize = (s.label && s.label.fontSize) || 11;
      if (narrow && s.label) {
        fontSize = 9;
        s.label = Object.assign({}, s.label, { fontSize: fontSize });
      }
      // Of bubbles that cover each other, one rank shows, not a smudge of two.
      s.labelLayout = { hideOverlap: true };
      (s.data || []).forEach(function (d) {
        if (!d || !Array.isArray(d.value)) {
          return;
        }
        if (narrow) {
          d.symbolSize = Math.max(10, Math.round((d.symbolSize || 10) * k));
          if (d.symbolOffset) {
            d.symbolOffset = d.symbolOffset.map(function (o) { return Math.round(o * k); });
          }
        }
        // A rank wider than its bubble would be cut to its first digit and
        // read as another rank, and one as tall as its bubble smothers it:
        // it is left to the tooltip and the table.
        var size = d.symbolSize || 10;
        if (s.symbol === 'diamond' && !d.symbol) {
          size *= 0.7; // the square inside a diamond
        }
        // A group of ideas on one spot is labelled with its count (×16).
        var text = d.label && d.label.formatter ? d.label.formatter : String(d.value[3]);
        if (text.length * fontSize * 0.62 + 2 > size || fontSize + 3 > size) {
          d.label = { show: false };
        }
        var off = d.symbolOffset || [0, 0];
        bubbles.push({ x: d.value[0], y: d.value[1], rx: (d.symbolSize || 10) / 2 + Math.abs(off[0]) + 3,
          ry: (d.symbolSize || 10) / 2 + Math.abs(off[1]) + 3 });
      });
    });
    if (narrow) {
      xAxis.splitNumber = 4;
      yAxis.splitNumber = 4;
      wrapLegend(option, grid, width);
    }
    var w = width - (parseFloat(grid.left) || 0) - (parseFloat(grid.right) || 0);
    var h = height - (parseFloat(grid.top) || 0) - (parseFloat(grid.bottom) || 0);
    if (yAxis.type === 'log' && yAxis.min > 0 && yAxis.max > yAxis.min) {
      // A tick at every power of ten (QA: of eight, on a phone only the
      // first and the last were labelled), as many as the height holds.
      var decades = Math.round(Math.log(yAxis.max / yAxis.min) / Math.LN10);
      yAxis.splitNumber = Math.max(1, Math.min(decades, Math.floor(h / 24)));
    }
    var xs = widen(xAxis, bubbles.map(function (b) { return [b.x, b.rx]; }), w);
    var areas = [];
    [].concat(option.series || []).forEach(function (s) {
      if (s.markArea && s.markArea.data) {
        areas = areas.concat(s.markArea.data);
      }
    });
    // The quadrants reach to the widened ends, so the grid stays shaded.
    // A quadrant's name fits its quadrant's width: on a phone "Quick Wins"
    // and "Big bets" ran into each other (QA). It is set smaller, down to
    // 10 px, then on two lines, and only then cut: at 375 px they read
    // "Quick..." and "Lücke..." (QA).
    var span = xAxis.max - xAxis.min;
    var names = [];
    areas.forEach(function (pair) {
      pair.forEach(function (p) {
        if (p.coord) {
          p.coord = [stretch(p.coord[0], xs), p.coord[1]];
        }
      });
      var label = pair[0].label;
      if (label && pair.length === 2 && pair[0].coord && pair[1].coord && span > 0) {
        var px = Math.abs(pair[1].coord[0] - pair[0].coord[0]) / span * w;
        var pos = String(label.position || '');
        var n = { pair: pair, label: label, name: String(pair[0].name || ''), top: /Top/.test(pos), left: /Left/.test(pos) };
        quadrantName(n, Math.max(0, Math.floor(px - 10)));
        names.push(n);
      }
    });
    // A name that its quadrant cuts even so ("Lückenfüller" at 320 px)
    // may reach over the median, as far as the name beside it, set as
    // small, leaves room.
    names.forEach(function (n) {
      var beside = names.filter(function (o) { return o !== n && o.top === n.top; })[0];
      if (!n.whole && beside) {
        quadrantName(beside, beside.room, 10);
        quadrantName(n, Math.floor(w - 2 * nameInset - 10 - beside.width));
      }
    });
    names.forEach(function (n) {
      var text = n.text;
      // A function gives the text as set; the name stays the tip's.
      var lines = { fontSize: n.size, formatter: function () { return text; } };
      if (/\n/.test(text)) {
        lines.lineHeight = Math.ceil(n.size * 1.4); // one line stays where it was
      }
      n.pair[0].label = Object.assign({}, n.label, lines);
    });
    // A quadrant's name stands in its corner where no mark is: a mark
    // under a name (an ice idea of 1 × 1 × 1, at the foot of the ease it
    // has) keeps the name's height and a little more from the axis, as
    // its own reach, where it had covered "Fill-ins" (look at the ICE
    // matrix). The axis is widened for it as for the mark's own reach.
    var along = function (x) {
      var f = span > 0 ? (x - xAxis.min) / span * w : 0;
      return xAxis.inverse ? w - f : f;
    };
    var ys = widen(yAxis, bubbles.map(function (b) {
      var under = b.ry, over = b.ry;
      names.forEach(function (n) {
        var from = n.left ? 0 : w - nameInset - n.width, to = n.left ? nameInset + n.width : w;
        var x = along(b.x);
        if (x + b.rx > from && x - b.rx < to) {
          if (n.top) {
            over = Math.max(over, b.ry + nameInset + n.height);
          } else {
            under = Math.max(under, b.ry + nameInset + n.height);
          }
        }
      });
      return [b.y, under, over];
    }), h);
    areas.forEach(function (pair) {
      pair.forEach(function (p) {
        if (p.coord) {
          p.coord = [p.coord[0], stretch(p.coord[1], ys)];
        }
      });
    });
  }

  // quadrantName sets a quadrant's name n.name within room pixels: its
  // label's size (or most), smaller down to 10 px, then on two lines, and cut only
  // where that is not enough. It sets n's size, text, width and height, and
  // whole where the name is shown whole, broken between words.
  function quadrantName(n, room, most) {
    var size = Math.min(most || 99, n.label.fontSize || 12);
    n.room = room;
    var fontAt = function (size) { return 'bold ' + size + 'px system-ui, sans-serif'; };
    while (size > 10 && measure(n.name, fontAt(size)) > room) {
      size--;
    }
    var font = fontAt(size);
    var text = wrap(n.name, room, font, 2);
    var lines = text.split('\n');
    n.size = size;
    n.text = text;
    n.whole = lines.join(' ') === n.name || lines.join('') === n.name && /-$/.test(lines[0]);
    n.width = Math.min(room, Math.max.apply(null, lines.map(function (l) { return measure(l, font); })));
    n.height = lines.length * Math.ceil(size * 1.4);
  }

  // nameInset is how far from its corner ECharts sets a quadrant's name
  // (a label's distance).
  var nameInset = 5;

  function stretch(v, s) {
    return !s ? v : v === s.lo ? s.min : v === s.hi ? s.max : v;
  }

  // widen sets an axis's min and max so that every [value, reach] fits
  // with its reach in pixels inside length pixels; a mark given as
  // [value, reach below, reach above] reaches as far each way. It returns
  // the range as built (lo, hi) and as widened (min, max), or null if it
  // left it alone.
  function widen(axis, marks, length) {
    // A log axis is widened in its logarithms, where its pixels are even.
    var log = axis.type === 'log';
    var to = log ? function (v) { return Math.log(v) / Math.LN10; } : function (v) { return v; };
    var from = log ? function (v) { return Math.pow(10, v); } : function (v) { return v; };
    var lo0 = axis.min, hi0 = axis.max;
    if (typeof lo0 !== 'number' || typeof hi0 !== 'number' || !(hi0 > lo0) || (log && !(lo0 > 0)) || !(length > 40) || !marks.length) {
      return null;
    }
    var lo = to(lo0), hi = to(hi0);
    marks = marks.map(function (m) { return [to(m[0])].concat(m.slice(1)); });
    var min = lo, max = hi;
    for (var round = 0; round < 4; round++) {
      var per = length / (max - min);
      var over = 0, under = 0;
      marks.forEach(function (m) {
        under = Math.max(under, m[1] - (m[0] - min) * per);
        over = Math.max(over, (m.length > 2 ? m[2] : m[1]) - (max - m[0]) * per);
      });
      if (under <= 0.5 && over <= 0.5) {
        break;
      }
      // Never more than a quarter of the length on either side.
      under = Math.min(Math.max(under, 0), length / 4);
      over = Math.min(Math.max(over, 0), length / 4);
      min -= under / per;
      max += over / per;
    }
    if (min === lo && max === hi) {
      return null;
    }
    axis.min = from(min);
    axis.max = from(max);
    var format = axis.axisLabel && axis.axisLabel.formatter;
    var eps = (hi0 - lo0) * 1e-9;
    axis.axisLabel = Object.assign({}, axis.axisLabel, {
      showMinLabel: min === lo,
      showMaxLabel: max === hi,
      formatter: function (v) {
        return v < lo0 - eps || v > hi0 + eps ? '' : format ? format(v) : String(v);
      }
    });
    return { lo: lo0, hi: hi0, min: axis.min, max: axis.max };
  }

  // optionFor builds what ECharts draws in a chart this wide and tall:
  // the option as built, formatters and the fitted layout. It sets
  // extra.grow, if given, to the pixels the legend takes beyond the line
  // the option has room for.
  function optionFor(source, width, height, extra) {
    var option = JSON.parse(source.textContent);
    var grid0 = [].concat(option.grid)[0];
    var top0 = grid0 ? parseFloat(grid0.top) || 0 : 0;
    var fit = option.fokus && option.fokus.fit;
    delete option.fokus;
    // enterable: the pointer may move onto a tip without closing it (WCAG
    // 1.4.13); Escape closes it (see draw).
    // A long title wraps inside the tip instead of running past the
    // chart's edge, where confine cannot follow it (QA: 150 letters).
    option.tooltip = Object.assign({}, option.tooltip, { formatter: tooltip, confine: true, enterable: true,
      extraCssText: 'max-width: min(26em, 90vw); white-space: normal; overflow-wrap: anywhere;' });
    // A tip that slides from mark to mark is motion (WCAG 2.3.3): it
    // jumps where the reader asked for less (accessibility QA).
    if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      option.tooltip.transitionDuration = 0;
    }
    axisLabels(option.xAxis);
    axisLabels(option.yAxis);
    if (width > 0) {
      if (fit === 'labelled') {
        labelled(option, width);
      } else if (fit === 'load') {
        load(option, width, height);
      } else if (fit === 'matrix') {
        matrix(option, width, height);
      } else if ([].concat(option.grid)[0]) {
        // At any width: on a screen too, a legend that pages named two of
        // five key results, and a third cut through its mark (QA).
        wrapLegend(option, [].concat(option.grid)[0], width);
        checkinDays(option, width);
      }
    }
    if (extra) {
      var grid = [].concat(option.grid)[0];
      extra.grow = grid ? Math.max(0, (parseFloat(grid.top) || 0) - top0) : 0;
    }
    return option;
  }

  // printScale is how much smaller charts are drawn for printing.
  var printScale = 0.62;
  // printWidth is the width of a page of A4 or Letter upright, in CSS px,
  // without the browser's margins and the page's own.
  var printWidth = 680;
  // printMostHeight is the tallest a chart is drawn for printing: with its
  // panel's heading and text it fits a page of Letter, the shorter of the
  // two papers (QA: the load of 30 teams began a page below its heading,
  // which stood alone on the page before, and ran on over a second page).
  var printMostHeight = 640;
  // printPageShare is the share of a printed page's height a chart may
  // take: 640 px of Letter upright's 1011, and on paper across, whose page
  // is lower, as much of it. fokus.css holds a printed chart at the same
  // share (63vh) before this script hears of the paper, as the browser
  // counts the pages then.
  var printPageShare = 0.63;

  function draw(el) {
    var source = document.getElementById(el.id + '-data');
    if (!source || !window.echarts) {
      return;
    }
    el.hidden = false;
    var height = parseInt(el.getAttribute('data-height'), 10) || 400;
    var width = el.clientWidth;
    var drawn = height; // the height drawn at: smaller while printing
    var most = Infinity; // the tallest it may be: a page's, printed
    // fitted is the option at the width the chart has, and makes the chart
    // as tall as it is drawn and its legend's lines beyond the first: a
    // legend of many key results took the plot's room (QA: on a phone,
    // twelve left a plot 40 px tall; printed, lines ran off it).
    function fitted() {
      var extra = {};
      var option = optionFor(source, width, drawn, extra);
      var h = Math.max(drawn, Math.min(drawn + extra.grow, most));
      el.style.height = h + 'px';
      // The stylesheet may hold a chart taller (its least height): the
      // layout is that of the height it is drawn at, as a team's load
      // printed is drawn in rows of 130 px, not of 25.
      var real = el.clientHeight || h;
      if (real !== drawn) {
        option = optionFor(source, width, real);
      }
      return option;
    }
    var option = fitted();
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    // The drawing says its size as its viewBox, so that the stylesheet can
    // shrink it into a printed box lower or narrower than it was drawn
    // for: Firefox prints a copy of the page in which no script runs, and
    // tells the script only "beforeprint", not the paper, and the chart
    // drawn for paper upright was cut on paper across (print QA).
    function scalable() {
      var svg = el.querySelector('svg');
      if (svg) {
        svg.setAttribute('viewBox', '0 0 ' + chart.getWidth() + ' ' + chart.getHeight());
      }
    }
    scalable();
    chart.on('click', function (p) {
      var target = p.data && p.data.url ? sameSite(p.data.url) : null;
      if (target) {
        window.location.href = target;
      }
    });
    function redraw(h, limit) {
      drawn = h;
      most = limit;
      width = el.clientWidth;
      var option = fitted();
      chart.resize();
      chart.setOption(option, true);
      scalable();
    }
    window.addEventListener('resize', function () {
      if (el.clientWidth !== width) {
        width = el.clientWidth;
        var option = fitted();
        chart.resize();
        chart.setOption(option, true);
        scalable();
        return;
      }
      chart.resize();
      scalable();
    });
    // On paper a chart is drawn smaller, so that a page holds a chart with
    // its heading and text, or two charts, instead of one chart each.
    // When the browser says it will print, the page still has the
    // window's width: a chart drawn at it ran off the paper (QA: at 1280
    // px the matrix lost its right third on A4). It is drawn as wide as a
    // page of A4 or Letter upright is, at most, until the browser says
    // which paper it is (below).
    window.addEventListener('beforeprint', function () {
      el.style.width = Math.min(el.clientWidth, printWidth) + 'px';
      redraw(Math.min(Math.round(height * printScale), printMostHeight), printMostHeight);
    });
    // Once the page is laid out on the paper the reader chose, which the
    // browser tells the print media query, the chart is drawn as wide as
    // the paper is, and at most as tall as its page holds with a heading:
    // on paper across, a chart drawn for paper upright took half the
    // width, and each chart took a page of its own (print QA). The page's
    // box is then the root element's.
    if (window.matchMedia) {
      var paper = window.matchMedia('print');
      var onPaper = function (e) {
        if (!e.matches) {
          return;
        }
        el.style.width = '';
        var page = document.documentElement.clientHeight;
        var limit = page > 0 ? Math.min(printMostHeight, Math.round(page * printPageShare)) : printMostHeight;
        redraw(Math.min(Math.round(height * printScale), limit), limit);
      };
      if (paper.addEventListener) {
        paper.addEventListener('change', onPaper);
      } else if (paper.addListener) {
        paper.addListener(onPaper);
      }
    }
    window.addEventListener('afterprint', function () {
      el.style.width = '';
      redraw(height, Infinity);
    });
    // A tip shown on hover or focus can be dismissed without moving the
    // pointer away (WCAG 1.4.13).
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' || e.key === 'Esc') {
        chart.dispatchAction({ type: 'hideTip' });
      }
    });
    el.classList.add('is-drawn');
    tableAside(el);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('div.chart[id]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

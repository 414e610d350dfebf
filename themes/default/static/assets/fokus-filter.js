// fokus filter of the backlog and the decision log: narrows the lists of
// ideas to the rows (the decision log's entries) that match a text, a
// status and a team, as people look for "the LinkedIn one" among hundreds
// of ideas. The page lists every idea without it (the form stays hidden
// without JavaScript, and in a theme whose rows carry no status).
// The filter is kept in the address (?q=…&status=…&team=…), so a filtered
// list can be bookmarked and sent.
(function () {
  'use strict';
  var form = document.getElementById('idea-filter');
  if (!form) return;
  var lang = document.documentElement.lang || undefined;

  // fold makes "linkedin" find "LinkedIn" and "uber" find "Über"; wide
  // spells a text's umlauts as German keyboards without them do, so that
  // "ueber" finds "Über" too, while "michael" does not find "Michal".
  function fold(s) {
    return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase(lang).replace(/ß/g, 'ss');
  }
  function wide(s) {
    return fold(s.normalize('NFC').toLocaleLowerCase(lang).replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
  }

  // teamsOf reads the slugs of a row's teams from its links to their pages
  // (…/teams/<slug>/…, the page's way up to the root first).
  function teamsOf(row) {
    var cell = row.querySelector('.teams-cell');
    if (!cell) return [];
    return Array.prototype.map.call(cell.querySelectorAll('a'), function (a) {
      var parts = a.getAttribute('href').split('/');
      while (parts.length && (parts[0] === '..' || parts[0] === '.')) parts.shift();
      try { return parts[0] === 'teams' && parts.length > 1 ? decodeURIComponent(parts[1]) : ''; } catch (e) { return ''; }
    });
  }

  // textOf is what a search looks in: the row's words, not its rank and
  // score, whose formula holds numbers ("/100") that every search for a
  // number would find; all of a decision's entry.
  function textOf(row) {
    if (!row.cells) return row.textContent;
    var words = [];
    Array.prototype.forEach.call(row.cells, function (cell) {
      if (!cell.classList.contains('num')) words.push(cell.textContent);
    });
    return words.join(' ');
  }

  // A list is the tables of one .table-wrap: a long one goes on in a new
  // table every 200 rows (partials.html), whose part is hidden while the
  // filter shows none of its rows. A theme's single table is a list too.
  var lists = [], byWrap = new Map();
  document.querySelectorAll('table.ideas').forEach(function (table) {
    var body = table.tBodies[0];
    if (!body) return;
    var wrap = table.closest('.table-wrap') || table;
    var list = byWrap.get(wrap), first = !list;
    if (first) {
      var section = table.closest('section');
      var count = section && section.querySelector('h2 .count');
      var empty = document.createElement('tr');
      empty.className = 'filter-empty';
      empty.hidden = true;
      var cell = empty.insertCell();
      cell.colSpan = 6;
      cell.className = 'empty';
      cell.textContent = form.dataset.empty;
      body.appendChild(empty);
      list = { rows: [], parts: [], count: count, total: count ? count.textContent : '', empty: empty };
      byWrap.set(wrap, list);
      lists.push(list);
    }
    // The first part, whose header is the list's, always stays.
    var part = !first && table.parentNode.classList.contains('rows') ? { el: table.parentNode, shown: 0 } : null;
    if (part) list.parts.push(part);
    Array.prototype.forEach.call(body.rows, function (r) {
      if (r.hasAttribute('data-status')) {
        list.rows.push({ el: r, part: part, status: r.dataset.status, teams: teamsOf(r), text: null, wide: null });
      }
    });
  });
  // The decision log's months are lists too, each an ol.decision-log in a
  // section that is hidden while the filter shows none of its entries; the
  // page then says once that none matches.
  var none = null;
  document.querySelectorAll('ol.decision-log').forEach(function (ol) {
    var section = ol.closest('section');
    var count = section && section.querySelector('h2 .count');
    var list = { rows: [], parts: [], count: count, total: count ? count.textContent : '', empty: null, section: section };
    Array.prototype.forEach.call(ol.children, function (li) {
      if (li.hasAttribute('data-status')) {
        list.rows.push({ el: li, part: null, status: li.dataset.status, teams: teamsOf(li), text: null, wide: null });
      }
    });
    lists.push(list);
    if (!none) {
      none = document.createElement('p');
      none.className = 'empty filter-empty';
      none.hidden = true;
      none.textContent = form.dataset.empty;
      form.parentNode.insertBefore(none, form.nextSibling);
    }
  });
  if (!lists.some(function (l) { return l.rows.length > 0; })) return; // nothing to filter

  // read fills in what a search looks in for row r, once.
  function read(r) {
    if (r.text === null) {
      var text = textOf(r.el);
      r.text = fold(text);
      r.wide = wide(text);
    }
  }

  function texts() {
    lists.forEach(function (list) { list.rows.forEach(read); });
  }

  function apply() {
    var terms = fold(form.q.value).split(/\s+/).filter(Boolean);
    var status = form.status.value;
    var team = form.team ? form.team.value : '';
    var active = terms.length > 0 || status !== '' || team !== '';
    if (terms.length) texts();
    var shown = 0, total = 0;
    lists.forEach(function (list) {
      var n = 0;
      list.parts.forEach(function (part) { part.shown = 0; });
      list.rows.forEach(function (r) {
        var ok = (!status || r.status === status) &&
          (!team || r.teams.indexOf(team) >= 0) &&
          terms.every(function (t) {
            return r.text.indexOf(t) >= 0 || r.wide.indexOf(t) >= 0;
          });
        if (r.el.hidden === ok) r.el.hidden = !ok; // only rows that change: 10,000 restyled rows are slow
        if (ok) {
          n++;
          if (r.part) r.part.shown++;
        }
      });
      list.parts.forEach(function (part) {
        if (part.el.hidden !== (part.shown === 0)) part.el.hidden = part.shown === 0;
      });
      if (list.empty) list.empty.hidden = !active || n > 0 || list.rows.length === 0;
      else if (list.section && list.section.hidden !== (active && n === 0)) list.section.hidden = active && n === 0;
      if (list.count) list.count.textContent = active ? n + ' / ' + list.total : list.total;
      shown += n;
      total += list.rows.length;
    });
    if (none) none.hidden = !active || shown > 0;
    // Cleared, it says that all are shown again: a screen reader heard
    // nothing when the filter was emptied (accessibility QA).
    // Printed, a filtered list says its filter; an unfiltered one does not
    // print the form (accessibility QA: the minutes of a filtered backlog
    // read as the whole backlog).
    form.classList.toggle('is-active', active);
    var output = form.querySelector('output');
    output.textContent = active || output.textContent ?
      form.dataset.shown.replace('{shown}', shown.toLocaleString(lang)).replace('{total}', total.toLocaleString(lang)) : '';
    remember();
  }

  // remember writes the filter into the address without a new history entry.
  function remember() {
    var params = new URLSearchParams(location.search);
    ['q', 'status', 'team'].forEach(function (name) {
      var field = form.elements[name];
      if (field && field.value) params.set(name, field.value); else params.delete(name);
    });
    var query = params.toString();
    try {
      history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
    } catch (e) { /* a file:// page may refuse; the filter still works */ }
  }

  var params = new URLSearchParams(location.search);
  ['q', 'status', 'team'].forEach(function (name) {
    var field = form.elements[name];
    var value = params.get(name);
    if (!field || value === null) return;
    field.value = value;
    if (field.value !== value) field.value = ''; // an option this site no longer has
  });

  // Typing waits for a pause, so that a word is one pass over a long list,
  // not one per letter; a choice in a list applies at once.
  var timer = 0;
  form.addEventListener('input', function (e) {
    if (e.target.tagName !== 'SELECT') {
      clearTimeout(timer);
      timer = setTimeout(apply, 120);
    }
  });
  form.addEventListener('change', function (e) {
    if (e.target.tagName === 'SELECT') {
      clearTimeout(timer);
      apply();
    }
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    apply();
  });
  // The rows' words are read ahead, a few hundred rows at a time while the
  // page is idle: at 10,000 rows reading them all at once takes a second.
  var pending = [];
  lists.forEach(function (list) { pending = pending.concat(list.rows); });
  var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 50); };
  (function readAhead() {
    var batch = pending.splice(0, 300);
    batch.forEach(read);
    if (pending.length) idle(readAhead);
  })();
  form.hidden = false;
  // The placeholder says where a search looks; in a field too narrow for
  // it, a shorter one stands in (on a phone the German one was cut after
  // "Entscheidu"). Measured in the field's own font, at every width.
  var text = form.q, full = text.placeholder, short = text.getAttribute('data-short');
  var canvas = short && document.createElement('canvas').getContext('2d');
  function fitPlaceholder() {
    var style = getComputedStyle(text);
    canvas.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
    var room = text.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    var want = canvas.measureText(full).width <= room ? full : short;
    if (text.placeholder !== want) text.placeholder = want;
  }
  if (canvas) {
    fitPlaceholder();
    window.addEventListener('resize', fitPlaceholder);
  }
  if (params.has('q') || params.has('status') || params.has('team')) apply();
})();

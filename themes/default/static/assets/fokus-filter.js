// fokus backlog filter: narrows the lists of ideas to the rows that match a
// text, a status and a team, as people look for "the LinkedIn one" among
// hundreds of ideas. The page lists every idea without it (the form stays
// hidden without JavaScript). The filter is kept in the address
// (?q=…&status=…&team=…), so a filtered list can be bookmarked and sent.
(function () {
  'use strict';
  var form = document.getElementById('idea-filter');
  if (!form) return;
  var lang = document.documentElement.lang || undefined;

  // fold makes a search find "Ueber" in "Über" and "linkedin" in "LinkedIn".
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase(lang).replace(/ß/g, 'ss');
  }

  var lists = [];
  document.querySelectorAll('table.ideas').forEach(function (table) {
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.filter.call(body.rows, function (r) { return r.hasAttribute('data-status'); });
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
    lists.push({ rows: rows, texts: null, count: count, total: count ? count.textContent : '', empty: empty });
  });

  // teamsOf reads the slugs of a row's teams from its links to their pages
  // (…/teams/<slug>/…).
  function teamsOf(row) {
    var cell = row.querySelector('.teams-cell');
    if (!cell) return [];
    return Array.prototype.map.call(cell.querySelectorAll('a'), function (a) {
      var parts = a.getAttribute('href').split('/');
      var at = parts.lastIndexOf('teams');
      try { return at >= 0 ? decodeURIComponent(parts[at + 1]) : ''; } catch (e) { return ''; }
    });
  }

  function apply() {
    var terms = fold(form.q.value).split(/\s+/).filter(Boolean);
    var status = form.status.value;
    var team = form.team ? form.team.value : '';
    var active = terms.length > 0 || status !== '' || team !== '';
    var shown = 0, total = 0;
    lists.forEach(function (list) {
      if (!list.texts && terms.length) {
        list.texts = list.rows.map(function (r) { return fold(r.textContent); });
      }
      var n = 0;
      list.rows.forEach(function (row, i) {
        var ok = (!status || row.dataset.status === status) &&
          (!team || teamsOf(row).indexOf(team) >= 0) &&
          terms.every(function (t) { return list.texts[i].indexOf(t) >= 0; });
        row.hidden = !ok;
        if (ok) n++;
      });
      list.empty.hidden = !active || n > 0 || list.rows.length === 0;
      if (list.count) list.count.textContent = active ? n + ' / ' + list.total : list.total;
      shown += n;
      total += list.rows.length;
    });
    form.querySelector('output').textContent = active ?
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

  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; apply(); });
  }
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.hidden = false;
  if (params.has('q') || params.has('status') || params.has('team')) apply();
})();

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

  function tooltip(p) {
    var d = p.data;
    var lines = d && Array.isArray(d.tip) ? d.tip : [p.seriesName + ': ' + (Array.isArray(p.value) ? p.value.join(' / ') : p.value)];
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
    details.appendChild(summary);
    table.parentNode.insertBefore(details, table);
    details.appendChild(table);
  }

  function draw(el) {
    var source = document.getElementById(el.id + '-data');
    if (!source || !window.echarts) {
      return;
    }
    var option = JSON.parse(source.textContent);
    option.tooltip = Object.assign({}, option.tooltip, { formatter: tooltip, confine: true });
    el.hidden = false;
    el.style.height = (parseInt(el.getAttribute('data-height'), 10) || 400) + 'px';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    chart.on('click', function (p) {
      var target = p.data && p.data.url ? sameSite(p.data.url) : null;
      if (target) {
        window.location.href = target;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
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

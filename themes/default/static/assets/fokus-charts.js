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

  // num: at most two decimals, a decimal comma in German; groups of three
  // digits from 5 digits on in German (narrow no-break space), from 4 in
  // English (comma).
  function num(v) {
    if (typeof v !== 'number' || !isFinite(v)) {
      return String(v);
    }
    var parts = String(Math.round(Math.abs(v) * 100) / 100).split('.');
    var whole = parts[0];
    if (whole.length >= (de ? 5 : 4)) {
      whole = whole.replace(/\B(?=(\d{3})+$)/g, de ? '\u202f' : ',');
    }
    return (v < 0 ? '-' : '') + whole + (parts[1] ? (de ? ',' : '.') + parts[1] : '');
  }

  // day: 2.1.2006 in German, 2 Jan 2006 in English. ECharts reads the ISO
  // days of the data as local midnight, so the local date is the day.
  function day(ms) {
    var d = new Date(ms);
    return de ? d.getDate() + '.' + (d.getMonth() + 1) + '.' + d.getFullYear()
      : d.getDate() + ' ' + months[d.getMonth()] + ' ' + d.getFullYear();
  }

  // axisLabels gives the value and time axes of an option the page's
  // formats; category axes show names, which need none.
  function axisLabels(axes) {
    [].concat(axes || []).forEach(function (axis) {
      var format = axis.type === 'value' ? num : axis.type === 'time' ? day : null;
      if (format) {
        axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: format });
      }
    });
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
    axisLabels(option.xAxis);
    axisLabels(option.yAxis);
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

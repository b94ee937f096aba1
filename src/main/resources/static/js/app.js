// Charts read the data from the table beside them, so the page works without JavaScript and the
// numbers a chart shows are the numbers the table shows (CSP allows no inline scripts).
document.addEventListener('DOMContentLoaded', function () {
  zoneYearSelectors();
  if (typeof echarts === 'undefined') {
    return;
  }
  var charts = [];
  document.querySelectorAll('table[data-chart="bar"]').forEach(function (table) {
    var target = document.getElementById(table.dataset.chartTarget);
    if (!target) {
      return;
    }
    var headers = Array.from(table.querySelectorAll('thead th')).map(function (th) { return th.textContent.trim(); });
    var rows = Array.from(table.querySelectorAll('tbody tr'));
    var categories = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var series = headers.slice(1).map(function (name, index) {
      return {
        name: name,
        type: 'bar',
        data: rows.map(function (row) {
          // a missing value is a gap in the chart, never a zero
          var text = row.cells[index + 1].textContent.replace(/[^0-9.\-]/g, '');
          return text === '' ? null : Number(text);
        })
      };
    });
    if (table.dataset.chartLine && series.length > 0) {
      series[0].markLine = { symbol: 'none', data: [{ yAxis: Number(table.dataset.chartLine) }], lineStyle: { color: '#c8102e' } };
      series[0].itemStyle = { color: function (p) { return p.value >= Number(table.dataset.chartLine) ? '#2f9e44' : '#e8590c'; } };
    }
    var chart = echarts.init(target);
    var draw = function () {
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 10, right: 30, bottom: 10, top: 40, containLabel: true },
        xAxis: { type: 'category', data: categories, axisLabel: categoryLabels(target, categories) },
        yAxis: { type: 'value' },
        series: series
      });
      chart.resize();
    };
    draw();
    charts.push(draw);
  });
  var redrawAll = function () { charts.forEach(function (draw) { draw(); }); };
  window.addEventListener('resize', redrawAll);
  // printed charts are drawn at the paper's width, not the screen's
  window.addEventListener('beforeprint', redrawAll);
  window.addEventListener('afterprint', redrawAll);
  if (window.matchMedia) {
    var print = window.matchMedia('print');
    if (print.addEventListener) {
      print.addEventListener('change', redrawAll);
    }
  }
});

// Every category label is shown (ECharts would skip or cut some): on one line when they fit,
// wrapped when each has room for a few characters, turned otherwise.
function categoryLabels(target, categories) {
  var context = document.createElement('canvas').getContext('2d');
  context.font = '12px sans-serif';
  var slot = Math.max(1, (target.clientWidth - 60) / Math.max(1, categories.length));
  var widest = categories.reduce(function (max, label) { return Math.max(max, context.measureText(label).width); }, 0);
  var labels = { interval: 0, hideOverlap: false };
  if (widest <= slot - 6) {
    return labels;
  }
  if (slot >= 40) {
    labels.width = slot - 6;
    labels.overflow = 'break';
    labels.lineHeight = 14;
    return labels;
  }
  labels.rotate = 45;
  return labels;
}

// Zone and year selectors (fragments :: zoneYear): a new zone is shown at its own year, so the
// year of the zone left behind is not sent along; either choice shows the page at once.
function zoneYearSelectors() {
  document.querySelectorAll('select[data-zone-select]').forEach(function (zone) {
    zone.addEventListener('change', function () {
      var year = zone.form.querySelector('select[data-year-select]');
      if (year) {
        year.disabled = true;
      }
      zone.form.submit();
    });
  });
  document.querySelectorAll('select[data-year-select]').forEach(function (year) {
    year.addEventListener('change', function () { year.form.submit(); });
  });
}

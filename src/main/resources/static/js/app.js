// Charts read the data from the table beside them, so the page works without JavaScript and the
// numbers a chart shows are the numbers the table shows (CSP allows no inline scripts).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
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
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 10, bottom: 30, top: 40 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value' },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});

// The benchmark chart: one bar per zone or district, the chosen one highlighted, read from the
// table beside it (CSP allows no inline scripts; the numbers are the table's). Columns: name,
// value; a row with data-chosen is the chosen zone; an empty value is a gap, never a zero.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('table[data-chart="benchmark"]').forEach(function (table) {
    var target = document.getElementById(table.dataset.chartTarget);
    if (!target) {
      return;
    }
    var rows = Array.from(table.querySelectorAll('tbody tr'));
    var names = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var data = rows.map(function (row) {
      var text = row.cells[1].textContent.trim();
      var chosen = row.hasAttribute('data-chosen');
      return {
        value: text === '' ? null : Number(text),
        itemStyle: { color: chosen ? '#c8102e' : '#8fa8c8' }
      };
    });
    var chart = echarts.init(target);
    var draw = function () {
      chart.setOption({
        tooltip: { trigger: 'axis' },
        grid: { left: 10, right: 30, bottom: 10, top: 30, containLabel: true },
        xAxis: { type: 'category', data: names, axisLabel: categoryLabels(target, names) },
        yAxis: { type: 'value', name: table.dataset.chartUnit || '' },
        series: [{ type: 'bar', data: data, label: { show: true, position: 'top' } }]
      });
      chart.resize();
    };
    draw();
    window.addEventListener('resize', draw);
  });
});

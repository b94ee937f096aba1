// Trajectory charts of the targets page: actuals, the target path, the forecast and its band, read
// from the table beside each chart (CSP allows no inline scripts; the numbers are the table's).
// Columns: year, actual, target path, forecast, lower bound, upper bound.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('table[data-chart="trajectory"]').forEach(function (table) {
    var target = document.getElementById(table.dataset.chartTarget);
    if (!target) {
      return;
    }
    var names = Array.from(table.querySelectorAll('thead th')).map(function (th) { return th.textContent.trim(); });
    var rows = Array.from(table.querySelectorAll('tbody tr'));
    var years = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    function column(index) {
      return rows.map(function (row) {
        // a missing value is a gap in the line, never a zero
        var text = row.cells[index].textContent.trim();
        return text === '' ? null : Number(text);
      });
    }
    var lower = column(4);
    var upper = column(5);
    // the band is drawn as the lower bound (invisible) with the interval's width stacked on it
    var width = upper.map(function (u, i) { return (u === null || lower[i] === null) ? null : u - lower[i]; });
    var chart = echarts.init(target);
    chart.setOption({
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var lines = [items[0].axisValue];
          items.forEach(function (item) {
            if (item.seriesIndex < 3 && item.value !== null && item.value !== undefined) {
              lines.push(item.marker + item.seriesName + ': ' + item.value);
            }
          });
          var i = items[0].dataIndex;
          if (lower[i] !== null && upper[i] !== null && lower[i] !== upper[i]) {
            lines.push(names[4] + '–' + names[5] + ': ' + lower[i] + '–' + upper[i]);
          }
          return lines.join('<br>');
        }
      },
      legend: { top: 0, data: [names[1], names[2], names[3]] },
      grid: { left: 50, right: 16, bottom: 28, top: 36 },
      xAxis: { type: 'category', data: years, boundaryGap: false },
      yAxis: { type: 'value', scale: true },
      series: [
        { name: names[1], type: 'line', data: column(1), connectNulls: false, symbolSize: 7, lineStyle: { width: 3 }, itemStyle: { color: '#1f6feb' }, z: 5 },
        { name: names[2], type: 'line', data: column(2), connectNulls: true, lineStyle: { type: 'dashed', width: 2 }, itemStyle: { color: '#c8102e' }, symbol: 'diamond', symbolSize: 8 },
        { name: names[3], type: 'line', data: column(3), connectNulls: true, lineStyle: { type: 'dotted', width: 2 }, itemStyle: { color: '#e8590c' }, symbolSize: 5 },
        { name: names[4], type: 'line', data: lower, stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none', silent: true, tooltip: { show: false } },
        { name: names[5], type: 'line', data: width, stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none', silent: true, areaStyle: { color: 'rgba(232, 89, 12, 0.18)' }, tooltip: { show: false } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});

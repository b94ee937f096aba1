// 挂图作战: the wall chart of the supervision list, read from the page's hidden table (CSP allows
// no inline scripts): items by department stacked by state, and each item's span from its
// assignment to its deadline with its milestones (filled: reported) against time, coloured by state.
document.addEventListener('DOMContentLoaded', function () {
  var table = document.getElementById('wall-data');
  if (!table || typeof echarts === 'undefined') {
    return;
  }
  var colours = {
    ASSIGNED: '#6c757d', ACCEPTED: '#0d6efd', IN_PROGRESS: '#0aa2c0', COMPLETION_REQUESTED: '#6f42c1',
    VERIFIED: '#20c997', STRUCK_OFF: '#198754', CANCELLED: '#adb5bd'
  };
  var labels = document.getElementById('wall-labels').dataset;
  // titles are typed by people: the tooltip is HTML, so they are escaped into it
  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  var statuses = Array.from(table.querySelectorAll('thead th')).map(function (th) {
    return { code: th.dataset.status, name: th.textContent.trim() };
  });
  var nameOf = {};
  statuses.forEach(function (s) { nameOf[s.code] = s.name; });
  var today = table.dataset.today;
  var items = Array.from(table.querySelectorAll('tbody tr')).map(function (row) {
    return {
      title: row.cells[0].textContent.trim(),
      status: row.dataset.status,
      start: row.dataset.start,
      deadline: row.dataset.deadline,
      department: row.dataset.department,
      indicators: row.dataset.indicators,
      milestones: (row.dataset.milestones || '').split(' ').filter(function (m) { return m.length > 0; }).map(function (m) {
        return { date: m.substring(0, 10), reported: m.charAt(10) === '+' };
      })
    };
  });

  // items by department, one stacked bar per state
  var departments = [];
  items.forEach(function (item) {
    if (departments.indexOf(item.department) < 0) {
      departments.push(item.department);
    }
  });
  var byDepartment = echarts.init(document.getElementById('chart-departments'));
  byDepartment.setOption({
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: function (items) {
        return [escape(items[0].axisValue)].concat(items.filter(function (i) { return i.value > 0; }).map(function (i) {
          return i.marker + escape(i.seriesName) + ': ' + i.value;
        })).join('<br>');
      }
    },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 12, right: 12, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: departments, axisLabel: { interval: 0, rotate: departments.length > 4 ? 30 : 0, width: 110, overflow: 'truncate' } },
    yAxis: { type: 'value', minInterval: 1 },
    series: statuses.map(function (s) {
      return {
        name: s.name, type: 'bar', stack: 'items', itemStyle: { color: colours[s.code] },
        data: departments.map(function (d) {
          return items.filter(function (i) { return i.department === d && i.status === s.code; }).length;
        })
      };
    }).filter(function (series) { return series.data.some(function (n) { return n > 0; }); })
  });

  // the items against time, grouped by department: a bar from assignment to deadline, milestones on it
  items.sort(function (a, b) {
    return a.department.localeCompare(b.department) || a.deadline.localeCompare(b.deadline);
  });
  var categories = items.map(function (i) {
    return (i.indicators ? i.indicators + ' ' : '') + i.title + ' · ' + i.department;
  });
  var spans = items.map(function (item, index) {
    var a = item.start < item.deadline ? item.start : item.deadline;
    var b = item.start < item.deadline ? item.deadline : item.start;
    return { value: [index, a, b, item.deadline], itemStyle: { color: colours[item.status] }, name: nameOf[item.status] };
  });
  var reported = [];
  var open = [];
  items.forEach(function (item, index) {
    item.milestones.forEach(function (m) {
      (m.reported ? reported : open).push([m.date, index]);
    });
  });
  var gantt = echarts.init(document.getElementById('chart-gantt'));
  gantt.setOption({
    tooltip: {
      formatter: function (p) {
        if (p.seriesType === 'custom') {
          return escape(categories[p.value[0]]) + '<br>' + escape(p.name) + '<br>' + escape(labels.deadline) + ': ' + escape(p.value[3]);
        }
        return escape(categories[p.value[1]]) + '<br>' + escape(p.seriesName) + ': ' + escape(p.value[0]);
      }
    },
    legend: { top: 0, data: [labels.reported, labels.open] },
    grid: { left: 8, right: 24, top: 30, bottom: 30, containLabel: true },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: 320, overflow: 'truncate' } },
    series: [
      {
        type: 'custom', name: labels.deadline, encode: { x: [1, 2], y: 0 }, data: spans,
        renderItem: function (params, api) {
          var start = api.coord([api.value(1), api.value(0)]);
          var end = api.coord([api.value(2), api.value(0)]);
          var height = api.size([0, 1])[1] * 0.5;
          return {
            type: 'rect',
            shape: { x: start[0], y: start[1] - height / 2, width: Math.max(2, end[0] - start[0]), height: height },
            style: api.style()
          };
        },
        markLine: { symbol: 'none', label: { formatter: labels.today }, lineStyle: { color: '#c8102e', type: 'dashed' }, data: [{ xAxis: today }] }
      },
      { type: 'scatter', name: labels.reported, data: reported, symbol: 'diamond', symbolSize: 11, itemStyle: { color: '#198754', borderColor: '#fff', borderWidth: 1 }, z: 5 },
      { type: 'scatter', name: labels.open, data: open, symbol: 'diamond', symbolSize: 11, itemStyle: { color: '#fff', borderColor: '#c8102e', borderWidth: 2 }, z: 5 }
    ]
  });
  window.addEventListener('resize', function () { byDepartment.resize(); gantt.resize(); });
});

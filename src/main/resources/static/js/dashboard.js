// The dashboard's small charts (ECharts): each reads its numbers from its data- attributes
// (no inline scripts under the CSP), is drawn when the page loads and again whenever htmx
// swaps the cards in (every minute), and follows the window's size.
(function () {
  'use strict';

  function numbers(text) {
    return (text || '').split(',').filter(function (v) { return v !== ''; }).map(Number);
  }

  var options = {
    gauge: function (el) {
      var max = Number(el.dataset.max);
      var value = Number(el.dataset.value);
      return {
        series: [{
          type: 'gauge', min: 0, max: max, radius: '95%',
          progress: { show: true, width: 10 }, axisLine: { lineStyle: { width: 10 } },
          axisTick: { show: false }, splitLine: { show: false }, axisLabel: { show: false },
          pointer: { show: false }, anchor: { show: false },
          title: { offsetCenter: [0, '35%'], fontSize: 11 },
          detail: { offsetCenter: [0, '0%'], fontSize: 22, fontWeight: 600, formatter: value + '/' + max },
          itemStyle: { color: value === max ? '#2f9e44' : '#e8590c' },
          data: [{ value: value, name: el.dataset.label }]
        }]
      };
    },
    spark: function (el) {
      var threshold = el.dataset.threshold === '' ? null : Number(el.dataset.threshold);
      return {
        grid: { left: 4, right: 4, top: 6, bottom: 4, containLabel: false },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: numbers(el.dataset.years).map(String), show: false },
        yAxis: { type: 'value', show: false, scale: true },
        series: [{
          type: 'line', data: numbers(el.dataset.values), symbolSize: 5, lineStyle: { width: 2 },
          markLine: threshold === null ? undefined
            : { symbol: 'none', label: { show: false }, data: [{ yAxis: threshold }], lineStyle: { color: '#c8102e', type: 'dashed' } }
        }]
      };
    },
    target: function (el) {
      var target = Number(el.dataset.target);
      return {
        grid: { left: 8, right: 16, top: 24, bottom: 4, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: numbers(el.dataset.years).map(String) },
        yAxis: { type: 'value', max: function (v) { return Math.max(v.max, target) * 1.1; } },
        series: [{
          type: 'bar', data: numbers(el.dataset.values), itemStyle: { color: '#1f6feb' }, barMaxWidth: 28,
          markLine: { symbol: 'none', data: [{ yAxis: target, name: el.dataset.targetLabel }],
            label: { formatter: el.dataset.targetLabel, position: 'insideEndTop' }, lineStyle: { color: '#c8102e', type: 'dashed' } }
        }]
      };
    },
    pie: function (el) {
      var labels = (el.dataset.labels || '').split('|');
      var values = numbers(el.dataset.values);
      return {
        tooltip: { trigger: 'item' },
        series: [{
          type: 'pie', radius: ['45%', '75%'], label: { fontSize: 10 },
          data: labels.map(function (label, i) { return { name: label, value: values[i] }; })
        }]
      };
    }
  };

  function draw(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-echart]').forEach(function (el) {
      var make = options[el.dataset.echart];
      if (!make) {
        return;
      }
      var chart = echarts.getInstanceByDom(el) || echarts.init(el);
      // drawn at once: the cards are redrawn on every refresh of a wall screen, where
      // bars growing from zero each minute would read as figures changing
      var option = make(el);
      option.animation = false;
      chart.setOption(option, true);
    });
  }

  function dispose(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-echart]').forEach(function (el) {
      var chart = echarts.getInstanceByDom(el);
      if (chart) {
        chart.dispose();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    draw(document);
    window.addEventListener('resize', function () {
      document.querySelectorAll('[data-echart]').forEach(function (el) {
        var chart = typeof echarts === 'undefined' ? null : echarts.getInstanceByDom(el);
        if (chart) {
          chart.resize();
        }
      });
    });
    document.body.addEventListener('htmx:beforeSwap', function (event) {
      dispose(event.detail.target);
    });
    document.body.addEventListener('htmx:afterSettle', function (event) {
      draw(event.detail.elt && event.detail.elt.isConnected ? event.detail.elt : document);
    });
  });
})();

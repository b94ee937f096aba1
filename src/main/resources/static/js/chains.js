// The chain map: the links as a graph upstream → downstream, coloured by strength, read from the
// links table beside it (CSP allows no inline scripts). A click on a link opens its enterprises.
// Each node's place on the page is kept on the chart element (data-node-<code> = "x,y") so that a
// browser test can click it like a person does.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var colours = { FILL: '#c8102e', STRENGTHEN: '#e8a400', EXTEND: '#1f6feb', SOUND: '#2f9e44' };
  document.querySelectorAll('table[data-chart="chain-map"]').forEach(function (table) {
    var target = document.getElementById(table.dataset.chartTarget);
    if (!target) {
      return;
    }
    var rows = Array.from(table.querySelectorAll('tbody tr[data-link]'));
    var links = rows.map(function (row) {
      return {
        code: row.dataset.link, name: row.dataset.name, strength: row.dataset.strength, href: row.dataset.href,
        enterprises: Number(row.dataset.enterprises),
        downstream: (row.dataset.downstream || '').split(' ').filter(function (d) { return d !== ''; })
      };
    });
    var byCode = {};
    links.forEach(function (link) { byCode[link.code] = link; });
    // depth: the longest way from a link without upstream (the graph has no cycles)
    var depth = {};
    function place(code, d, seen) {
      if (seen.indexOf(code) >= 0) {
        return;
      }
      if (depth[code] === undefined || depth[code] < d) {
        depth[code] = d;
      }
      byCode[code].downstream.forEach(function (down) {
        if (byCode[down]) {
          place(down, d + 1, seen.concat([code]));
        }
      });
    }
    var fed = {};
    links.forEach(function (link) { link.downstream.forEach(function (down) { fed[down] = true; }); });
    links.forEach(function (link) { if (!fed[link.code]) { place(link.code, 0, []); } });
    links.forEach(function (link) { if (depth[link.code] === undefined) { depth[link.code] = 0; } });
    var perDepth = {};
    var nodes = links.map(function (link) {
      var d = depth[link.code];
      var row = perDepth[d] = (perDepth[d] || 0) + 1;
      return {
        id: link.code, name: link.name, x: d * 240, y: row * 110, value: link.enterprises,
        symbolSize: 34 + Math.min(link.enterprises, 30), href: link.href,
        itemStyle: { color: colours[link.strength] || '#888' },
        label: { show: true, position: 'bottom', formatter: link.name + ' (' + link.enterprises + ')' }
      };
    });
    // two invisible corners keep the drawing's frame from collapsing when every link sits in
    // one column or one row (the graph is scaled to the frame of its nodes)
    var maxX = Math.max.apply(null, nodes.map(function (n) { return n.x; }));
    var maxY = Math.max.apply(null, nodes.map(function (n) { return n.y; }));
    [[-120, 0], [maxX + 120, maxY + 110]].forEach(function (corner, i) {
      nodes.push({ id: '__corner' + i, name: '', x: corner[0], y: corner[1], symbolSize: 0, silent: true,
        label: { show: false }, itemStyle: { opacity: 0 }, tooltip: { show: false } });
    });
    var edges = [];
    links.forEach(function (link) {
      link.downstream.forEach(function (down) {
        if (byCode[down]) {
          edges.push({ source: link.code, target: down });
        }
      });
    });
    var chart = echarts.init(target);
    chart.setOption({
      tooltip: { formatter: function (item) { return (item.dataType === 'node' && item.data.href) ? item.data.label.formatter : ''; } },
      series: [{
        type: 'graph', layout: 'none', roam: false, nodeScaleRatio: 0, data: nodes, links: edges,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10, lineStyle: { width: 2, color: '#8a99a8', curveness: 0.1 },
        left: 60, right: 60, top: 30, bottom: 50, cursor: 'pointer'
      }]
    });
    chart.on('click', function (item) {
      if (item.dataType === 'node' && item.data.href) {
        window.location.href = item.data.href;
      }
    });
    function remember() {
      nodes.forEach(function (node) {
        if (!node.href) {
          return;
        }
        var at = chart.convertToPixel({ seriesIndex: 0 }, [node.x, node.y]);
        if (at) {
          target.setAttribute('data-node-' + node.id.toLowerCase(), Math.round(at[0]) + ',' + Math.round(at[1]));
        }
      });
      target.setAttribute('data-ready', 'true');
    }
    chart.on('finished', remember);
    remember();
    window.addEventListener('resize', function () { chart.resize(); remember(); });
  });
});

// The innovation service chain as a Sankey: institution → incubated enterprise → industrial chain.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('table[data-chart="innovation-path"]').forEach(function (table) {
    var target = document.getElementById(table.dataset.chartTarget);
    if (!target) {
      return;
    }
    var names = {};
    var flows = [];
    Array.from(table.querySelectorAll('tbody tr')).forEach(function (row) {
      var platform = row.dataset.platform;
      var enterprise = row.dataset.enterprise;
      // a chain and an enterprise could share a name: the chain's node carries a mark
      var chain = '▸ ' + (row.dataset.chain || row.dataset.off);
      [platform, enterprise, chain].forEach(function (n) { names[n] = true; });
      flows.push({ source: platform, target: enterprise, value: 1 });
      flows.push({ source: enterprise, target: chain, value: 1 });
    });
    var chart = echarts.init(target);
    chart.setOption({
      tooltip: { trigger: 'item' },
      series: [{
        type: 'sankey', animation: false, left: 10, right: 160, top: 10, bottom: 10, nodeGap: 6, emphasis: { focus: 'adjacency' },
        data: Object.keys(names).map(function (n) { return { name: n }; }), links: flows,
        label: { fontSize: 11 }, lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.35 }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});

// Bar chart for /compare: reads the page's JSON data block (no inline script, CSP self-only).
(function () {
  'use strict';
  function draw() {
    var holder = document.getElementById('compare-chart');
    var block = document.getElementById('compare-chart-data');
    if (!holder || !block || typeof window.echarts === 'undefined') {
      return;
    }
    var data;
    try {
      data = JSON.parse(block.textContent);
    } catch (e) {
      return;
    }
    if (!data || !data.labels || data.labels.length === 0) {
      return;
    }
    holder.classList.add('ready');
    // Long unit names: horizontal bars, one row per unit and year, largest at the top as in the table.
    var labels = data.labels.slice().reverse();
    var values = data.values.map(Number).reverse();
    holder.classList.add(labels.length > 15 ? 'tall' : 'short');
    var chart = window.echarts.init(holder, null, { renderer: 'canvas' });
    chart.setOption({
      title: { text: data.title, left: 0, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        valueFormatter: function (v) { return Number(v).toFixed(2) + ' ' + data.unit; } },
      grid: { left: 8, right: 48, top: 40, bottom: 24, containLabel: true },
      xAxis: { type: 'value', name: data.unit },
      yAxis: { type: 'category', data: labels, axisLabel: { width: 220, overflow: 'truncate' } },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#9b1c1c' },
        label: { show: true, position: 'right', formatter: function (p) { return Number(p.value).toFixed(2); } } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();

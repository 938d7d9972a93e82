/*
 * Draws the charts of a page from its JSON data block (<script type="application/json" id="chart-data">)
 * with the pinned ECharts. The page carries the same numbers as tables, so without JavaScript (or if
 * anything here fails) nothing is lost: the chart containers simply stay hidden.
 * Tooltips render as rich text inside the canvas: ECharts' HTML tooltips use inline style
 * attributes, which the Content-Security-Policy forbids.
 */
(function () {
  'use strict';

  var PALETTE = ['#1f5fa8', '#d9822b', '#2e8b57', '#b04a5a', '#7b5ea7', '#4aa3b0', '#8c8c3a', '#c46aa5', '#5c6f82', '#a66b2e'];

  function format(value, unit) {
    if (value === null || value === undefined) {
      return '—';
    }
    return Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' ' + unit;
  }

  function pieOption(spec, unit) {
    var series = spec.series[0];
    return {
      color: PALETTE,
      animation: false,
      tooltip: {
        trigger: 'item',
        renderMode: 'richText',
        formatter: function (p) { return p.name + '：' + format(p.value, unit) + '（' + p.percent + '%）'; }
      },
      legend: { type: 'scroll', bottom: 0 },
      series: [{
        name: series.name,
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{d}%' },
        data: spec.categories.map(function (name, i) { return { name: name, value: series.values[i] }; })
      }]
    };
  }

  function axisOption(spec, unit) {
    var horizontal = spec.kind === 'hbar';
    var type = spec.kind === 'line' ? 'line' : 'bar';
    var categoryAxis = { type: 'category', data: spec.categories, axisLabel: { interval: 0 } };
    var valueAxis = { type: 'value', name: unit, axisLabel: { formatter: function (v) { return Number(v).toLocaleString('zh-CN'); } } };
    if (horizontal) {
      categoryAxis.inverse = true;
      // The unit's name at the end of a horizontal value axis falls outside the grid (containLabel
      // does not count axis names) and was clipped: put it under the axis instead.
      valueAxis.nameLocation = 'middle';
      valueAxis.nameGap = 28;
    }
    return {
      color: PALETTE,
      animation: false,
      tooltip: {
        trigger: 'axis',
        renderMode: 'richText',
        axisPointer: { type: 'shadow' },
        formatter: function (items) {
          var lines = [items[0].axisValueLabel || items[0].name];
          items.forEach(function (p) { lines.push(p.seriesName + '：' + format(p.value, unit)); });
          return lines.join('\n');
        }
      },
      legend: spec.series.length > 1 ? { top: 0 } : undefined,
      grid: { left: 16, right: 32, top: spec.series.length > 1 ? 48 : 32, bottom: horizontal ? 40 : 16, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: spec.series.map(function (s) {
        return {
          name: s.name,
          type: type,
          stack: spec.stacked ? 'total' : undefined,
          connectNulls: false,
          barMaxWidth: 48,
          data: s.values,
          label: { show: spec.kind === 'hbar', position: 'right', formatter: function (p) { return format(p.value, ''); } }
        };
      })
    };
  }

  function draw() {
    var block = document.getElementById('chart-data');
    if (!block || typeof window.echarts === 'undefined') {
      return;
    }
    var data;
    try {
      data = JSON.parse(block.textContent);
    } catch (e) {
      return;
    }
    var charts = [];
    function drawOne(spec, el) {
      el.hidden = false;
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(spec.kind === 'pie' ? pieOption(spec, data.unit) : axisOption(spec, data.unit));
      charts.push(chart);
    }
    // Each chart is drawn when it comes near the viewport (lazy-charts.js loaded this file when the
    // first one did): a phone pays only for the charts it scrolls to.
    var observer = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) {
          observer.unobserve(e.target);
          drawOne(e.target.gongkaiSpec, e.target);
        }
      });
    }, { rootMargin: '300px 0px' }) : null;
    (data.charts || []).forEach(function (spec) {
      var el = document.getElementById('chart-' + spec.id);
      if (!el) {
        return;
      }
      el.hidden = false;
      if (observer) {
        el.gongkaiSpec = spec;
        observer.observe(el);
      } else {
        drawOne(spec, el);
      }
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (c) { c.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());

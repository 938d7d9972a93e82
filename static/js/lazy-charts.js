/*
 * Loads a page's chart scripts (the 560 KB ECharts build, then the page's drawing code) only when a
 * chart's drawing area comes within 300 px of the viewport, so a phone that opens a report reads its
 * tables without paying for charts it never scrolls to. The drawing area is watched rather than the
 * whole figure: a unit page's first figure starts on the first screen of a phone with its caption,
 * which already states the figures. Usage, once per page:
 *   <script src="/static/js/lazy-charts.js" defer data-watch=".chart-canvas"
 *           data-scripts="/static/vendor/…/echarts.min.js /static/js/charts.js"></script>
 * The chart canvases are shown (their space reserved by CSS) at once, so drawing later moves
 * nothing; if a script cannot be loaded they are hidden again, as without JavaScript, and the tables
 * under the charts still carry every number. Without IntersectionObserver the scripts load after
 * the page has loaded.
 */
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me) {
    return;
  }
  var scripts = (me.getAttribute('data-scripts') || '').split(/\s+/).filter(Boolean);
  var watched = Array.prototype.slice.call(document.querySelectorAll(me.getAttribute('data-watch') || '.chart-canvas'));
  if (scripts.length === 0 || watched.length === 0) {
    return;
  }
  var canvases = Array.prototype.slice.call(document.querySelectorAll('.chart-canvas[hidden]'));
  canvases.forEach(function (c) { c.hidden = false; });
  var started = false;

  function load() {
    if (started) {
      return;
    }
    started = true;
    scripts.forEach(function (src) {
      var s = document.createElement('script');
      s.src = src;
      s.async = false; // run in the listed order: ECharts before the code that draws with it
      s.onerror = function () { canvases.forEach(function (c) { c.hidden = true; }); };
      document.head.appendChild(s);
    });
  }

  if (!('IntersectionObserver' in window)) {
    if (document.readyState === 'complete') {
      load();
    } else {
      window.addEventListener('load', load);
    }
    return;
  }
  var observer = new IntersectionObserver(function (entries) {
    if (entries.some(function (e) { return e.isIntersecting; })) {
      observer.disconnect();
      load();
    }
  }, { rootMargin: '300px 0px' });
  watched.forEach(function (el) { observer.observe(el); });
}());

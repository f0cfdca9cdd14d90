// Draws every element with a data-chart attribute: the attribute holds the ECharts option as JSON,
// built by the service (no inline script, so the pages keep a strict Content-Security-Policy).
(function () {
  'use strict';
  var charts = [];
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(JSON.parse(el.getAttribute('data-chart')));
    el.setAttribute('data-rendered', 'true');
    charts.push(chart);
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();

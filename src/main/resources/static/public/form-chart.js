/*
 * The chart beside the year-over-year table of a published form's page: one indicator at a time (chosen in a select),
 * its value per year as bars (green met, red not met) and the threshold that applied as a line. Progressive
 * enhancement: the table above holds the same data and stays; without JavaScript or ECharts the chart stays hidden.
 */
(function () {
  'use strict';

  function css(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('yoy-chart-box');
    var source = document.getElementById('yoy-data');
    if (!box || !source || !window.echarts) {
      return;
    }
    var data = JSON.parse(source.textContent);
    if (!data.indicators.length) {
      return;
    }
    var select = document.getElementById('yoy-indicator');
    data.indicators.forEach(function (indicator, i) {
      var option = document.createElement('option');
      option.value = String(i);
      option.textContent = indicator.name + (indicator.unit ? ' (' + indicator.unit + ')' : '');
      select.appendChild(option);
    });
    box.hidden = false;
    var chart = window.echarts.init(document.getElementById('yoy-chart'));

    function show(i) {
      var indicator = data.indicators[i];
      var good = css('--good') || '#17613d';
      var bad = css('--bad') || '#b3261e';
      var ink = css('--ink') || '#1f2328';
      chart.setOption({
        aria: { enabled: true },
        textStyle: { color: ink },
        tooltip: { trigger: 'axis' },
        legend: { data: [data.valueLabel, data.thresholdLabel], textStyle: { color: ink } },
        grid: { left: 60, right: 20, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: data.years.map(String), axisLabel: { color: ink } },
        yAxis: { type: 'value', name: indicator.unit, axisLabel: { color: ink }, nameTextStyle: { color: ink } },
        series: [
          {
            name: data.valueLabel,
            type: 'bar',
            barMaxWidth: 48,
            itemStyle: { color: good },
            data: indicator.values.map(function (v, y) {
              return {
                value: v,
                itemStyle: { color: indicator.met[y] === false ? bad : good }
              };
            })
          },
          {
            name: data.thresholdLabel,
            type: 'line',
            step: 'middle',
            connectNulls: false,
            lineStyle: { type: 'dashed', color: ink },
            itemStyle: { color: ink },
            data: indicator.thresholds
          }
        ]
      }, true);
    }

    select.addEventListener('change', function () { show(Number(select.value)); });
    window.addEventListener('resize', function () { chart.resize(); });
    show(0);
  });
})();

/*
 * Draws every chart on the page from its JSON spec (a <script type="application/json"> block beside it),
 * with Apache ECharts served from the site's own assets. The table beside each chart is the primary content:
 * without this script the page is complete, so nothing here is needed to read the figures.
 */
(function () {
  'use strict';

  document.documentElement.classList.add('js');

  // Okabe–Ito (its pale yellow swapped for a darker wine, for contrast on white): distinguishable with the common
  // forms of colour blindness. Decal patterns add a second cue.
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#882255', '#000000'];
  var HATCH = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4, color: 'rgba(0,0,0,0.6)' };

  // A partial period: pale fill, dense hatching and a dashed outline, so it reads as "not a full period" in any colour.
  function partialStyle(colour) {
    return { color: colour + '66', decal: HATCH, borderType: 'dashed', borderColor: colour, borderWidth: 2 };
  }
  var charts = [];

  function cssColour(name, fallback) {
    var value = getComputedStyle(document.documentElement).getPropertyValue(name);
    return value && value.trim() ? value.trim() : fallback;
  }

  function categoryLabel(spec, index) {
    var note = spec.categoryNotes[index];
    return note ? spec.categories[index] + '\n(' + note + ')' : spec.categories[index];
  }

  function seriesFor(spec, horizontal) {
    return spec.series.map(function (s, index) {
      var partialSeries = !!s.note;
      var colour = PALETTE[index % PALETTE.length];
      return {
        name: partialSeries ? s.name + ' (partial: ' + s.note + ')' : s.name,
        type: 'bar',
        stack: spec.stacked ? 'total' : undefined,
        barMaxWidth: 48,
        itemStyle: partialSeries ? partialStyle(colour) : undefined,
        data: s.values.map(function (value, i) {
          var partialCategory = !!spec.categoryNotes[i];
          var point = { value: value === null ? '-' : value };
          if (partialCategory) {
            point.itemStyle = partialStyle(colour);
            point.label = { show: !horizontal, position: 'top', formatter: 'partial: ' + spec.categoryNotes[i] };
          }
          return point;
        })
      };
    });
  }

  function options(spec, width) {
    var horizontal = spec.type === 'bars';
    var text = cssColour('--fg', '#1b1b1b');
    var line = cssColour('--line', '#b1b4b6');
    var categoryAxis = {
      type: 'category',
      data: spec.categories.map(function (c, i) { return categoryLabel(spec, i); }),
      inverse: horizontal,
      axisLabel: { color: text, width: horizontal ? Math.max(120, Math.floor(width * 0.38)) : undefined,
        overflow: horizontal ? 'truncate' : undefined, interval: 0 },
      axisLine: { lineStyle: { color: line } }
    };
    var valueAxis = {
      type: 'value', name: spec.valueAxis, nameTextStyle: { color: text },
      nameLocation: horizontal ? 'middle' : 'end', nameGap: horizontal ? 26 : 12,
      axisLabel: { color: text }, splitLine: { lineStyle: { color: line, opacity: 0.5 } }, minInterval: 1
    };
    return {
      animation: false,
      backgroundColor: 'transparent',
      color: PALETTE,
      textStyle: { color: text },
      // Decal patterns tell series apart without colour; a single series needs none, so partial periods stand out.
      aria: { enabled: true, decal: { show: spec.series.length > 1 }, label: { description: spec.title + '. ' + spec.summary } },
      // Drawn inside the chart (richText), not as an HTML overlay: no inline styles for the CSP to refuse, and labels
      // from disclosures can never be read as markup.
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, renderMode: 'richText' },
      legend: spec.series.length > 1 ? { type: 'scroll', top: 0, textStyle: { color: text } } : undefined,
      grid: { containLabel: true, left: 8, right: 32, top: spec.series.length > 1 ? 44 : 28, bottom: horizontal ? 28 : 8 },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: seriesFor(spec, horizontal)
    };
  }

  function height(spec) {
    if (spec.type !== 'bars') {
      return 340;
    }
    return Math.max(220, 70 + spec.categories.length * 26 + (spec.series.length > 1 ? 30 : 0));
  }

  function addDownload(figure, chart, spec) {
    var holder = figure.querySelector('.chart-downloads');
    if (!holder || typeof chart.renderToSVGString !== 'function') {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Download this chart (SVG image)';
    button.addEventListener('click', function () {
      var blob = new Blob([chart.renderToSVGString()], { type: 'image/svg+xml' });
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = spec.id + '.svg';
      document.body.appendChild(link);
      link.click();
      setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
    });
    holder.appendChild(button);
  }

  function draw(canvas) {
    if (canvas.getAttribute('data-drawn')) {
      return;
    }
    canvas.setAttribute('data-drawn', 'true');
    var source = document.getElementById(canvas.getAttribute('data-chart') + '-data');
    var spec = JSON.parse(source.textContent);
    canvas.style.height = height(spec) + 'px';
    var chart = echarts.init(canvas, null, { renderer: 'svg' });
    chart.setOption(options(spec, canvas.clientWidth || 600));
    charts.push(chart);
    addDownload(canvas.closest('figure'), chart, spec);
  }

  function start() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var canvases = Array.prototype.slice.call(document.querySelectorAll('.chart-canvas[data-chart]'));
    if ('IntersectionObserver' in window) {
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) {
            observer.unobserve(entry.target);
            draw(entry.target);
          }
        });
      }, { rootMargin: '400px 0px' });
      canvases.forEach(function (c) { observer.observe(c); });
    } else {
      canvases.forEach(draw);
    }
    var pending = null;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(function () { charts.forEach(function (c) { c.resize(); }); }, 100);
    });
    window.addEventListener('beforeprint', function () {
      canvases.forEach(draw);
      charts.forEach(function (c) { c.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

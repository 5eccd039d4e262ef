/*
 * Draws every chart on the page from its JSON spec (a <script type="application/json"> block beside it),
 * with Apache ECharts served from the site's own assets. The table beside each chart is the primary content:
 * without this script the page is complete, so nothing here is needed to read the figures.
 *
 * ECharts (0.66 MB) is not part of the page: this small script adds it only when the first chart comes within about
 * a screen of being seen (or before printing), from the address in this script element's data-echarts attribute.
 * Layout is chosen from each chart's own width, so charts read at 390 px as well as at 1280 px.
 */
(function () {
  'use strict';

  document.documentElement.classList.add('js');

  var self = document.currentScript;
  var echartsSrc = self ? self.getAttribute('data-echarts') : null;

  // Okabe–Ito (its pale yellow swapped for a darker wine, for contrast on white): distinguishable with the common
  // forms of colour blindness. A chart shows at most six series (the handbook groups the rest), so no colour repeats;
  // decal patterns add a second cue.
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#882255', '#000000'];
  var HATCH = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4, color: 'rgba(0,0,0,0.6)' };
  var FONT = 12;
  var LINE = 15;

  // A partial period: pale fill, dense hatching and a dashed outline, so it reads as "not a full period" in any colour.
  function partialStyle(colour) {
    return { color: colour + '66', decal: HATCH, borderType: 'dashed', borderColor: colour, borderWidth: 2 };
  }
  var charts = [];

  function cssColour(name, fallback) {
    var value = getComputedStyle(document.documentElement).getPropertyValue(name);
    return value && value.trim() ? value.trim() : fallback;
  }

  // Text measured as ECharts draws it (12px sans-serif), to size each chart before it is drawn.
  var measurer = null;
  function textWidth(text) {
    if (!measurer) {
      measurer = document.createElement('canvas').getContext('2d');
      measurer.font = FONT + 'px sans-serif';
    }
    return measurer.measureText(text).width;
  }

  // The lines a label wraps to within a width, breaking between words (a word too long for a line gets a line).
  function wrap(text, width) {
    var lines = [];
    String(text).split('\n').forEach(function (paragraph) {
      var line = '';
      paragraph.split(' ').forEach(function (word) {
        var next = line ? line + ' ' + word : word;
        if (line && textWidth(next) > width) {
          lines.push(line);
          line = word;
        } else {
          line = next;
        }
      });
      lines.push(line);
    });
    return lines;
  }

  function categoryLabel(spec, index) {
    var note = spec.categoryNotes[index];
    return note ? spec.shortCategories[index] + '\n(part period: ' + note + ')' : spec.shortCategories[index];
  }

  function seriesName(spec, index) {
    var s = spec.series[index];
    return s.note ? spec.shortSeries[index] + ' (part period: ' + s.note + ')' : spec.shortSeries[index];
  }

  function tooltipText(spec, width) {
    return function (params) {
      var list = Array.isArray(params) ? params : [params];
      if (!list.length) {
        return '';
      }
      var i = list[0].dataIndex;
      var full = spec.categories[i] + (spec.categoryNotes[i] ? ' (part period: ' + spec.categoryNotes[i] + ')' : '');
      var lines = wrap(full, width);
      list.forEach(function (p) {
        var s = spec.series[p.seriesIndex];
        var value = s.values[i] === null ? 'no figure' : s.values[i].toLocaleString('en-GB');
        var name = spec.series.length > 1 || s.note ? s.name + (s.note ? ' (part period: ' + s.note + ')' : '') + ': ' : '';
        wrap(name + value, width - 16).forEach(function (l, k) { lines.push(k === 0 ? p.marker + l : '   ' + l); });
      });
      return lines.join('\n');
    };
  }

  // The layout for one chart at one width: where labels wrap, how tall each bar is, where the legend and axes go.
  function layout(spec, width) {
    var horizontal = spec.type === 'bars';
    var multi = spec.series.length > 1;
    var legendWidth = width - 40;
    var legendLines = multi ? spec.series.reduce(function (n, s, i) { return n + wrap(seriesName(spec, i), legendWidth).length; }, 0) : 0;
    var legendHeight = multi ? legendLines * LINE + (spec.series.length - 1) * 6 + 10 : 0;
    var result = { horizontal: horizontal, legendWidth: legendWidth, legendHeight: legendHeight };
    if (horizontal) {
      result.labelWidth = Math.max(110, Math.min(320, Math.round(width * 0.4)));
      var lines = spec.categories.reduce(function (n, c, i) { return Math.max(n, wrap(categoryLabel(spec, i), result.labelWidth).length); }, 1);
      result.band = Math.max(multi ? 30 : 26, lines * LINE + 10);
      var plot = spec.categories.length * result.band;
      result.axisOnTop = plot > 360;
      result.top = legendHeight + (result.axisOnTop ? 44 : 8);
      result.bottom = result.axisOnTop ? 8 : 40;
      result.height = result.top + plot + result.bottom;
      result.plotWidth = width - result.labelWidth - 60;
    } else {
      var band = (width - 60) / spec.categories.length;
      result.labelWidth = Math.max(40, Math.floor(band - 8));
      var rows = spec.categories.reduce(function (n, c, i) { return Math.max(n, wrap(categoryLabel(spec, i), result.labelWidth).length); }, 1);
      result.top = legendHeight + 34;
      result.bottom = rows * LINE + 16;
      result.height = result.top + 240 + result.bottom;
      result.plotHeight = 240;
    }
    return result;
  }

  function maxTotal(spec) {
    var max = 0;
    spec.categories.forEach(function (c, i) {
      var sum = 0;
      spec.series.forEach(function (s) { sum += s.values[i] || 0; });
      max = Math.max(max, spec.stacked ? sum : Math.max.apply(null, spec.series.map(function (s) { return s.values[i] || 0; })));
    });
    return max || 1;
  }

  // A value label goes on a bar only where it fits inside (stacked) or beside it (single series).
  function valueLabel(spec, geometry, value, single) {
    if (value === null || (value === 0 && !single)) {
      return { show: false };
    }
    var text = value.toLocaleString('en-GB');
    if (single) {
      return { show: true, position: geometry.horizontal ? 'right' : 'top', formatter: text, color: cssColour('--fg', '#1b1b1b') };
    }
    var room = geometry.horizontal ? value / maxTotal(spec) * geometry.plotWidth * 0.9 : value / maxTotal(spec) * geometry.plotHeight * 0.9;
    var need = geometry.horizontal ? textWidth(text) + 6 : LINE + 2;
    return { show: room >= need, position: 'inside', formatter: text, color: '#000', textBorderColor: '#fff', textBorderWidth: 2 };
  }

  function seriesFor(spec, geometry) {
    var single = spec.series.length === 1;
    return spec.series.map(function (s, index) {
      var partialSeries = !!s.note;
      var colour = PALETTE[index % PALETTE.length];
      return {
        name: seriesName(spec, index),
        type: 'bar',
        stack: spec.stacked ? 'total' : undefined,
        barMaxWidth: 48,
        itemStyle: partialSeries ? partialStyle(colour) : undefined,
        data: s.values.map(function (value, i) {
          var point = { value: value === null ? '-' : value, label: valueLabel(spec, geometry, value, single) };
          if (spec.categoryNotes[i]) {
            point.itemStyle = partialStyle(colour);
          }
          return point;
        })
      };
    });
  }

  function options(spec, width) {
    var g = layout(spec, width);
    var text = cssColour('--fg', '#1b1b1b');
    var line = cssColour('--line', '#b1b4b6');
    var categoryAxis = {
      type: 'category',
      data: spec.categories.map(function (c, i) { return categoryLabel(spec, i); }),
      inverse: g.horizontal,
      axisLabel: { color: text, width: g.labelWidth, overflow: 'break', interval: 0, lineHeight: LINE },
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: line } }
    };
    var valueAxis = {
      type: 'value', name: spec.valueAxis, nameTextStyle: { color: text },
      position: g.horizontal && g.axisOnTop ? 'top' : undefined,
      nameLocation: g.horizontal ? 'middle' : 'end', nameGap: g.horizontal ? 24 : 12,
      axisLabel: { color: text, hideOverlap: true }, splitLine: { lineStyle: { color: line, opacity: 0.5 } }, minInterval: 1
    };
    return {
      height: g.height,
      animation: false,
      backgroundColor: 'transparent',
      color: PALETTE,
      textStyle: { color: text, fontSize: FONT },
      // Decal patterns tell series apart without colour; a single series needs none, so partial periods stand out.
      aria: { enabled: true, decal: { show: spec.series.length > 1 }, label: { description: spec.title + '. ' + spec.summary } },
      // Drawn inside the chart (richText), not as an HTML overlay: no inline styles for the CSP to refuse, and labels
      // from disclosures can never be read as markup. It gives the full labels, wrapped to the chart's width.
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, renderMode: 'richText',
        formatter: tooltipText(spec, Math.max(160, Math.min(420, width - 40))) },
      // One legend entry a line, never paged: a chart has at most six series.
      legend: spec.series.length > 1 ? { type: 'plain', orient: 'vertical', top: 0, left: 0, itemGap: 6,
        textStyle: { color: text, width: g.legendWidth, overflow: 'break', lineHeight: LINE } } : undefined,
      grid: { containLabel: true, left: 8, right: g.horizontal ? 40 : 8, top: g.top, bottom: g.horizontal ? g.bottom : 8 },
      xAxis: g.horizontal ? valueAxis : categoryAxis,
      yAxis: g.horizontal ? categoryAxis : valueAxis,
      series: seriesFor(spec, g)
    };
  }

  function addDownload(figure, chart, spec) {
    var holder = figure.querySelector('.chart-downloads');
    if (!holder || typeof chart.renderToSVGString !== 'function' || holder.querySelector('button')) {
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

  function specOf(canvas) {
    return JSON.parse(document.getElementById(canvas.getAttribute('data-chart') + '-data').textContent);
  }

  function draw(canvas) {
    if (canvas.getAttribute('data-drawn')) {
      return;
    }
    canvas.setAttribute('data-drawn', 'true');
    var spec = specOf(canvas);
    var width = canvas.clientWidth || 600;
    var option = options(spec, width);
    canvas.style.height = option.height + 'px';
    delete option.height;
    var chart = echarts.init(canvas, null, { renderer: 'svg' });
    chart.setOption(option);
    charts.push({ chart: chart, canvas: canvas, spec: spec, width: width });
    addDownload(canvas.closest('figure'), chart, spec);
  }

  // When the width changes (a phone turned, a window resized), the layout is chosen again for the new width.
  function redraw() {
    charts.forEach(function (c) {
      var width = c.canvas.clientWidth || 600;
      if (width !== c.width) {
        c.width = width;
        var option = options(c.spec, width);
        c.canvas.style.height = option.height + 'px';
        delete option.height;
        c.chart.setOption(option, true);
      }
      c.chart.resize();
    });
  }

  // ECharts is fetched once, on first need; whatever asked for it meanwhile runs when it arrives.
  var waiting = [];
  var requested = false;
  function withEcharts(then) {
    if (typeof echarts !== 'undefined') {
      then();
      return;
    }
    waiting.push(then);
    if (requested || !echartsSrc) {
      return;
    }
    requested = true;
    var script = document.createElement('script');
    script.src = echartsSrc;
    script.async = true;
    script.addEventListener('load', function () {
      var run = waiting;
      waiting = [];
      run.forEach(function (f) { f(); });
    });
    document.head.appendChild(script);
  }

  function start() {
    var canvases = Array.prototype.slice.call(document.querySelectorAll('.chart-canvas[data-chart]'));
    if (!canvases.length) {
      return;
    }
    var drawAll = function () { withEcharts(function () { canvases.forEach(draw); redraw(); }); };
    if ('IntersectionObserver' in window) {
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) {
            observer.unobserve(entry.target);
            withEcharts(function () { draw(entry.target); });
          }
        });
      }, { rootMargin: '100% 0px' });
      canvases.forEach(function (c) { observer.observe(c); });
    } else {
      drawAll();
    }
    var pending = null;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(redraw, 100);
    });
    window.addEventListener('beforeprint', drawAll);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

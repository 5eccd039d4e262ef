// Reads what a drawn chart shows (run in the page with arguments[0] = the .chart-canvas element).
// Returns { labels: [drawn text of each category label], problems: [...] }: labels that read the same, labels that
// overlap a neighbour or leave the canvas, a paged legend, too many series, a blank series name.
var el = arguments[0];
var problems = [];
var chart = echarts.getInstanceByDom(el);
if (!chart) { return { labels: [], problems: ['not drawn'] }; }
var opt = chart.getOption();
var horizontal = opt.yAxis[0].type === 'category';
var axisKey = horizontal ? 'yAxis' : 'xAxis';
var n = opt[axisKey][0].data.length;
var grid = chart.getModel().getComponent('grid', 0).coordinateSystem.getRect();
var box = el.getBoundingClientRect();
var centres = [];
for (var i = 0; i < n; i++) {
  var q = {}; q[axisKey + 'Index'] = 0;
  centres.push(chart.convertToPixel(q, i));
}
var band = n > 1 ? Math.abs(centres[1] - centres[0]) : (horizontal ? grid.height : grid.width);
var parts = centres.map(function () { return { text: [], rects: [] }; });
Array.prototype.forEach.call(el.querySelectorAll('svg text'), function (t) {
  var r = t.getBoundingClientRect();
  var x = r.left - box.left, y = r.top - box.top;
  var text = t.textContent.trim();
  if (!text || r.width === 0) { return; }
  var inLabelArea = horizontal ? (x + r.width <= grid.x + 2 && y + r.height / 2 >= grid.y && y + r.height / 2 <= grid.y + grid.height)
                               : (y >= grid.y + grid.height - 2);
  if (!inLabelArea) { return; }
  var along = horizontal ? y + r.height / 2 : x + r.width / 2;
  var best = -1, dist = Infinity;
  centres.forEach(function (c, k) { if (Math.abs(c - along) < dist) { dist = Math.abs(c - along); best = k; } });
  if (best >= 0 && dist <= band / 2 + 1) {
    parts[best].text.push(text);
    parts[best].rects.push({ left: x, right: x + r.width, top: y, bottom: y + r.height });
    if (x < -1 || x + r.width > box.width + 1) { problems.push('label leaves the canvas: ' + text); }
  }
});
var labels = parts.map(function (p) { return p.text.join(' '); });
var seen = {};
labels.forEach(function (l, k) {
  if (!l) { problems.push('category ' + (k + 1) + ' has no drawn label'); return; }
  if (seen[l] !== undefined) { problems.push('categories ' + (seen[l] + 1) + ' and ' + (k + 1) + ' read the same: "' + l + '"'); }
  seen[l] = k;
});
function extent(p) {
  return p.rects.reduce(function (a, r) { return { left: Math.min(a.left, r.left), right: Math.max(a.right, r.right),
    top: Math.min(a.top, r.top), bottom: Math.max(a.bottom, r.bottom) }; }, { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity });
}
for (var k = 1; k < parts.length; k++) {
  if (!parts[k].rects.length || !parts[k - 1].rects.length) { continue; }
  var a = extent(parts[k - 1]), b = extent(parts[k]);
  var overlap = horizontal ? Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) : Math.min(a.right, b.right) - Math.max(a.left, b.left);
  if (overlap > 1) { problems.push('labels ' + k + ' and ' + (k + 1) + ' overlap: "' + labels[k - 1] + '" / "' + labels[k] + '"'); }
}
(opt.legend || []).forEach(function (l) { if (l.type === 'scroll') { problems.push('the legend pages (type scroll)'); } });
Array.prototype.forEach.call(el.querySelectorAll('svg text'), function (t) {
  if (/^\s*\d+\s*\/\s*\d+\s*$/.test(t.textContent)) { problems.push('a legend pager is drawn: ' + t.textContent); }
});
if (opt.series.length > 6) { problems.push(opt.series.length + ' series in one chart'); }
opt.series.forEach(function (s) { if (!s.name || !s.name.replace(/[-\u2013\u2014.\s]/g, '')) { problems.push('a series is named "' + s.name + '"'); } });
return { labels: labels, problems: problems };

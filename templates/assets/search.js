/*
 * Client-side search over the index embedded in search.html, with Fuse.js (served from the site's assets).
 * Offence codes are matched exactly in any written form before fuzzy matching of words.
 */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function canonicalCode(q) {
    var m = /^\s*(\d{1,3})\s*\/\s*(\d{1,2})\s*$/.exec(q);
    if (!m) { return null; }
    return ('00' + m[1]).slice(-3) + '/' + ('0' + m[2]).slice(-2);
  }

  function start() {
    var source = document.getElementById('search-index');
    var form = document.getElementById('search-form');
    if (!source || !form || typeof Fuse === 'undefined') { return; }
    var docs = JSON.parse(source.textContent);
    var fuse = new Fuse(docs, {
      keys: [{ name: 't', weight: 3 }, { name: 'w', weight: 3 }, { name: 'x', weight: 1 }],
      threshold: 0.3, ignoreLocation: true, minMatchCharLength: 2
    });
    var input = document.getElementById('search-q');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');

    function run(query) {
      list.textContent = '';
      query = query.trim();
      if (!query) { status.textContent = ''; return; }
      var code = canonicalCode(query);
      var results = [];
      if (code) {
        docs.forEach(function (d) { if (d.t.indexOf(code + ' ') === 0) { results.push(d); } });
      }
      fuse.search(query, { limit: 30 }).forEach(function (r) {
        if (results.indexOf(r.item) < 0) { results.push(r.item); }
      });
      status.textContent = results.length === 0 ? 'No results for “' + query + '”.'
        : results.length + (results.length === 1 ? ' result' : ' results') + ' for “' + query + '”.';
      results.forEach(function (d) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = d.u;
        a.textContent = d.t;
        var kind = document.createElement('span');
        kind.className = 'detail';
        kind.textContent = d.k;
        li.appendChild(a);
        li.appendChild(document.createElement('br'));
        li.appendChild(kind);
        list.appendChild(li);
      });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url.toString());
      run(input.value);
    });
    var initial = new URLSearchParams(window.location.search).get('q') || '';
    input.value = initial;
    run(initial);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

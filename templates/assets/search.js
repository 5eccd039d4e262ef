/*
 * Client-side search over the index embedded in search.html, with Fuse.js (served from the site's assets).
 * Offence codes, outcome types and references are matched exactly, in any written form, before fuzzy matching of words.
 */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  /*
   * The exact keys a query names, in the forms SearchKeys (Java) writes into the index: an offence code "086/02"
   * (from "86/2", "086/2", "code 86/2"), an outcome "outcome 21" (from "Outcome 21", "OC21"), an offence class
   * "class 21", a reference "1040a/22" (from "1040A/22", "FOI 1040A-22").
   */
  function exactKeys(query) {
    var s = query.trim().toLowerCase().replace(/\s+/g, ' ');
    var keys = [];
    var m = /^(?:(?:home office |h\.?o\.? )?code )?(\d{1,3}) ?\/ ?(\d{1,2})$/.exec(s);
    if (m) { keys.push(('00' + m[1]).slice(-3) + '/' + ('0' + m[2]).slice(-2)); }
    m = /^(?:outcome|oc) ?0*(\d{1,2}[a-z]?)$/.exec(s);
    if (m) { keys.push('outcome ' + m[1]); }
    m = /^(?:offence )?class ?(\d{1,3}[a-z]?(?:\.\d{1,2})?)$/.exec(s);
    if (m) { keys.push('class ' + m[1]); }
    var ref = s.replace(/^(?:foi|ref(?:erence)?|request)[\s.:#]*/, '').replace(/\s+/g, '').replace(/[-_\\]/g, '/');
    if (/^[0-9a-z]+(?:\/[0-9a-z]+)+$/.test(ref) && /\d/.test(ref)) { keys.push(ref); }
    return keys;
  }

  function hasAny(list, keys) {
    if (!list) { return false; }
    for (var i = 0; i < keys.length; i++) {
      if (list.indexOf(keys[i]) >= 0) { return true; }
    }
    return false;
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
      // Pages an exact key names come first, then the pages that mention it, then fuzzy matches of the words.
      var keys = exactKeys(query);
      var results = [];
      if (keys.length) {
        docs.forEach(function (d) { if (hasAny(d.e, keys)) { results.push(d); } });
        docs.forEach(function (d) { if (results.indexOf(d) < 0 && hasAny(d.m, keys)) { results.push(d); } });
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

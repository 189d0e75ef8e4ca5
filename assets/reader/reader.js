/* Notebake reader: theme toggle, search, table-of-contents highlighting, navigation menu and snippet tools.
 * Loaded in <head> without defer so the stored theme applies before the first paint; everything that needs the
 * DOM waits for DOMContentLoaded. The site root is two folders above this script (<root>/assets/reader/), so
 * the site works from any sub-path. No network access beyond the site itself. */
(function () {
  'use strict';

  var script = document.currentScript;
  // <root>/assets/reader/reader.js, or data-root (relative to the page) when a template places it elsewhere
  var root = script && script.dataset.root ? new URL(script.dataset.root, location.href)
    : new URL('../../', script ? script.src : location.href);
  var html = document.documentElement;
  var THEME_KEY = 'notebake-theme';
  var darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  // ---------- theme (runs before first paint) ----------

  function storedTheme() {
    try {
      var t = localStorage.getItem(THEME_KEY);
      return t === 'dark' || t === 'light' ? t : null;
    } catch (e) {
      return null; // storage disabled: follow the system
    }
  }

  function effectiveTheme() {
    var t = html.getAttribute('data-theme');
    if (t === 'dark' || t === 'light') return t;
    return darkQuery && darkQuery.matches ? 'dark' : 'light';
  }

  function applyTheme() {
    var effective = effectiveTheme();
    html.setAttribute('data-theme-effective', effective);
    var buttons = document.querySelectorAll('.nb-theme-toggle');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', effective === 'dark' ? 'true' : 'false');
      buttons[i].title = effective === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme';
    }
  }

  var initial = storedTheme();
  if (initial) html.setAttribute('data-theme', initial);
  applyTheme();
  if (darkQuery) {
    if (darkQuery.addEventListener) darkQuery.addEventListener('change', applyTheme);
    else if (darkQuery.addListener) darkQuery.addListener(applyTheme);
  }

  function setUpThemeToggle() {
    var buttons = document.querySelectorAll('.nb-theme-toggle');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function () {
        var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
        html.setAttribute('data-theme', next);
        try {
          localStorage.setItem(THEME_KEY, next);
        } catch (e) {
          // storage disabled: the choice lasts for this page only
        }
        applyTheme();
      });
    }
    applyTheme();
  }

  // ---------- small helpers ----------

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  function isEditable(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable;
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(s);
    });
  }

  // ---------- search ----------

  // Han, Hiragana, Katakana, Hangul: no spaces between words, so they are indexed as overlapping character
  // bigrams (a one-character run is kept as is). Other words are kept whole; identifiers are also split at
  // camelCase and snake_case boundaries, so "ThreadLocal" is found by "threadlocal", "thread" and "local".
  var CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
  var RUNS = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+|[A-Za-z0-9_\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+/g;

  function cjkGrams(run, into) {
    if (run.length === 1) {
      into.push(run);
      return;
    }
    for (var i = 0; i + 1 < run.length; i++) into.push(run.slice(i, i + 2));
  }

  function tokenizeForIndex(text) {
    var tokens = [];
    var m;
    RUNS.lastIndex = 0;
    while ((m = RUNS.exec(text)) !== null) {
      var w = m[0];
      if (CJK.test(w.charAt(0))) {
        cjkGrams(w, tokens);
      } else {
        tokens.push(w);
        var parts = w.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
          .split(/[\s_]+/).filter(Boolean);
        if (parts.length > 1) Array.prototype.push.apply(tokens, parts);
      }
    }
    return tokens;
  }

  function tokenizeQuery(text) {
    var tokens = [];
    var m;
    RUNS.lastIndex = 0;
    while ((m = RUNS.exec(text)) !== null) {
      var w = m[0];
      if (CJK.test(w.charAt(0))) cjkGrams(w, tokens);
      else tokens.push(w);
    }
    return tokens;
  }

  function processTerm(term) {
    var t = term.toLowerCase();
    return t.length ? t : null;
  }

  // Exact matches of the whole query in a page's title, aliases or heading outrank pages that merely contain
  // its words: a note whose original heading *is* "进程池" beats one that mentions "进程池中的Queue".
  var searchDocs = [];
  var currentQuery = '';

  function documentBoost(id) {
    var d = searchDocs[id];
    var q = currentQuery.toLowerCase();
    if (!d || !q) return 1;
    var boost = 1;
    var aliases = (d.aliases || []).map(function (a) { return a.toLowerCase(); });
    if (aliases.indexOf(q) >= 0) boost *= 4;
    else if (aliases.some(function (a) { return a.indexOf(q) >= 0; })) boost *= 2;
    if (d.title.toLowerCase().indexOf(q) >= 0) boost *= 2;
    if (d.heading && d.heading.toLowerCase().indexOf(q) >= 0) boost *= 1.5;
    return boost;
  }

  var SEARCH_OPTIONS = {
    boostDocument: documentBoost,
    boost: { title: 5, aliases: 5, heading: 3, code: 2, tags: 2 },
    prefix: function (term) { return term.length >= 3 || CJK.test(term); },
    fuzzy: function (term) { return /^[a-z]/.test(term) && term.length >= 5 ? 0.2 : false; },
    combineWith: 'AND',
    tokenize: tokenizeQuery
  };

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /** Appends text to parent, wrapping every match of pattern in <mark>. */
  function appendHighlighted(parent, text, pattern) {
    if (!pattern) {
      parent.appendChild(document.createTextNode(text));
      return;
    }
    var last = 0;
    var m;
    pattern.lastIndex = 0;
    while ((m = pattern.exec(text)) !== null) {
      if (m[0].length === 0) { pattern.lastIndex++; continue; }
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(el('mark', null, m[0]));
      last = m.index + m[0].length;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function excerpt(text, pattern, size) {
    if (!text) return '';
    if (text.length <= size) return text;
    var at = 0;
    if (pattern) {
      pattern.lastIndex = 0;
      var m = pattern.exec(text);
      if (m) at = m.index;
    }
    var start = Math.max(0, at - Math.floor(size / 3));
    if (start > 0) {
      var space = text.indexOf(' ', start);
      if (space > 0 && space < at) start = space + 1;
    }
    var end = Math.min(text.length, start + size);
    if (end < text.length) {
      var back = text.lastIndexOf(' ', end);
      if (back > at + 20) end = back;
    }
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  function matches(text, pattern) {
    if (!pattern || !text) return false;
    pattern.lastIndex = 0;
    return pattern.test(text);
  }

  /** The prose around the first match; when only code matched, the matching identifiers. */
  function excerptOf(doc, pattern) {
    if (!matches(doc.text, pattern) && matches(doc.code, pattern)) {
      var ids = doc.code.split(' ').filter(function (id) { return matches(id, pattern); }).slice(0, 8);
      return 'In the code: ' + ids.join(', ');
    }
    return excerpt(doc.text || '', pattern, 180);
  }

  function setUpSearch() {
    var input = document.getElementById('nb-search-input');
    var list = document.getElementById('nb-search-results');
    var status = document.getElementById('nb-search-status');
    if (!input || !list) return;
    var engine = null;
    var docs = null;
    var loading = null;
    var lastQuery = null;

    function load() {
      if (!loading) {
        var lib = window.MiniSearch ? Promise.resolve()
          : loadScript(new URL('assets/vendor/minisearch/index.js', root).href);
        // a script, not fetch('search-index.json'): pages opened from disk (file://) may load scripts only
        var index = (window.NOTEBAKE_SEARCH_INDEX ? Promise.resolve()
          : loadScript(new URL('search-index.js', root).href)).then(function () {
          if (!window.NOTEBAKE_SEARCH_INDEX) throw new Error('the search index is empty');
          return window.NOTEBAKE_SEARCH_INDEX;
        });
        loading = Promise.all([lib, index]).then(function (both) {
          docs = both[1].documents;
          searchDocs = docs;
          engine = new window.MiniSearch({
            idField: 'id',
            fields: ['title', 'aliases', 'heading', 'text', 'code', 'tags'],
            tokenize: tokenizeForIndex,
            processTerm: processTerm,
            extractField: function (doc, field) {
              var v = doc[field];
              return Array.isArray(v) ? v.join(' ') : v;
            },
            searchOptions: SEARCH_OPTIONS
          });
          engine.addAll(docs);
          input.setAttribute('data-index-ready', 'true');
        });
        loading.catch(function (e) {
          loading = null; // allow a retry on the next keystroke
          var message = 'Search is unavailable: ' + e.message;
          showStatus(message);
          list.textContent = ''; // said where the reader is looking, not only to screen readers
          list.appendChild(el('li', 'nb-search-empty nb-search-error', message));
          list.hidden = false;
        });
      }
      return loading;
    }

    function showStatus(text) {
      if (status) status.textContent = text;
    }

    function close() {
      list.hidden = true;
      
    }

    function highlightPattern(query, result) {
      var terms = (result.terms || []).slice();
      var runs = query.match(RUNS) || [];
      for (var i = 0; i < runs.length; i++) terms.push(runs[i]);
      terms = terms.filter(function (t) { return t && t.length > 0; });
      if (!terms.length) return null;
      terms.sort(function (a, b) { return b.length - a.length; });
      return new RegExp(terms.map(escapeRegExp).join('|'), 'gi');
    }

    function render(query) {
      currentQuery = query;
      var results = engine.search(query);
      if (!results.length) results = engine.search(query, { combineWith: 'OR' });
      var seen = {};
      var pages = [];
      for (var i = 0; i < results.length && pages.length < 10; i++) {
        var doc = docs[results[i].id];
        var page = doc.url.split('#')[0];
        if (seen[page]) continue;
        seen[page] = true;
        pages.push({ doc: doc, result: results[i] });
      }
      list.textContent = '';
      pages.forEach(function (hit, n) {
        var doc = hit.doc;
        var pattern = highlightPattern(query, hit.result);
        var li = el('li');
        var a = el('a');
        a.href = new URL(doc.url, root).href;
        a.id = 'nb-result-' + n;
        var title = el('span', 'nb-result-title');
        appendHighlighted(title, doc.title, pattern);
        a.appendChild(title);
        var where = el('span', 'nb-result-where');
        var place = [doc.area, doc.heading].filter(Boolean).join(' › ');
        appendHighlighted(where, place, pattern);
        if (doc.aliases && doc.aliases.length && pattern) {
          var aliasText = doc.aliases.join(' · ');
          pattern.lastIndex = 0;
          if (pattern.test(aliasText)) {
            if (place) where.appendChild(document.createTextNode(' · '));
            var alias = el('span', 'nb-aliases');
            alias.lang = 'zh';
            appendHighlighted(alias, aliasText, pattern);
            where.appendChild(alias);
          }
        }
        a.appendChild(where);
        var body = el('span', 'nb-result-excerpt');
        appendHighlighted(body, excerptOf(doc, pattern), pattern);
        a.appendChild(body);
        li.appendChild(a);
        list.appendChild(li);
      });
      if (!pages.length) {
        var none = el('li', 'nb-search-empty', 'No page matches “' + query + '”.');
        list.appendChild(none);
      }
      showStatus(pages.length ? pages.length + (pages.length === 1 ? ' page found' : ' pages found')
        : 'No page found');
      list.hidden = false;
      
    }

    function update() {
      var query = input.value.trim();
      if (query === lastQuery && !list.hidden) return;
      lastQuery = query;
      if (!query) {
        close();
        showStatus('');
        return;
      }
      load().then(function () {
        if (input.value.trim() === query) render(query);
      }, function () {});
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll('a'));
    }

    input.addEventListener('focus', function () { load().catch(function () {}); });
    input.addEventListener('input', update);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var first = links()[0];
        if (first) { e.preventDefault(); first.focus(); }
      } else if (e.key === 'Enter') {
        var top = links()[0];
        if (top) { e.preventDefault(); location.href = top.href; }
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ''; input.blur(); }
      }
    });
    list.addEventListener('keydown', function (e) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && at >= 0) {
        e.preventDefault();
        (all[at + 1] || all[at]).focus();
      } else if (e.key === 'ArrowUp' && at >= 0) {
        e.preventDefault();
        if (at === 0) input.focus(); else all[at - 1].focus();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        close();
        input.focus();
      }
    });
    var form = input.form;
    if (form) {
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var top = links()[0];
        if (top) location.href = top.href;
      });
    }
    document.addEventListener('click', function (e) {
      if (!list.hidden && e.target !== input && !list.contains(e.target)) close();
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target)) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
    var q = new URLSearchParams(location.search).get('q');
    if (q) {
      input.value = q;
      update();
    }
  }

  // ---------- table of contents: highlight the heading being read ----------

  function setUpToc() {
    var links = Array.prototype.slice.call(document.querySelectorAll('#page-toc a[href^="#"]'));
    if (!links.length) return;
    var pairs = [];
    links.forEach(function (a) {
      var id = decodeURIComponent(a.getAttribute('href').slice(1));
      var heading = document.getElementById(id);
      if (heading) pairs.push({ link: a, heading: heading });
    });
    if (!pairs.length) return;
    var active = null;
    var scheduled = false;
    // A heading the reader jumped to (TOC link, search result, address bar) stays current even when the page
    // cannot scroll it to the top (near the end of the page), until the reader scrolls by hand.
    var pinned = null;

    function pairFor(hash) {
      var id = decodeURIComponent((hash || '').replace(/^#/, ''));
      for (var i = 0; i < pairs.length; i++) if (pairs[i].heading.id === id) return pairs[i];
      return null;
    }

    function unpin() {
      if (pinned) {
        pinned = null;
        schedule();
      }
    }

    function headerOffset() {
      var header = document.getElementById('site-header');
      return (header ? header.getBoundingClientRect().bottom : 0) + 24;
    }

    function update() {
      scheduled = false;
      var offset = headerOffset();
      var current = pairs[0];
      if (pinned) {
        setActive(pinned);
        return;
      }
      for (var i = 0; i < pairs.length; i++) {
        if (pairs[i].heading.getBoundingClientRect().top <= offset) current = pairs[i];
        else break;
      }
      var atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      if (atBottom) {
        for (var j = pairs.length - 1; j >= 0; j--) {
          if (pairs[j].heading.getBoundingClientRect().top < window.innerHeight) { current = pairs[j]; break; }
        }
      }
      setActive(current);
    }

    function setActive(current) {
      if (current === active) return;
      if (active) {
        active.link.classList.remove('nb-active');
        active.link.removeAttribute('aria-current');
      }
      active = current;
      active.link.classList.add('nb-active');
      active.link.setAttribute('aria-current', 'true');
    }

    function schedule() {
      if (!scheduled) {
        scheduled = true;
        window.requestAnimationFrame(update);
      }
    }

    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('hashchange', function () {
      pinned = pairFor(location.hash);
      schedule();
    });
    links.forEach(function (a) {
      a.addEventListener('click', function () {
        pinned = pairFor(a.getAttribute('href'));
        schedule();
      });
    });
    ['wheel', 'touchmove'].forEach(function (type) {
      window.addEventListener(type, unpin, { passive: true });
    });
    window.addEventListener('keydown', function (e) {
      if (/^(ArrowUp|ArrowDown|PageUp|PageDown|Home|End| )$/.test(e.key) && !isEditable(e.target)) unpin();
    });
    pinned = pairFor(location.hash);
    update();
  }

  // ---------- section sidebar: menu on small screens, current page in view ----------

  function setUpSidebar() {
    var sidebar = document.getElementById('nb-sidebar');
    var toggle = document.querySelector('.nb-menu-toggle');
    if (!sidebar) return;
    var here = location.href.split('#')[0].split('?')[0];
    var links = sidebar.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      if (links[i].href.split('#')[0] === here) {
        links[i].setAttribute('aria-current', 'page');
        var details = links[i].closest('details');
        if (details) details.open = true;
        var top = links[i].offsetTop - sidebar.clientHeight / 3;
        if (top > 0) sidebar.scrollTop = top;
      }
    }
    if (!toggle) return;

    function setOpen(open) {
      sidebar.classList.toggle('nb-open', open);
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }

    toggle.addEventListener('click', function () {
      var open = !sidebar.classList.contains('nb-open');
      setOpen(open);
      if (open) {
        var first = sidebar.querySelector('a[aria-current="page"]') || sidebar.querySelector('a');
        if (first) first.focus();
      }
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && sidebar.classList.contains('nb-open')) {
        setOpen(false);
        toggle.focus();
      }
    });
    document.addEventListener('click', function (e) {
      if (sidebar.classList.contains('nb-open') && !sidebar.contains(e.target) && !toggle.contains(e.target)) {
        setOpen(false);
      }
    });
  }

  // ---------- snippet blocks: wrap toggle, copy fallback, unmissable failures ----------

  function refreshPrismLayout(pre) {
    var P = window.Prism;
    if (P && P.plugins && P.plugins.lineNumbers && P.plugins.lineNumbers.resize) P.plugins.lineNumbers.resize(pre);
    window.dispatchEvent(new Event('resize')); // line-highlight re-positions its markers on resize
  }

  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = el('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error('copy refused'));
    });
  }

  function setUpSnippets() {
    var figures = document.querySelectorAll('figure.snippet');
    var troubled = [];
    // phones wrap long lines by default (the toggle unwraps them); wider screens scroll sideways by default
    var wrapByDefault = !!(window.matchMedia && window.matchMedia('(max-width: 560px)').matches);
    for (var i = 0; i < figures.length; i++) {
      var figure = figures[i];
      if (!figure.id) figure.id = 'snippet-' + (i + 1);
      var state = figure.getAttribute('data-status');
      if (state === 'failed' || state === 'skipped') troubled.push(figure);
      var pre = figure.querySelector('pre.snippet-code');
      var caption = figure.querySelector('.snippet-caption');
      if (!pre || !caption) continue;
      var tools = el('span', 'nb-snippet-tools');
      var wrap = el('button', 'nb-button nb-wrap-toggle', 'Wrap lines');
      wrap.type = 'button';
      wrap.setAttribute('aria-pressed', wrapByDefault ? 'true' : 'false');
      if (wrapByDefault) figure.classList.add('nb-wrap');
      wrap.setAttribute('aria-label', 'Wrap long lines of ' + (figure.getAttribute('data-snippet') || 'this snippet'));
      wrap.addEventListener('click', (function (fig, p, button) {
        return function () {
          var on = !fig.classList.contains('nb-wrap');
          fig.classList.toggle('nb-wrap', on);
          button.setAttribute('aria-pressed', on ? 'true' : 'false');
          refreshPrismLayout(p);
        };
      })(figure, pre, wrap));
      tools.appendChild(wrap);
      caption.appendChild(tools);
    }
    if (troubled.length) {
      var main = document.querySelector('[data-search-root]') || document.querySelector('#content article')
        || document.getElementById('content');
      if (main) {
        var failed = troubled.filter(function (f) { return f.getAttribute('data-status') === 'failed'; }).length;
        var alert = el('div', 'nb-page-alert');
        alert.setAttribute('role', 'alert');
        alert.appendChild(document.createTextNode('⚠ Draft: this page shows ' + troubled.length
          + (troubled.length === 1 ? ' snippet that has' : ' snippets that have') + ' not passed verification ('
          + failed + ' failed, ' + (troubled.length - failed) + ' not verified): '));
        troubled.forEach(function (f, n) {
          if (n) alert.appendChild(document.createTextNode(', '));
          var a = el('a', null, f.getAttribute('data-snippet') || f.id);
          a.href = '#' + f.id;
          alert.appendChild(a);
        });
        var h1 = main.querySelector('h1');
        if (h1 && h1.parentNode === main) main.insertBefore(alert, h1.nextSibling);
        else main.insertBefore(alert, main.firstChild);
      }
    }
  }

  /**
   * Snippet blocks keep their buttons in the caption row, so they never cover code: Prism's toolbar items
   * (its copy button) move there; a snippet that Prism did not equip gets a copy button of our own.
   */
  function ensureCopyButtons() {
    var figures = document.querySelectorAll('figure.snippet');
    for (var i = 0; i < figures.length; i++) {
      var figure = figures[i];
      var code = figure.querySelector('pre.snippet-code code');
      var tools = figure.querySelector('.nb-snippet-tools');
      if (!code || !tools) continue;
      var toolbar = figure.querySelector('.code-toolbar > .toolbar');
      if (toolbar) {
        var items = toolbar.querySelectorAll('.toolbar-item');
        for (var k = items.length - 1; k >= 0; k--) {
          var button = items[k].querySelector('button');
          if (button) {
            button.classList.add('nb-button');
            if (!button.getAttribute('aria-label')) {
              button.setAttribute('aria-label', 'Copy the code of ' + (figure.getAttribute('data-snippet') || 'this snippet'));
            }
          }
          tools.insertBefore(items[k], tools.firstChild);
        }
        toolbar.parentNode.removeChild(toolbar);
      }
      if (figure.querySelector('.copy-to-clipboard-button, .nb-copy')) continue;
      var copy = el('button', 'nb-button nb-copy', 'Copy');
      copy.type = 'button';
      copy.setAttribute('aria-label', 'Copy the code of ' + (figure.getAttribute('data-snippet') || 'this snippet'));
      copy.addEventListener('click', (function (c, button) {
        return function () {
          copyText(c.textContent).then(function () {
            button.textContent = 'Copied';
            setTimeout(function () { button.textContent = 'Copy'; }, 2000);
          }, function () {
            button.textContent = 'Press Ctrl+C';
          });
        };
      })(code, copy));
      tools.insertBefore(copy, tools.firstChild);
    }
  }

  /**
   * Below 1200 px there is no room for a TOC column: the table of contents moves into the note, right after its
   * header (title, meta, summary), and back to its column when the window grows again.
   */
  function placeToc() {
    var toc = document.getElementById('page-toc');
    var header = document.querySelector('#content .note-header');
    if (!toc || !header || !window.matchMedia) return;
    var home = toc.parentNode;
    var marker = document.createComment('page-toc');
    home.insertBefore(marker, toc);
    var narrow = window.matchMedia('(max-width: 1200px)');
    function place() {
      if (narrow.matches) {
        header.parentNode.insertBefore(toc, header.nextSibling);
        toc.classList.add('nb-toc-inline');
      } else {
        marker.parentNode.insertBefore(toc, marker.nextSibling);
        toc.classList.remove('nb-toc-inline');
      }
    }
    if (narrow.addEventListener) narrow.addEventListener('change', place);
    else if (narrow.addListener) narrow.addListener(place);
    place();
  }

  // ---------- real file line numbers ----------
  // A snippet shown without its options header or region markers has gaps in its numbering: the block carries
  // data-line-numbers (one number per shown line) and each of Prism's rows shows its own (CSS reads data-n).

  function applyLineNumbers(pre) {
    var list = pre && pre.getAttribute('data-line-numbers');
    var rows = pre && pre.querySelector('.line-numbers-rows');
    if (!list || !rows) return;
    var numbers = list.split(',');
    for (var i = 0; i < rows.children.length && i < numbers.length; i++) {
      rows.children[i].setAttribute('data-n', numbers[i]);
    }
  }

  function setUpLineNumbers() {
    if (window.Prism && window.Prism.hooks) {
      window.Prism.hooks.add('line-numbers', function (env) { applyLineNumbers(env.element); });
    }
    var pres = document.querySelectorAll('pre[data-line-numbers]');
    for (var i = 0; i < pres.length; i++) applyLineNumbers(pres[i]);
  }

  function start() {
    setUpLineNumbers();
    placeToc();
    setUpThemeToggle();
    setUpSidebar();
    setUpSearch();
    setUpSnippets();
    setUpToc();
    window.addEventListener('load', function () {
      setTimeout(ensureCopyButtons, 0);
      var pres = document.querySelectorAll('pre[data-line-numbers]');
      for (var i = 0; i < pres.length; i++) applyLineNumbers(pres[i]);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();

  // exposed for the browser tests and for authors' own scripts
  window.Notebake = {
    tokenize: tokenizeForIndex, tokenizeQuery: tokenizeQuery, root: root.href,
    searchOptions: SEARCH_OPTIONS,
    useDocuments: function (docs, query) { searchDocs = docs; currentQuery = query; }
  };
})();

/* Notebake preview only (never part of a baked site): reloads the page when the preview server has rebuilt
   the site, and shows build errors on the page until the next good build. */
(function () {
  'use strict';
  var source = new EventSource('/__notebake/events');
  var banner = null;

  function showErrors(text) {
    if (!banner) {
      banner = document.createElement('div');
      banner.setAttribute('role', 'alert');
      banner.id = 'notebake-build-errors';
      banner.style.cssText = 'position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:45vh;'
        + 'overflow:auto;margin:0;padding:12px 16px;background:#5c0011;color:#fff;'
        + 'font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap;box-shadow:0 -4px 16px rgba(0,0,0,.4)';
      document.body.appendChild(banner);
    }
    banner.textContent = 'Notebake preview: the last build failed; the page shows the previous build.\n\n' + text;
  }

  source.addEventListener('reload', function () {
    source.close();
    location.reload();
  });
  source.addEventListener('failed', function (e) {
    showErrors(JSON.parse(e.data).message);
  });
  source.addEventListener('hello', function (e) {
    var state = JSON.parse(e.data);
    if (state.failed) showErrors(state.message);
  });
})();

/**
 * The google.script.run stand-in injected into the real dist/Sidebar.html: the same chainable
 * runner (withSuccessHandler, withFailureHandler, withUserObject, one method per top-level server
 * function), carried over HTTP to the session's bundle. Each finished call tells the parent page,
 * which redraws the document the way an editor shows a script's changes. A link to a Google Docs
 * editor (what Send to Slides / Sheets shows) is handed to the parent page too, which opens that
 * emulated file, instead of leaving for docs.google.com, which has no such file.
 */

/** The script text placed before the sidebar's own script; `functions` are the bundle's names. */
export function bridgeScript(functions: readonly string[]): string {
  const names = JSON.stringify(functions).replace(/</g, '\\u003c');
  return `<script>
(function () {
  var FUNCTIONS = ${names};
  function notify(message) {
    try { window.parent.postMessage(message, '*'); } catch (e) { /* not framed */ }
  }
  function makeRunner(success, failure, userObject) {
    var runner = {
      withSuccessHandler: function (fn) { return makeRunner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return makeRunner(success, fn, userObject); },
      withUserObject: function (o) { return makeRunner(success, failure, o); }
    };
    FUNCTIONS.forEach(function (name) {
      runner[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        notify({ type: 'journey-grid:rpc-start', name: name });
        fetch('/rpc', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: name, args: args })
        })
          .then(function (response) { return response.json(); })
          .then(function (body) {
            notify({ type: 'journey-grid:rpc-done', name: name });
            if ('error' in body) { if (failure) failure(new Error(body.error), userObject); }
            else if (success) success(body.value, userObject);
          }, function (error) {
            notify({ type: 'journey-grid:rpc-done', name: name });
            if (failure) failure(error, userObject);
          });
      };
    });
    return runner;
  }
  // An editor link: https://docs.google.com/{spreadsheets|presentation}/d/<id>[/edit]. Export and
  // print links (…/export?…) are left alone: they are not a file to open.
  var EDITOR_LINK = /^https:\\/\\/docs\\.google\\.com\\/(?:spreadsheets|presentation)\\/d\\/([A-Za-z0-9_%-]+)(?:\\/edit)?\\/?(?:[?#].*)?$/;
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    var match = link && EDITOR_LINK.exec(link.href);
    if (!match) return;
    event.preventDefault();
    notify({ type: 'journey-grid:open-file', id: decodeURIComponent(match[1]) });
  }, true);
  window.google = {
    script: {
      run: makeRunner(null, null, undefined),
      host: { close: function () { notify({ type: 'journey-grid:close' }); } }
    }
  };
})();
</script>`;
}

/** The sidebar page: the served HTML with the bridge placed first in <head>. */
export function sidebarWithBridge(html: string, functions: readonly string[]): string {
  const script = bridgeScript(functions);
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) return script + html;
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + script + html.slice(end);
}

/**
 * A modal dialog's page (the Picker): the same bridge, but google.script.host.close() closes the
 * dialog, not the sidebar, and Google Picker's script comes from the playground's fake
 * (page/fake-picker.ts) instead of apis.google.com, which the offline playground cannot reach.
 */
export function dialogWithBridge(html: string, functions: readonly string[]): string {
  const host = `<script>
  window.google.script.host.close = function () { window.parent.postMessage({ type: 'journey-grid:dialog-close' }, '*'); };
  window.google.script.host.origin = window.location.origin;
</script>`;
  const page = html.replace('https://apis.google.com/js/api.js', '/fake-picker.js');
  const withBridge = sidebarWithBridge(page, functions);
  const at = withBridge.indexOf('</script>') + '</script>'.length;
  return withBridge.slice(0, at) + host + withBridge.slice(at);
}

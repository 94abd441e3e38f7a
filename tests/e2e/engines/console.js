// Loaded first in every page the WebKit journeys open (tests/e2e/server.mjs's `prelude`), because
// WebKitWebDriver has no way to report the console: it keeps, in `window.__ilrsProblems`, what the
// other engines' drivers report. Console errors (a Rust panic is one), uncaught errors and
// rejections, elements that failed to load, and CSP refusals.
(function () {
  var problems = (window.__ilrsProblems = []);
  var error = console.error;
  console.error = function () {
    problems.push('console error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return error.apply(console, arguments);
  };
  addEventListener(
    'error',
    function (event) {
      if (event instanceof ErrorEvent) problems.push('page error: ' + event.message);
      else if (event.target && event.target !== window) {
        problems.push('failed to load: ' + (event.target.src || event.target.href || event.target.tagName));
      }
    },
    true,
  );
  addEventListener('unhandledrejection', function (event) {
    problems.push('unhandled rejection: ' + String(event.reason));
  });
  addEventListener('securitypolicyviolation', function (event) {
    problems.push('CSP refused ' + event.blockedURI + ' (' + event.violatedDirective + ')');
  });
})();

/*! The ILRS explainer's script embed. Usage and options: docs/embedding.md, "As a script embed". */
/* The ILRS explainer's script embed: embed.js, at the root of the built site. On any page:
     <ilrs-explainer></ilrs-explainer>   (or any element with data-ilrs-explainer)
     <script src="https://WHERE-THE-SITE-IS/embed.js" async></script>
   However it is loaded (classic, async, defer, type="module", by a tag manager, once per embed),
   it fills each such element, now or whenever one is added, with the explainer inside an open
   shadow root, once the element comes within a screen of the viewport (`eager` or `data-eager`:
   at once). It follows the element's `dark`, `flat` and `step` attributes (or `data-*`), and
   releases everything when the element leaves the page. The reader's steps, filters and opened
   records reach the host as `ilrs:*` events on the element. docs/embedding.md documents all of it.
   The site's files must be served with CORS. The build writes this file with its asset names. */
(function () {
  "use strict";

  // The build's own file names, relative to this script (written in by the build).
  var BUILD = { js: "@ILRS_JS@", wasm: "@ILRS_WASM@", css: "@ILRS_CSS@", fragment: "@ILRS_FRAGMENT@" };

  var TAG = "ilrs-explainer";
  var MARK = "data-ilrs-explainer";
  var READY = "data-ilrs-ready";
  var ROOT = "ilrs-embed-root";
  var FLAGS = ["dark", "flat", "step"];
  var EAGER = "eager";
  var WATCHED = FLAGS.concat(FLAGS.map(function (name) { return "data-" + name; }));
  var SELECTOR = TAG + ",[" + MARK + "]";
  var KEY = "__ilrsExplainerEmbed";

  function warn(message, error) {
    if (error) console.warn("ILRS explainer: " + message, error);
    else console.warn("ILRS explainer: " + message);
  }

  // A second copy of this script on the page (one per embed, or a tag manager's): the first
  // copy already watches the page; it only looks again.
  if (window[KEY]) {
    window[KEY].scan();
    return;
  }

  var base = findBase();
  if (!base) {
    warn("cannot tell where embed.js was loaded from, so it cannot find the explainer's files. " +
      "Load it with <script src=\".../embed.js\">.");
    return;
  }
  var origin = new URL(base).origin;
  function url(name) { return new URL(name, base).href; }

  // Where this script came from, without relying on document.currentScript alone: a module or
  // a script run by another script has none.
  function findBase() {
    var own = document.currentScript;
    if (own && own.src) return new URL(".", own.src).href;
    // The address the browser gives for this very file in a stack trace.
    try {
      throw new Error("where am I");
    } catch (error) {
      var found = /(https?:\/\/[^\s()'"]*?\/)embed\.js\b/.exec(String(error.stack || ""));
      if (found) return found[1];
    }
    // The last script element on the page that loaded an embed.js.
    var scripts = document.querySelectorAll("script[src]");
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/embed\.js(?:[?#]|$)/.test(scripts[i].src)) return new URL(".", scripts[i].src).href;
    }
    return null;
  }

  // What the host page's Content-Security-Policy refused of ours, to name it if we fail.
  var refused = [];
  document.addEventListener("securitypolicyviolation", function (event) {
    var blocked = String(event.blockedURI || "");
    if (blocked.indexOf(origin) === 0 || /^(wasm-)?eval$/.test(blocked)) {
      refused.push(event.effectiveDirective + " " + blocked);
    }
  });

  // Why the embed could not start, in words a host page's developer can act on.
  function cause(error) {
    if (refused.length) {
      return "the host page's Content-Security-Policy refused " + refused.join(", ") + ". " +
        "Allow " + origin + " in script-src, style-src and connect-src, and 'wasm-unsafe-eval' " +
        "in script-src (see docs/embedding.md).";
    }
    if (error && error.ilrs) return error.message;
    return "could not start (" + String(error && error.message || error) + "). If a file was " +
      "refused, the site must send Access-Control-Allow-Origin (CORS) with its files.";
  }

  function failure(message) {
    var error = new Error(message);
    error.ilrs = true;
    return error;
  }

  // A file the browser could not read at all: refused by CORS, or not reached.
  function unreachable(what, address, error) {
    return failure(what + " " + address + " (" + error.message + "): the site must send " +
      "Access-Control-Allow-Origin (CORS), or the address cannot be reached.");
  }

  function fetchText(address) {
    return fetch(address).then(function (response) {
      if (!response.ok) {
        throw failure(address + " answered HTTP " + response.status + ": the file is missing. " +
          "Is embed.js from the same build as the files beside it?");
      }
      return response.text();
    }, function (error) {
      throw unreachable("could not fetch", address, error);
    });
  }

  // A load shared by every embed on the page, done once, and tried again after a failure.
  function shared(load) {
    var pending = null;
    return function () {
      pending = pending || load();
      pending.catch(function () { pending = null; });
      return pending;
    };
  }

  var loadFragment = shared(function () { return fetchText(url(BUILD.fragment)); });

  var loadApp = shared(function () {
    if (typeof WebAssembly !== "object") {
      return Promise.reject(failure("this browser cannot run WebAssembly: the explainer is " +
        "shown without its interactive parts."));
    }
    return import(url(BUILD.js)).then(function (module) {
      return module.default({ module_or_path: url(BUILD.wasm) }).then(function () {
        return module;
      });
    }, function (error) {
      throw unreachable("could not load", url(BUILD.js), error);
    });
  });

  function attribute(element, name) {
    if (element.hasAttribute(name)) return element.getAttribute(name);
    return element.getAttribute("data-" + name);
  }

  // A switch is on when present, unless its value says otherwise (as the page's URL flags).
  function on(value) {
    return value !== null && !/^(0|false|off|no)$/.test(value);
  }

  // The element's flags as the explainer reads them: a query string.
  function flags(element) {
    return FLAGS.map(function (name) {
      var value = attribute(element, name);
      if (value === null) return "";
      return value === "" ? name : name + "=" + encodeURIComponent(value);
    }).filter(Boolean).join("&");
  }

  var embeds = new Map();
  // The shadow roots this script attached, which it may fill again.
  var ours = new WeakSet();

  // What the element's flags mean before the wasm runs (and after, where only CSS is involved):
  // the colours, and the story's scrolling layout where the wasm will run.
  function style(embed) {
    var dark = attribute(embed.element, "dark");
    var live = typeof WebAssembly === "object" && !embed.failed;
    var classes = embed.root.classList;
    classes.toggle("ilrs-dark", dark === "on");
    classes.toggle("ilrs-light", dark === "off");
    classes.toggle("ilrs-wasm", live);
    classes.toggle("ilrs-js", live && !on(attribute(embed.element, "flat")));
  }

  function connect(element) {
    if (embeds.has(element)) return;
    var shadow = element.shadowRoot;
    if (shadow && !ours.has(shadow)) {
      warn("this element already has a shadow root of its own; the explainer needs an element " +
        "of its own.", element);
      return;
    }
    if (!shadow) {
      shadow = element.attachShadow({ mode: "open" });
      ours.add(shadow);
    }
    var root = document.createElement("div");
    root.className = ROOT;
    // Until the explainer arrives: the element's own content (a host's link, for readers
    // without JavaScript), and a screen's height kept free, so nothing below moves when the
    // explainer comes.
    root.appendChild(document.createElement("slot"));
    root.style.minHeight = "100vh";
    shadow.replaceChildren(root);
    if (getComputedStyle(element).display === "inline") element.style.display = "block";
    var embed = { element: element, shadow: shadow, root: root, near: null, app: null };
    embeds.set(element, embed);
    style(embed);
    if (attribute(element, EAGER) !== null || typeof IntersectionObserver !== "function") {
      start(embed);
      return;
    }
    embed.near = new IntersectionObserver(function (entries) {
      if (!entries.some(function (entry) { return entry.isIntersecting; })) return;
      embed.near.disconnect();
      embed.near = null;
      start(embed);
    }, { rootMargin: "100% 0px 100% 0px" });
    embed.near.observe(element);
  }

  function start(embed) {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = url(BUILD.css);
    var styled = new Promise(function (done) {
      link.onload = function () { done(true); };
      link.onerror = function () { done(false); };
    });
    embed.shadow.insertBefore(link, embed.root);
    Promise.all([loadFragment(), styled]).then(function (loaded) {
      if (embed.stopped) return;
      if (!loaded[1]) warn("could not load the stylesheet " + link.href + ".");
      show(embed, loaded[0]);
      return loadApp().then(function (module) {
        if (embed.stopped) return;
        embed.app = module.start_embed(embed.element, flags(embed.element));
        if (!embed.app) throw failure("the fragment holds no explainer.");
      });
    }).catch(function (error) {
      if (embed.stopped) return;
      embed.failed = true;
      style(embed);
      if (!embed.shown) embed.root.style.minHeight = "";
      // A refusal by the page's policy is reported in a task of its own: read it after.
      setTimeout(function () {
        warn("the embed could not start: " + cause(error), error.ilrs ? null : error);
      }, 0);
    });
  }

  // The explainer's prerendered HTML, readable before (and without) the wasm.
  function show(embed, html) {
    // The build's own fragment, fetched from this script's own site: never anything a host
    // page or a URL supplied.
    embed.root.innerHTML = html;
    embed.root.style.minHeight = "";
    embed.shown = true;
    // Its downloads and other relative links point at the site, not at the host page.
    embed.root.querySelectorAll("a[href]").forEach(function (link) {
      var href = link.getAttribute("href");
      if (href.charAt(0) !== "#" && !/^[a-z][a-z0-9+.-]*:/i.test(href)) link.href = url(href);
    });
  }

  function changed(element) {
    var embed = embeds.get(element);
    if (!embed) return;
    style(embed);
    if (embed.app) embed.app.update(flags(element));
  }

  // The element left the page: everything it started stops, and it can start again.
  function release(element) {
    var embed = embeds.get(element);
    if (!embed) return;
    embeds.delete(element);
    embed.stopped = true;
    if (embed.near) embed.near.disconnect();
    if (embed.app) embed.app.stop();
    embed.app = null;
    element.removeAttribute(READY);
    embed.shadow.replaceChildren();
  }

  // Nothing that goes wrong here may become the host page's uncaught error.
  function safely(run) {
    return function () {
      try {
        return run.apply(this, arguments);
      } catch (error) {
        warn("the embed stopped on an error.", error);
      }
    };
  }

  function scan(node) {
    if (node.nodeType !== 1 && node.nodeType !== 9) return;
    if (node.matches && node.matches(SELECTOR)) connect(node);
    node.querySelectorAll(SELECTOR).forEach(safely(connect));
  }

  // Elements added later (a single-page app's route, a late CMS block), attributes changed on
  // any embed, and embeds removed.
  new MutationObserver(safely(function (records) {
    records.forEach(function (record) {
      if (record.type === "attributes") {
        if (record.attributeName === MARK) scan(record.target);
        else changed(record.target);
      } else {
        record.addedNodes.forEach(safely(scan));
      }
    });
    embeds.forEach(function (embed, element) {
      if (!element.isConnected) release(element);
    });
  })).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [MARK].concat(WATCHED),
  });

  if (window.customElements && !customElements.get(TAG)) {
    customElements.define(TAG, class extends HTMLElement {
      static get observedAttributes() { return WATCHED; }
      connectedCallback() { safely(connect)(this); }
      disconnectedCallback() {
        // Moved rather than removed: still on the page once this task's changes are done.
        var element = this;
        queueMicrotask(safely(function () {
          if (!element.isConnected) release(element);
        }));
      }
      attributeChangedCallback() { safely(changed)(this); }
    });
  }

  window[KEY] = { scan: safely(function () { scan(document); }) };
  window[KEY].scan();
})();

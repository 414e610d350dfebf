// fokus serve: reload this page when its version changes (its bytes, or the
// CSS, scripts and images that every page loads), show content errors
// over it while there are any. Injected only into served pages.
(function () {
  "use strict";
  var me = document.currentScript;
  var path = me.getAttribute("data-path");
  var version = me.getAttribute("data-version");
  // The overlay's heading, in the site's language (see texts in http.go).
  var heading = me.getAttribute("data-heading");
  var lastGood = me.getAttribute("data-last-good");
  // The preview's own files are beside this script, wherever the site is
  // served from (a proxy's sub-path, QA): not at the host's root.
  var base = new URL(".", me.src).href;

  function overlay(problems) {
    var old = document.getElementById("fokus-overlay");
    if (old) old.remove();
    if (!problems || problems.length === 0) return;
    var box = document.createElement("div");
    box.id = "fokus-overlay";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.93);color:#f4f4f4;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;padding:2rem";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "\u00d7";
    close.style.cssText = "float:right;font:inherit;background:#444;color:#fff;border:0;padding:.3rem .7rem;cursor:pointer";
    close.onclick = function () { box.remove(); };
    box.appendChild(close);
    var h = document.createElement("h2");
    h.style.cssText = "font:600 18px system-ui,sans-serif;color:#ff8a80;margin:0 0 1rem";
    h.textContent = heading + (version ? lastGood : "");
    box.appendChild(h);
    problems.forEach(function (p) {
      var item = document.createElement("div");
      item.className = "fokus-problem";
      item.style.margin = "0 0 1.2rem";
      var head = document.createElement("div");
      head.textContent = p.where + ": " + p.severity + ": " + p.message;
      item.appendChild(head);
      if (p.source) {
        var pre = document.createElement("pre");
        pre.style.cssText = "margin:.3rem 0 0;color:#bbb;white-space:pre-wrap";
        pre.textContent = p.source + "\n" + p.marker;
        item.appendChild(pre);
      }
      box.appendChild(item);
    });
    document.body.appendChild(box);
  }

  var done = false;
  var shown = null; // the problems over the page, as sent
  function update(msg) {
    if (done || msg.path !== path) return;
    if (msg.version !== version) {
      done = true;
      stop();
      location.reload();
      return;
    }
    // The shared stream sends every page's state again when a tab comes or
    // goes: the same problems must not bring back an overlay closed with ×.
    var problems = JSON.stringify(msg.problems || []);
    if (problems === shown) return;
    shown = problems;
    overlay(msg.problems);
  }

  // The tabs share one event stream through a worker (worker.js): a
  // browser gives a host six connections, and a stream per tab left the
  // seventh tab loading. Without shared workers, a stream of its own.
  var stop;
  if (window.SharedWorker) {
    var worker = new SharedWorker(base + "worker.js");
    worker.port.onmessage = function (e) { update(e.data); };
    worker.port.start();
    worker.port.postMessage({ open: path });
    stop = function () { worker.port.postMessage({ close: path }); };
    window.addEventListener("pagehide", function () { if (!done) stop(); });
    // Back from the browser's cache: the tab is the worker's again, and
    // the page's version is compared anew.
    window.addEventListener("pageshow", function (e) {
      if (e.persisted) {
        done = false;
        worker.port.postMessage({ open: path });
      }
    });
  } else {
    // As worker.js does: opened anew when given up on for an answer that
    // is not a stream (a proxy's 502 while the preview restarts).
    var es, again, wait = 500;
    var open = function () {
      es = new EventSource(base + "events?path=" + encodeURIComponent(path));
      es.addEventListener("open", function () { wait = 500; });
      es.addEventListener("page", function (e) { update(JSON.parse(e.data)); });
      es.addEventListener("error", function () {
        if (done || es.readyState !== EventSource.CLOSED) return;
        again = setTimeout(open, wait);
        wait = Math.min(wait * 2, 8000);
      });
    };
    open();
    stop = function () { clearTimeout(again); es.close(); };
  }
  // EventSource reconnects by itself (retry: 500) after a server restart.
})();

// fokus serve: one event stream for every open tab of the preview. A
// browser keeps at most six connections to a host, and with a stream per
// tab a seventh tab never loaded. This shared worker holds one stream for
// the pages of all tabs (path=a&path=b…) and passes each page's events to
// the tabs that show it; it opens the stream again when tabs come or go.
"use strict";
var tabs = []; // {port, path}
var stream = null;
var again = null; // the timer that opens a stream given up on again
var wait = 500; // how long it waits, in ms

function connect() {
  if (stream) stream.close();
  stream = null;
  clearTimeout(again);
  var paths = [];
  tabs.forEach(function (t) { if (paths.indexOf(t.path) < 0) paths.push(t.path); });
  if (paths.length === 0) return;
  // Relative to this worker's address, which is beside the events' (a
  // proxy may serve the preview from a sub-path).
  var es = new EventSource("events?" + paths.map(function (p) {
    return "path=" + encodeURIComponent(p);
  }).join("&"));
  stream = es;
  es.addEventListener("open", function () { wait = 500; });
  es.addEventListener("page", function (e) {
    var msg = JSON.parse(e.data);
    tabs.forEach(function (t) { if (t.path === msg.path) t.port.postMessage(msg); });
  });
  // An EventSource reconnects by itself when the stream breaks off, but
  // gives up for good on an answer that is not a stream: the 502 of a
  // proxy in front of a preview that restarts (QA: the tabs behind nginx
  // never reloaded again). Then it is opened anew, later each time.
  es.addEventListener("error", function () {
    if (es !== stream || es.readyState !== EventSource.CLOSED) return;
    again = setTimeout(connect, wait);
    wait = Math.min(wait * 2, 8000);
  });
}

self.onconnect = function (e) {
  var port = e.ports[0];
  port.onmessage = function (m) {
    if (m.data.open !== undefined) {
      tabs.push({ port: port, path: m.data.open });
    } else if (m.data.close !== undefined) {
      tabs = tabs.filter(function (t) { return t.port !== port; });
    }
    connect();
  };
  port.start();
};

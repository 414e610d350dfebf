// fokus serve: one event stream for every open tab of the preview. A
// browser keeps at most six connections to a host, and with a stream per
// tab a seventh tab never loaded. This shared worker holds one stream for
// the pages of all tabs (path=a&path=b…) and passes each page's events to
// the tabs that show it; it opens the stream again when tabs come or go.
"use strict";
var tabs = []; // {port, path}
var stream = null;

function connect() {
  if (stream) stream.close();
  stream = null;
  var paths = [];
  tabs.forEach(function (t) { if (paths.indexOf(t.path) < 0) paths.push(t.path); });
  if (paths.length === 0) return;
  // Relative to this worker's address, which is beside the events' (a
  // proxy may serve the preview from a sub-path).
  stream = new EventSource("events?" + paths.map(function (p) {
    return "path=" + encodeURIComponent(p);
  }).join("&"));
  stream.addEventListener("page", function (e) {
    var msg = JSON.parse(e.data);
    tabs.forEach(function (t) { if (t.path === msg.path) t.port.postMessage(msg); });
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

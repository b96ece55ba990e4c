/*
 * The pane's guard, inlined in taskpane.html before the bundle (ES5 only: it must run where the
 * bundle cannot). The bundle is ES2020 (WebView2, Safari 14+). Office 2016/2019 under volume
 * licences run add-ins in Internet Explorer 11 or EdgeHTML, and older Macs in Safari below 14:
 * there the bundle would not even parse and the pane would stay blank. The guard tests the
 * syntax and the built-ins the bundle needs; when one is missing it shows the message of
 * src/strings/old-engine.json (put in by webpack.config.js) and sets window.__cchcUnsupported, which the bundle respects.
 */
(function (message) {
  var missing = [];
  try {
    // Optional chaining, nullish coalescing, async arrows, BigInt literals: ES2020 syntax.
    new Function("var a = {}; var f = async () => a?.b ?? 1n; return f;");
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 (this guard's own syntax) has no catch without a binding
  } catch (e) {
    missing.push("ES2020");
  }
  var builtIns = {
    "Promise.allSettled": typeof Promise !== "undefined" && typeof Promise.allSettled === "function",
    "Object.fromEntries": typeof Object.fromEntries === "function",
    globalThis: typeof globalThis !== "undefined",
    TextDecoder: typeof TextDecoder === "function",
    Intl: typeof Intl !== "undefined" && typeof Intl.NumberFormat === "function",
  };
  for (var name in builtIns) if (Object.prototype.hasOwnProperty.call(builtIns, name) && !builtIns[name]) missing.push(name);
  if (missing.length === 0) return;
  window.__cchcUnsupported = missing;
  function show() {
    var root = document.getElementById("root") || document.body;
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.cssText = "font-family: 'Segoe UI', Arial, sans-serif; padding: 16px; line-height: 1.5";
    var h = document.createElement("h1");
    h.style.fontSize = "18px";
    h.appendChild(document.createTextNode(message.title));
    box.appendChild(h);
    var parts = [message.body, message.instead, message.support];
    for (var i = 0; i < parts.length; i++) {
      var p = document.createElement("p");
      p.appendChild(document.createTextNode(parts[i]));
      box.appendChild(p);
    }
    var small = document.createElement("p");
    small.style.cssText = "color: #616161; font-size: 12px";
    small.appendChild(document.createTextNode("(" + missing.join(", ") + ")"));
    box.appendChild(small);
    root.appendChild(box);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})(__CCHC_OLD_ENGINE_MESSAGE__);

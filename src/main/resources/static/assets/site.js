/* Dateline: progressive enhancement only; the page works fully without this file. */
(function () {
  "use strict";
  var share = document.querySelector(".share");
  if (!share) return;
  var url = share.getAttribute("data-share-url") || location.href;
  var title = share.getAttribute("data-share-title") || document.title;
  var status = share.querySelector(".share-status");
  var timer;

  function say(text) {
    if (!status) return;
    clearTimeout(timer);
    status.textContent = text;
    timer = setTimeout(function () { status.textContent = ""; }, 4000);
  }

  var native = share.querySelector(".share-native");
  if (native && typeof navigator.share === "function") {
    native.hidden = false;
    native.addEventListener("click", function () {
      navigator.share({ title: title, url: url }).catch(function () {});
    });
  }

  function copyFallback() {
    var t = document.createElement("textarea");
    t.value = url;
    t.setAttribute("readonly", "");
    t.style.cssText = "position:fixed;top:0;left:0;opacity:0";
    document.body.appendChild(t);
    t.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    t.remove();
    copy.focus();
    return ok;
  }
  function copied(ok) { say(ok ? "Link copied" : "Could not copy the link"); }

  var copy = share.querySelector(".share-copy");
  var permalink = share.querySelector(".share-permalink");
  if (copy) {
    copy.hidden = false;
    if (permalink) permalink.hidden = true;
    copy.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(
          function () { copied(true); },
          function () { copied(copyFallback()); });
      } else {
        copied(copyFallback());
      }
    });
  }
})();

/* Views: report this page view once a person can see it (never while prerendered or in a background
   tab), then show the count the server answers with, so even a cached copy of the page is current. */
(function () {
  "use strict";
  var views = document.querySelector("[data-views-url]");
  if (!views || typeof fetch !== "function") return;
  var url = views.getAttribute("data-views-url");
  var sent = false;

  function send() {
    if (sent) return;
    sent = true;
    fetch(url, { method: "POST", keepalive: true, credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (d) {
        var label = views.querySelector("span");
        if (d && d.label && label) label.textContent = d.label;
      })
      .catch(function () {});
  }
  function whenVisible() {
    if (document.visibilityState === "visible") { send(); return; }
    document.addEventListener("visibilitychange", function shown() {
      if (document.visibilityState !== "visible") return;
      document.removeEventListener("visibilitychange", shown);
      send();
    });
  }
  if (document.prerendering) {
    document.addEventListener("prerenderingchange", whenVisible, { once: true });
  } else {
    whenVisible();
  }
})();

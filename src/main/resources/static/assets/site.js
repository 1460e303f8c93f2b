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

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

/* Embeds (ADR 0020): a card asks nothing of the provider until the reader clicks it; then the provider's player
   takes its place (frames only from the origins the Content-Security-Policy names), or, for a service without a
   player that runs without its own script, the post opens in a new tab. A modified click opens the post as a link. */
(function () {
  "use strict";
  function ok(pattern, id, url) { return pattern.test(id) ? url : null; }
  var players = {
    youtube: function (id) { return ok(/^[\w-]{11}$/, id, "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1"); },
    vimeo: function (id) { return ok(/^\d+$/, id, "https://player.vimeo.com/video/" + id + "?autoplay=1"); },
    instagram: function (id) { return ok(/^[\w-]+$/, id, "https://www.instagram.com/p/" + id + "/embed/"); },
    facebook: function (id) {
      var post = "https://www.facebook.com/" + (id.indexOf("watch/") === 0 ? "watch/?v=" + id.slice(6) : id);
      var kind = /^watch\/|\/videos\//.test(id) ? "video" : "post";
      return ok(/^[\w.-]+\/[\w.\/-]+$/, id, "https://www.facebook.com/plugins/" + kind + ".php?href=" + encodeURIComponent(post));
    },
    tiktok: function (id) { return ok(/^\d+$/, id, "https://www.tiktok.com/player/v1/" + id); },
    soundcloud: function (id) {
      return ok(/^[\w-]+\/(sets\/)?[\w-]+$/, id, "https://w.soundcloud.com/player/?url=" + encodeURIComponent("https://soundcloud.com/" + id));
    },
    spotify: function (id) { return ok(/^[a-z]+\/[A-Za-z0-9]{22}$/, id, "https://open.spotify.com/embed/" + id); }
  };
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("figure[data-embed-provider] > a[href]") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var card = link.parentNode;
    var player = players[card.getAttribute("data-embed-provider")];
    var src = player ? player(card.getAttribute("data-embed-id") || "") : null;
    event.preventDefault();
    if (!src) {
      window.open(link.href, "_blank", "noopener");
      return;
    }
    var name = link.querySelector("strong");
    name = name ? name.textContent : "Player";
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = name + ": " + (link.querySelector("cite") || link).textContent;
    frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    var caption = card.querySelector("figcaption");
    if (caption) {
      var source = document.createElement("a");
      source.href = link.href;
      source.rel = "noopener";
      source.textContent = "Open on " + name;
      caption.replaceChildren(source);
    }
    card.replaceChild(frame, link);
    card.setAttribute("data-embed-loaded", "");
    frame.focus();
  });
})();

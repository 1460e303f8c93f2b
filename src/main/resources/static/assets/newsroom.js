/* Dateline newsroom: progressive enhancement; every page works without this file. */
(() => {
"use strict";
const d = document, $ = (s, r = d) => r.querySelector(s), $$ = (s, r = d) => [...r.querySelectorAll(s)];
const mk = (t, p) => Object.assign(d.createElement(t), p), on = (t, e, f, o) => t.addEventListener(e, f, o);
const safe = f => { try { return f(); } catch (_) {} }, now = () => Date.now();
const LS = localStorage, SS = sessionStorage, del = k => k && safe(() => LS.removeItem(k));
const hm = t => new Date(t).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

// "3 min ago", "in 2 h"; null past a week. s: seconds under a minute.
const rel = (ms, s) => {
  const a = Math.abs(ms) / 1e3, u = [[60, 1, " s"], [3600, 60, " min"], [86400, 3600, " h"], [604800, 86400, " day"]].find(x => a < x[0]);
  if (a < (s ? 5 : 60)) return ms < 0 ? "in a moment" : "just now";
  if (!u) return null;
  const n = Math.floor(a / u[1]), t = n + u[2] + (n > 1 && u[1] > 3600 ? "s" : "");
  return ms < 0 ? "in " + t : t + " ago";
};

// 7. Relative times
const ago = () => $$("time.nr-ago").forEach(t => {
  const v = Date.parse(t.dateTime);
  if (v) { t.title = t.title || t.textContent.trim(); t.textContent = rel(now() - v) || t.title; }
});
ago();
setInterval(ago, 3e4);

// 6. Confirmations
on(d, "click", e => {
  const b = e.target.closest("[data-confirm]");
  if (b && !confirm(b.dataset.confirm)) { e.preventDefault(); e.stopImmediatePropagation(); }
}, true);

// Phones: scroll the current page's link into the top bar's view
const cur = $(".nr-nav [aria-current]"), ul = cur && cur.closest("ul"), o = ul && cur.getBoundingClientRect().right - ul.getBoundingClientRect().right;
if (o > 0) ul.scrollLeft += o + 16;

// A story form sent the ordinary way: forget its backup once a page reports success.
const form = $("form.nr-editor"), key = form && form.dataset.storyKey, sent = safe(() => SS.getItem("nr-sent"));
safe(() => SS.removeItem("nr-sent"));
if (sent && sent != key && $(".nr-alert--success")) del(sent);
if (!form) return;

const F = n => form.elements.namedItem(n), TEXT = ["headline", "standfirst", "body"];
const snap = () => Object.fromEntries(TEXT.map(n => [n, F(n) ? F(n).value : ""]));
const ver = F(form.dataset.versionField || "version"), url = form.dataset.autosaveUrl, body = $("#body", form);
const POST = u => fetch(u, { method: "POST", body: new FormData(form), headers: { "X-Requested-With": "fetch" } });

// 1. Formatting. put: replace the selection with text and select [a, b) of it; undo keeps working.
const put = (t, text, a, b) => {
  const s = t.selectionStart;
  t.focus();
  if (!safe(() => d.execCommand("insertText", false, text))) {
    t.setRangeText(text, s, t.selectionEnd);
    t.dispatchEvent(new Event("input", { bubbles: true }));
  }
  t.setSelectionRange(s + a, s + b);
};
const grab = t => { // the selection, less surrounding spaces
  let { selectionStart: s, selectionEnd: e, value: v } = t, x = v.slice(s, e);
  if (x.trim()) { s += x.length - x.trimStart().length; e -= x.length - x.trimEnd().length; }
  t.setSelectionRange(s, e);
  return [s, e, v, v.slice(s, e)];
};
const wrap = (t, m, ph) => {
  let [s, e, v, x] = grab(t), n = m.length;
  if (v.slice(s - n, s) == m && v.slice(e, e + n) == m && (n > 1 || v[s - 2] != "*")) {
    t.setSelectionRange(s - n, e + n);
    return put(t, x, 0, x.length);
  }
  x = x || ph;
  put(t, m + x + m, n, n + x.length);
};
const link = (t, img) => {
  const [s, e, v, x] = grab(t), isUrl = /^(https?:\/\/|www\.)\S+$/.test(x), br = c => img && c && c != "\n" ? "\n\n" : "";
  const txt = isUrl || !x ? (img ? "alt text" : "link text") : x, href = isUrl ? x : "https://";
  const pre = br(v[s - 1]), p = pre.length + (img ? 2 : 1), u = p + txt.length + 2;
  put(t, `${pre}${img ? "!" : ""}[${txt}](${href})${br(v[e])}`, ...(x && !isUrl ? [u, u + href.length] : [p, p + txt.length]));
};
const MARK = { h2: "## ", h3: "### ", ul: "- ", quote: "> " };
const RE = { h2: /^## /, h3: /^### /, quote: /^> ?/, ul: /^[-*+] /, ol: /^\d+[.)] / };
const lines = (t, k) => { // prefix each selected line, or take the prefix off if all have it
  const v = t.value, s = t.selectionStart, flat = s == t.selectionEnd, re = RE[k];
  let e = t.selectionEnd, n = 0;
  if (e > s && v[e - 1] == "\n") e--;
  const a = v.lastIndexOf("\n", s - 1) + 1, z = (v.indexOf("\n", e) + 1 || v.length + 1) - 1;
  const src = v.slice(a, z), rows = src.split("\n"), one = rows.length < 2, full = rows.filter(l => l.trim());
  const off = full.length && full.every(l => re.test(l));
  const out = rows.map(l => off ? l.replace(re, "")
    : k == "quote" ? (l.trim() || one ? "> " + l : ">")
    : !l.trim() && !one ? l
    : (k == "ol" ? ++n + ". " : MARK[k]) + l.replace(/^(#+ |[-*+] |\d+[.)] |> ?)/, "")).join("\n");
  if (out == src) return;
  t.setSelectionRange(a, z);
  put(t, out, flat ? out.length : 0, out.length);
};
const apply = k => {
  if (!body || body.hidden || body.readOnly) return;
  if (k == "bold" || k == "italic") wrap(body, k == "bold" ? "**" : "*", k + " text");
  else if (k == "link" || k == "image") link(body, k == "image");
  else if (RE[k]) lines(body, k);
};
const bar = $(".nr-format", form), tools = bar ? $$("button", bar) : [];
const rove = b => tools.forEach(x => { x.tabIndex = x == b ? 0 : -1; });
if (bar && body) {
  bar.hidden = false;
  tools.forEach(b => { if (b.dataset.md) b.disabled = body.readOnly; });
  rove(tools.find(b => !b.disabled));
  on(bar, "click", e => {
    const b = e.target.closest("button");
    if (b) { rove(b); apply(b.dataset.md); }
  });
  on(bar, "keydown", e => { // one tab stop; arrows, Home and End move along
    const l = tools.filter(b => !b.disabled && !b.hidden), i = l.indexOf(d.activeElement);
    let k = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: l.length - 1 }[e.key];
    if (i < 0 || k == null) return;
    e.preventDefault();
    rove(k = l[(k + l.length) % l.length]);
    k.focus();
  });
  on(body, "keydown", e => {
    const k = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && { b: "bold", i: "italic", k: "link" }[e.key.toLowerCase()];
    if (k) { e.preventDefault(); apply(k); }
  });
}

// Save state: the visible text ticks; screen readers hear it change at most once a minute.
const st = $("#save-state"), vis = mk("span"), sr = mk("span", { className: "nr-visually-hidden" });
vis.setAttribute("aria-hidden", "true");
if (st) { vis.textContent = sr.textContent = st.textContent.trim(); st.replaceChildren(vis, sr); }
let kind = "";
const show = (k, text, spoken = text, href) => {
  kind = k;
  if (!st) return;
  st.className = "nr-save-state" + (k && " nr-save-state--" + k);
  if (vis.textContent != text) vis.textContent = text;
  if (spoken != null && sr.textContent != spoken) sr.textContent = spoken;
  $$("a", st).forEach(a => a.remove());
  if (href) st.append(" ", mk("a", { href, textContent: "Review both versions" }));
};

// 4. Local backup
const KEPT = "your changes are kept on this device";
let dirty = false, seq = 0, failed = -1, retry = 0, busy = null, stop = !url, sending = false, timer;
let saved = st && Date.parse(st.dataset.savedAt) || 0;
const store = () => {
  clearTimeout(timer);
  if (key) safe(() => LS.setItem(key, JSON.stringify({ ...snap(), version: ver ? ver.value : "", at: new Date().toISOString() })));
};
const label = () => {
  if (!saved || kind == "error" || dirty && url) return;
  const ms = Math.max(0, now() - saved);
  show("", "Saved " + (ms < 36e5 ? rel(ms, 1) : "at " + hm(saved)), "Saved at " + hm(saved));
};
on(form, "input", () => {
  dirty = true;
  seq++;
  clearTimeout(timer);
  timer = setTimeout(store, 300);
  if (!url) show("pending", "Unsaved changes; a copy is kept on this device");
  else if (!stop && !kind) show("pending", "Unsaved changes", null);
});

const old = key && safe(() => JSON.parse(LS.getItem(key)));
if (old && TEXT.some(n => (old[n] || "") != snap()[n])) {
  const t = Date.parse(old.at), p = mk("p", { className: "nr-alert nr-alert--warning", role: "status" });
  p.append(mk("span", { textContent: `This device kept changes to this story that were not saved (${rel(now() - t, 1) || new Date(t).toLocaleString()}).` }));
  const btn = (textContent, c, f) => p.append(" ", mk("button", { type: "button", className: "nr-button " + c, textContent,
    onclick: () => { f(); p.remove(); F("headline") && F("headline").focus(); } }));
  btn("Restore unsaved changes", "nr-button--primary", () => {
    TEXT.forEach(n => { if (F(n) && old[n] != null) F(n).value = old[n]; });
    // Changes made to an older version go back with it: the server reports a conflict rather than overwrite.
    if (ver && +old.version < +ver.value) ver.value = old.version;
    form.dispatchEvent(new Event("input"));
  });
  btn("Discard", "nr-button--quiet", () => del(key));
  form.before(p);
} else if (old && ver && +ver.value > +old.version) del(key);

// 3. Autosave
const save = async () => {
  const n = seq, r = await POST(url).catch(() => null), j = r && await r.json().catch(() => null);
  if (!r) { failed = -1; return show("offline", `Offline — ${KEPT}; saving again when the connection returns`); }
  if (r.ok && j && j.version != null) {
    if (ver) ver.value = j.version;
    saved = now();
    failed = -1;
    kind = "";
    if (seq == n) { dirty = false; del(key); } else { store(); show("pending", "Unsaved changes", null); }
    return label();
  }
  failed = n;
  retry = now() + 3e4;
  if (r.status == 409) {
    stop = true;
    return show("error", `${j && j.message || "Someone else saved this story."} Autosave is paused; ${KEPT}.`, undefined, j && j.url || location.href);
  }
  if (r.status == 503) return show("error", `${j && j.message || "The database is unavailable; " + KEPT + "."} Trying again shortly.`);
  if (r.status == 400 && j && j.errors) { retry = Infinity; return show("error", "Not saved: " + Object.values(j.errors)[0]); }
  show("error", `Not saved (${r.redirected ? "signed out?" : "error " + r.status}); ${KEPT}.`);
};
setInterval(() => {
  if (dirty && !stop && !busy && !sending && (seq != failed || now() > retry)) busy = save().finally(() => { busy = null; });
  label();
}, 5e3);

// 2. Ctrl/Cmd+S. A form sent during an autosave waits for it, and so for its new version.
on(d, "keydown", e => {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() == "s") {
    e.preventDefault();
    if (!sending) form.requestSubmit($("button[name=action][value=save]", form));
  }
});
on(form, "submit", e => {
  if (busy) {
    e.preventDefault();
    const b = e.submitter;
    if (!sending) busy.finally(() => form.requestSubmit(b));
  }
  sending = true;
  if (busy) return;
  if (dirty) store();
  if (key) safe(() => SS.setItem("nr-sent", key));
});
on(window, "beforeunload", e => {
  if (dirty && !sending) { store(); e.preventDefault(); e.returnValue = ""; }
});
on(window, "pageshow", e => { if (e.persisted) sending = false; });

// 5. Preview
const tog = $(".nr-preview-toggle", form), fr = $("iframe.nr-preview", form), purl = form.dataset.previewUrl;
const fit = () => safe(() => {
  fr.style.height = "";
  fr.style.height = fr.contentDocument.documentElement.scrollHeight + 2 + "px";
});
if (tog && !(fr && body && purl)) tog.hidden = true;
else if (tog) {
  on(fr, "load", fit);
  on(window, "resize", () => fr.hidden || fit());
  on(tog, "click", async () => {
    const p = tog.getAttribute("aria-pressed") != "true";
    tog.setAttribute("aria-pressed", p);
    body.hidden = p;
    fr.hidden = !p;
    tools.forEach(b => { if (b.dataset.md) b.disabled = p || body.readOnly; });
    if (!p) return;
    fr.srcdoc = "Loading the preview…";
    const r = await POST(purl).catch(() => null), h = r && r.ok && await r.text().catch(() => "");
    if (!fr.hidden) fr.srcdoc = h || `The preview could not be loaded (${r ? "error " + r.status : "no connection"}). Try again.`;
  });
}
})();

// Media: click the picture to set the focal point; drag and drop with upload progress.
(() => {
  const focal = document.querySelector("[data-focal]");
  if (focal) {
    const img = focal.querySelector("img"), mark = focal.querySelector(".nr-focal-mark");
    // Placed from data attributes (the Content-Security-Policy allows no style attributes).
    mark.style.left = mark.dataset.x + "%";
    mark.style.top = mark.dataset.y + "%";
    mark.hidden = false;
    img.addEventListener("click", e => {
      const r = img.getBoundingClientRect();
      const x = Math.round((e.clientX - r.left) / r.width * 100), y = Math.round((e.clientY - r.top) / r.height * 100);
      document.getElementById("focalX").value = x;
      document.getElementById("focalY").value = y;
      mark.style.left = x + "%";
      mark.style.top = y + "%";
    });
  }
  const zone = document.querySelector(".nr-dropzone");
  if (!zone || !window.FormData) return;
  const input = zone.querySelector("input[type=file]"), bar = zone.querySelector(".nr-progress");
  ["dragenter", "dragover"].forEach(t => zone.addEventListener(t, e => { e.preventDefault(); zone.classList.add("nr-drag"); }));
  ["dragleave", "drop"].forEach(t => zone.addEventListener(t, e => { e.preventDefault(); zone.classList.remove("nr-drag"); }));
  zone.addEventListener("drop", e => { if (e.dataTransfer.files.length) { input.files = e.dataTransfer.files; } });
  // A file over the stated limit ("25 MB") is refused here, before it is sent; the server refuses it too (413).
  const limit = zone.dataset.maxUpload || "", max = parseFloat(limit) * 1048576;
  const refuse = text => {
    bar.hidden = true;
    let note = zone.querySelector(".nr-upload-refused");
    if (!note) {
      note = document.createElement("p");
      note.className = "nr-alert nr-alert--error nr-upload-refused";
      note.setAttribute("role", "alert");
      zone.prepend(note);
    }
    note.textContent = text;
  };
  zone.addEventListener("submit", e => {
    if (!input.files.length) return;
    e.preventDefault();
    const big = [...input.files].filter(f => f.size > max).map(f => f.name);
    if (big.length) return refuse(`Not uploaded: ${big.join(", ")} ${big.length > 1 ? "are" : "is"} larger than ${limit}. Nothing was saved.`);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", zone.action);
    bar.hidden = false;
    xhr.upload.onprogress = p => { if (p.lengthComputable) bar.value = Math.round(p.loaded / p.total * 100); };
    xhr.onload = () => {
      if (xhr.status == 413) return refuse("Not uploaded: the files are larger than the newsroom accepts. Nothing was saved.");
      location.href = xhr.responseURL || zone.action;
    };
    xhr.onerror = () => { bar.hidden = true; zone.submit(); };
    xhr.send(new FormData(zone));
  });
})();

/* Imports: the upload's size check and progress; an import's progress, polled every second without a reload. */
(() => {
  "use strict";
  const d = document, $ = s => d.querySelector(s);
  const form = $(".nr-import-form");
  if (form && window.FormData) {
    const bar = form.querySelector(".nr-progress"), limit = form.dataset.maxUpload || "";
    const max = parseFloat(limit) * (/GB/.test(limit) ? 1073741824 : 1048576);
    const refuse = text => {
      bar.hidden = true;
      let note = form.querySelector(".nr-upload-refused");
      if (!note) {
        note = Object.assign(d.createElement("p"), { className: "nr-alert nr-alert--error nr-upload-refused" });
        note.setAttribute("role", "alert");
        form.prepend(note);
      }
      note.textContent = text;
    };
    form.addEventListener("submit", e => {
      const files = [...form.querySelectorAll("input[type=file]")].flatMap(i => [...i.files]);
      if (!files.length) return;
      e.preventDefault();
      const empty = files.filter(f => !f.size).map(f => f.name), big = files.filter(f => f.size > max).map(f => f.name);
      if (empty.length) return refuse(`Not uploaded: ${empty.join(", ")} ${empty.length > 1 ? "are" : "is"} empty.`);
      if (big.length) return refuse(`Not uploaded: ${big.join(", ")} ${big.length > 1 ? "are" : "is"} larger than ${limit}. Nothing was saved.`);
      const xhr = new XMLHttpRequest(), button = form.querySelector("button[type=submit]");
      xhr.open("POST", form.action);
      bar.hidden = false;
      button.disabled = true;
      xhr.upload.onprogress = p => { if (p.lengthComputable) bar.value = Math.round(p.loaded / p.total * 100); };
      xhr.onload = () => {
        button.disabled = false;
        if (xhr.status == 413) return refuse(xhr.responseText || `Not uploaded: larger than ${limit}. Nothing was saved.`);
        location.href = xhr.responseURL || form.action;
      };
      xhr.onerror = () => { bar.hidden = true; button.disabled = false; form.submit(); };
      xhr.send(new FormData(form));
    });
  }

  const box = $("[data-import-progress]");
  if (!box || box.dataset.importFinished == "true" || !window.fetch) return;
  const list = $("#import-lines"), text = (id, v) => { const e = d.getElementById(id); if (e) e.textContent = v; };
  const reload = $("#import-reload"), noscript = box.querySelector("noscript");
  if (reload) reload.textContent = "This page updates by itself every second.";
  if (noscript) noscript.remove();
  let next = +list.dataset.next || 0, busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    fetch(`${box.dataset.importProgress}?after=${next}`, { headers: { Accept: "application/json" }, cache: "no-store" })
      .then(r => r.ok ? r.json() : Promise.reject(r.status))
      .then(p => {
        $("#import-bar").value = p.percent;
        text("import-percent", p.percent);
        text("import-done", p.done);
        text("import-total", p.total);
        text("import-current", p.current);
        $("#import-current-wrap").hidden = !p.current;
        text("import-state", p.state);
        text("import-message", p.message ? " · " + p.message : "");
        Object.entries(p.counts).forEach(([k, v]) => { const c = box.ownerDocument.querySelector(`[data-count="${k}"]`); if (c) c.textContent = v; });
        p.lines.forEach(l => {
          const li = d.createElement("li"), level = d.createElement("strong");
          li.className = "nr-import-line nr-import-line--" + l.level.toLowerCase();
          level.textContent = l.level;
          li.append(level, " ", l.item ? l.item + ": " : "", l.message);
          list.append(li);
        });
        next = p.next;
        list.dataset.next = next;
        if (list.children.length) $("#import-no-lines").hidden = true;
        if (p.finished) {
          clearInterval(timer);
          box.dataset.importFinished = "true";
          $("#import-download").hidden = false;
          if (reload) reload.hidden = true;
          if (!list.children.length) text("import-no-lines", "Nothing to report.");
        }
      })
      .catch(() => {})
      .finally(() => { busy = false; });
  };
  const timer = setInterval(tick, 1000);
  tick();
})();

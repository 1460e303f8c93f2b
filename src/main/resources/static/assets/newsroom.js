/* Dateline newsroom: progressive enhancement only; every page works without this file. */
(() => {
  "use strict";
  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => [...r.querySelectorAll(s)];
  const ls = localStorage;
  const hm = t => new Date(t).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

  // "3 min ago" / "in 2 h"; null beyond a week. secs: say "12 s ago" under a minute.
  const rel = (ms, secs) => {
    const a = Math.abs(ms) / 1000, f = ms < 0;
    let t;
    if (a < (secs ? 5 : 60)) return f ? "in a moment" : "just now";
    if (a < 60) t = Math.floor(a) + " s";
    else if (a < 3600) t = Math.floor(a / 60) + " min";
    else if (a < 86400) t = Math.floor(a / 3600) + " h";
    else if (a < 604800) { const d = Math.floor(a / 86400); t = d + (d > 1 ? " days" : " day"); }
    else return null;
    return f ? "in " + t : t + " ago";
  };

  // 7. Relative times
  const ago = () => $$("time.nr-ago[datetime]").forEach(el => {
    const t = Date.parse(el.getAttribute("datetime"));
    if (isNaN(t)) return;
    if (!el.title) el.title = el.textContent.trim();
    el.textContent = rel(Date.now() - t) || el.title;
  });
  ago();
  setInterval(ago, 30000);

  // 6. Confirmations (capture: runs before any submit)
  document.addEventListener("click", e => {
    const b = e.target.closest("[data-confirm]");
    if (b && !confirm(b.dataset.confirm)) { e.preventDefault(); e.stopImmediatePropagation(); }
  }, true);

  const form = $("form.nr-editor");
  const key = form && form.dataset.storyKey;
  const load = k => { try { return JSON.parse(ls.getItem(k)); } catch (_) { return null; } };
  const drop = (k = key) => { try { k && ls.removeItem(k); } catch (_) {} };
  // A story form sent the old way: forget its backup once the next page confirms the save.
  let sent = null;
  try { sent = sessionStorage.getItem("nr-sent"); sessionStorage.removeItem("nr-sent"); } catch (_) {}
  if (sent && sent !== key && $(".nr-alert--success")) drop(sent);
  if (!form) return;

  const field = n => form.elements.namedItem(n);
  const val = n => { const f = field(n); return f && f.value != null ? f.value : ""; };
  const TEXT = ["headline", "standfirst", "body"];
  const snap = () => ({ headline: val("headline"), standfirst: val("standfirst"), body: val("body") });
  const same = (a, b) => TEXT.every(n => (a[n] || "") === (b[n] || ""));
  const body = $("#body", form);
  const vField = field(form.dataset.versionField || "version");
  const url = form.dataset.autosaveUrl;
  const stateEl = $("#save-state");

  // 1. Formatting
  const put = (ta, text, a, b) => {
    const s = ta.selectionStart;
    ta.focus();
    let ok = false;
    try { ok = document.execCommand("insertText", false, text); } catch (_) {}
    if (!ok) {
      ta.setRangeText(text, s, ta.selectionEnd, "end");
      ta.dispatchEvent(new Event("input", { bubbles: true }));
    }
    ta.setSelectionRange(s + a, s + b);
  };
  const trimSel = ta => {
    let { selectionStart: s, selectionEnd: e, value: v } = ta;
    const sel = v.slice(s, e);
    if (sel.trim()) { s += sel.length - sel.trimStart().length; e -= sel.length - sel.trimEnd().length; }
    ta.setSelectionRange(s, e);
    return [s, e, v, v.slice(s, e)];
  };
  const wrap = (ta, m, ph) => {
    const [s, e, v, sel] = trimSel(ta), n = m.length;
    if (v.slice(s - n, s) === m && v.slice(e, e + n) === m && (n > 1 || v[s - 2] !== "*" || v.slice(s - 3, s) === "***")) {
      ta.setSelectionRange(s - n, e + n);
      return put(ta, sel, 0, sel.length);
    }
    const t = sel || ph;
    put(ta, m + t + m, n, n + t.length);
  };
  const link = (ta, img) => {
    const [s, e, v, sel] = trimSel(ta);
    const isUrl = /^(https?:\/\/|www\.)\S+$/.test(sel);
    const ph = img ? "alt text" : "link text", t = isUrl ? ph : sel || ph, href = isUrl ? sel : "https://";
    let pre = "", post = "";
    if (img) {
      const b = v.slice(0, s), r = v.slice(e);
      pre = !b || b.endsWith("\n\n") ? "" : b.endsWith("\n") ? "\n" : "\n\n";
      post = !r || r.startsWith("\n\n") ? "" : r.startsWith("\n") ? "\n" : "\n\n";
    }
    const p = pre.length + (img ? 2 : 1), u = p + t.length + 2;
    put(ta, pre + (img ? "!" : "") + "[" + t + "](" + href + ")" + post, ...(sel && !isUrl ? [u, u + href.length] : [p, p + t.length]));
  };
  const MARK = { h2: "## ", h3: "### ", ul: "- ", quote: "> " };
  const lines = (ta, kind) => {
    const v = ta.value, s = ta.selectionStart, flat = s === ta.selectionEnd;
    let e = ta.selectionEnd;
    if (e > s && v[e - 1] === "\n") e--;
    const a = v.lastIndexOf("\n", s - 1) + 1;
    let z = v.indexOf("\n", e);
    if (z < 0) z = v.length;
    const src = v.slice(a, z), rows = src.split("\n"), one = rows.length === 1;
    const re = { h2: /^## /, h3: /^### /, quote: /^> ?/, ul: /^[-*+] /, ol: /^\d+[.)] / }[kind];
    const full = rows.filter(l => l.trim());
    const off = full.length > 0 && full.every(l => re.test(l));
    let n = 0;
    const out = rows.map(l => {
      if (off) return l.replace(re, "");
      if (kind === "quote") return l.trim() || one ? "> " + l : ">";
      if (!l.trim() && !one) return l;
      return (kind === "ol" ? ++n + ". " : MARK[kind]) + l.replace(/^(#{1,6} |[-*+] |\d+[.)] |> ?)/, "");
    }).join("\n");
    if (out === src) return;
    ta.setSelectionRange(a, z);
    put(ta, out, flat ? out.length : 0, out.length);
  };
  const apply = kind => {
    if (!body || body.hidden) return;
    if (kind === "bold") wrap(body, "**", "bold text");
    else if (kind === "italic") wrap(body, "*", "italic text");
    else if (kind === "link" || kind === "image") link(body, kind === "image");
    else if (kind === "ol" || MARK[kind]) lines(body, kind);
  };
  const bar = $(".nr-format", form);
  if (bar && body) {
    bar.hidden = false;
    const all = $$("button", bar);
    all.forEach((b, i) => { b.tabIndex = i ? -1 : 0; });
    const rove = b => { all.forEach(x => { x.tabIndex = -1; }); b.tabIndex = 0; };
    bar.addEventListener("click", e => {
      const b = e.target.closest("button");
      if (!b) return;
      rove(b);
      if (b.dataset.md) apply(b.dataset.md);
    });
    bar.addEventListener("keydown", e => {
      const l = all.filter(b => !b.disabled && !b.hidden), i = l.indexOf(document.activeElement);
      const k = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: l.length - 1 }[e.key];
      if (i < 0 || k == null) return;
      e.preventDefault();
      const b = l[(k + l.length) % l.length];
      rove(b);
      b.focus();
    });
    body.addEventListener("keydown", e => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const k = { b: "bold", i: "italic", k: "link" }[e.key.toLowerCase()];
      if (k) { e.preventDefault(); apply(k); }
    });
  }

  // Save state: the visible text ticks; screen readers hear a change at most once a minute.
  let vis, sr, kind = "";
  if (stateEl) {
    vis = document.createElement("span");
    sr = document.createElement("span");
    vis.setAttribute("aria-hidden", "true");
    sr.className = "nr-visually-hidden";
    vis.textContent = sr.textContent = stateEl.textContent.trim();
    stateEl.replaceChildren(vis, sr);
  }
  const state = (k, text, spoken = text, href) => {
    kind = k;
    if (!stateEl) return;
    stateEl.className = "nr-save-state" + (k ? " nr-save-state--" + k : "");
    if (vis.textContent !== text) vis.textContent = text;
    if (spoken != null && sr.textContent !== spoken) sr.textContent = spoken;
    $$("a", stateEl).forEach(a => a.remove());
    if (href) {
      const a = document.createElement("a");
      a.href = href;
      a.textContent = "Review both versions";
      stateEl.append(" ", a);
    }
  };

  // 4. Local backup
  let dirty = false, seq = 0, failedSeq = -1, retryAt = 0, busy = null, stopped = !url, submitting = false, timer;
  let savedAt = stateEl && Date.parse(stateEl.dataset.savedAt) || 0;
  const store = () => {
    clearTimeout(timer);
    try { key && ls.setItem(key, JSON.stringify({ ...snap(), version: vField ? vField.value : "", at: new Date().toISOString() })); } catch (_) {}
  };
  const saved = () => {
    if (!savedAt || kind === "error" || (dirty && url)) return;
    const ms = Math.max(0, Date.now() - savedAt);
    state("", "Saved " + (ms < 3600e3 ? rel(ms, 1) : "at " + hm(savedAt)), "Saved at " + hm(savedAt));
  };
  form.addEventListener("input", () => {
    dirty = true;
    seq++;
    clearTimeout(timer);
    timer = setTimeout(store, 300);
    if (!url) state("pending", "Not saved yet — a copy is kept on this device");
    else if (!stopped && !kind) state("pending", "Unsaved changes", null);
  });

  const backup = key && load(key);
  if (backup && !same(backup, snap())) {
    const p = document.createElement("p");
    const t = Date.parse(backup.at);
    p.className = "nr-alert nr-alert--warning";
    p.setAttribute("role", "status");
    p.append("This device kept changes to this story that were not saved (" + (rel(Date.now() - t, 1) || new Date(t).toLocaleString()) + ").");
    const btn = (label, cls, fn) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "nr-button " + cls;
      b.textContent = label;
      b.addEventListener("click", () => { fn(); p.remove(); const h = field("headline"); h && h.focus(); });
      p.append(" ", b);
    };
    btn("Restore unsaved changes", "nr-button--primary", () => {
      TEXT.forEach(n => { const f = field(n); if (f && backup[n] != null) f.value = backup[n]; });
      // Changes made to an older version: send that version, so the server shows a conflict rather than overwrite.
      if (vField && backup.version && +backup.version < +vField.value) vField.value = backup.version;
      form.dispatchEvent(new Event("input"));
    });
    btn("Discard", "nr-button--quiet", () => drop());
    form.before(p);
  } else if (backup && vField && +vField.value > +backup.version) drop();

  // 3. Autosave
  const save = async () => {
    const n = seq;
    let r, j = null;
    try {
      r = await fetch(url, { method: "POST", body: new FormData(form), headers: { "X-Requested-With": "fetch", Accept: "application/json" } });
    } catch (_) {
      failedSeq = -1;
      return state("offline", "Offline — your changes are kept on this device; saving again when the connection returns");
    }
    try { j = await r.json(); } catch (_) {}
    if (r.ok && j && j.version != null) {
      if (vField) vField.value = j.version;
      savedAt = Date.now();
      failedSeq = -1;
      kind = "";
      if (seq === n) { dirty = false; drop(); } else { store(); state("pending", "Unsaved changes", null); }
      return saved();
    }
    failedSeq = n;
    retryAt = Date.now() + 30000;
    if (r.status === 409) {
      stopped = true;
      return state("error", ((j && j.message) || "Someone else has saved this story since you opened it.") + " Autosave is paused; your changes are kept on this device.", undefined, (j && j.url) || location.href);
    }
    if (r.status === 400 && j && j.errors) {
      retryAt = Infinity;
      return state("error", "Not saved: " + Object.values(j.errors)[0]);
    }
    state("error", "Not saved" + (r.redirected || r.status === 401 || r.status === 403
      ? ": your session may have ended. Sign in again in another tab;" : " (error " + r.status + ");") + " your changes are kept on this device.");
  };
  const tick = () => {
    if (dirty && !stopped && !busy && (seq !== failedSeq || Date.now() >= retryAt)) busy = save().finally(() => { busy = null; });
    saved();
  };
  setInterval(tick, 5000);
  document.addEventListener("visibilitychange", () => { if (document.hidden) tick(); });

  // 2. Ctrl/Cmd+S, and sending the form while an autosave is on its way
  const send = b => {
    if (form.requestSubmit) return form.requestSubmit(b || undefined);
    if (b && b.name) {
      const h = document.createElement("input");
      h.type = "hidden"; h.name = b.name; h.value = b.value;
      form.append(h);
    }
    submitting = true;
    store();
    form.submit();
  };
  document.addEventListener("keydown", e => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
      e.preventDefault();
      if (!submitting) send($("button[name=action][value=save]", form));
    }
  });
  form.addEventListener("submit", e => {
    if (busy) {
      e.preventDefault();
      const b = e.submitter;
      busy.finally(() => send(b));
      return;
    }
    submitting = true;
    if (dirty) store();
    try { key && sessionStorage.setItem("nr-sent", key); } catch (_) {}
  });
  addEventListener("beforeunload", e => {
    if (!dirty || submitting) return;
    store();
    e.preventDefault();
    e.returnValue = "";
  });
  addEventListener("pageshow", e => { if (e.persisted) submitting = false; });

  // 5. Preview
  const tog = $(".nr-preview-toggle", form), frame = $("iframe.nr-preview", form), purl = form.dataset.previewUrl;
  if (tog && !(frame && body && purl)) tog.hidden = true;
  else if (tog) {
    const msg = t => '<!DOCTYPE html><html lang="en"><meta charset="utf-8"><body style="font:16px/1.5 system-ui,sans-serif;margin:1rem;color:#141414;background:#fff">' + t;
    const fit = () => {
      try {
        frame.style.height = "";
        frame.style.height = frame.contentDocument.documentElement.scrollHeight + "px";
      } catch (_) {}
    };
    frame.addEventListener("load", fit);
    addEventListener("resize", () => frame.hidden || fit());
    tog.addEventListener("click", async () => {
      const on = tog.getAttribute("aria-pressed") !== "true";
      tog.setAttribute("aria-pressed", on);
      body.hidden = on;
      frame.hidden = !on;
      if (bar) $$("[data-md]", bar).forEach(b => { b.disabled = on; });
      if (!on) return;
      frame.srcdoc = msg("Loading the preview…");
      let html;
      try {
        const r = await fetch(purl, { method: "POST", body: new FormData(form), headers: { "X-Requested-With": "fetch" } });
        if (!r.ok) throw r.status;
        html = await r.text();
      } catch (x) {
        html = msg("The preview could not be loaded" + (typeof x === "number" ? " (error " + x + ")" : "") + ". Check the connection and try again.");
      }
      if (tog.getAttribute("aria-pressed") === "true") frame.srcdoc = html;
    });
  }
})();

// Planado: comfort only. Every page works without this file.
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  var show = function (el) { if (el) { el.hidden = false; } };

  // The conference name rides in the fragment as Jitsi's own
  // #config.subject="…"; the server never sees it.
  function subjectFromFragment() {
    var m = /(?:^#|&)config\.subject=([^&]*)/.exec(location.hash);
    if (!m) { return ""; }
    try { return String(JSON.parse(decodeURIComponent(m[1]))); } catch (e) { return ""; }
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  // Booking form: the browser's zone, and today / the next full hour in it.
  function bookingForm() {
    // The booking form only: the organiser's change form has fields of the
    // same names, which show the meeting as it is.
    var tz = $("booking-form") && $("tz");
    if (!tz) { return; }
    var zone = "";
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { zone = ""; }
    if (zone) {
      tz.value = zone;
      var note = $("tz-note");
      if (note && note.dataset.template) { note.textContent = note.dataset.template.replace("{tz}", zone); }
    }
    // A refused booking's form shows what was sent: keep it.
    if ($("form-error")) { return; }
    var now = new Date();
    var next = new Date(now.getTime() + 3600 * 1000);
    next.setMinutes(0, 0, 0);
    var ymd = function (d) { return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()); };
    var date = $("date"), time = $("time");
    if (date) { date.min = ymd(now); date.value = ymd(next); }
    if (time) { time.value = pad(next.getHours()) + ":" + pad(next.getMinutes()); }
  }

  // Result page: copy the ready invitation text.
  function copyButton() {
    var button = $("copy"), text = $("invitation"), status = $("copy-status");
    if (!button || !text) { return; }
    show(button);
    button.addEventListener("click", function () {
      var done = function () { if (status) { status.textContent = button.dataset.copied || ""; } };
      var fallback = function () { text.select(); try { document.execCommand("copy"); done(); } catch (e) { /* the text stays selected */ } };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text.value).then(done, fallback);
      } else {
        fallback();
      }
    });
  }

  // Waiting page: the name, the start in local time, a countdown, and entry at
  // the start by reloading the invite link (the server then redirects into the
  // room and the browser keeps the fragment).
  function waitingPage() {
    var box = $("waiting");
    if (!box) { return; }
    // The instants come from the page (the server decides them); the browser
    // only shows them in its own zone and counts down to the opening.
    var start = Number(box.dataset.start), serverNow = Number(box.dataset.serverNow);
    var opens = Number(box.dataset.opens || box.dataset.start);
    var lang = box.dataset.lang || undefined;
    var due = Date.now() + (opens - serverNow);   // immune to a wrong local clock
    var subject = subjectFromFragment();
    var subjectEl = $("subject");
    if (subject && subjectEl) { subjectEl.textContent = subject; show(subjectEl); document.title = subject + " · " + document.title; }
    var local = $("local-time");
    var when = function (t, style) {
      try { return new Date(t).toLocaleString(lang, style); } catch (e) { return new Date(t).toString(); }
    };
    if (local && local.dataset.template) {
      var full = { dateStyle: "full", timeStyle: "short" };
      local.textContent = opens < start && local.dataset.templateOpens
        ? local.dataset.templateOpens.replace("{opens}", when(opens, full)).replace("{time}", when(start, { timeStyle: "short" }))
        : local.dataset.template.replace("{time}", when(start, full));
    }
    Array.prototype.forEach.call(document.querySelectorAll(".js-only"), show);
    var clock = $("countdown"), announce = $("announce"), auto = $("auto-enter");
    // A number that changes every second is motion too: with reduced motion
    // the clock shows whole minutes only.
    var calm = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var days = function (n) {
      try { return new Intl.NumberFormat(lang, { style: "unit", unit: "day", unitDisplay: "long" }).format(n) + " "; } catch (e) { return n + " d "; }
    };
    // Spoken only at the moments that matter (WCAG 4.1.3, without chatter).
    var say = function (text) { if (announce && text) { announce.textContent = text; } };
    var spoken = {};
    var opened = function () {
      if (auto && !auto.checked) {
        // The visitor chose to enter by hand (WCAG 2.2.1): say so, offer the link.
        show($("room-open"));
        say(box.dataset.open);
        return;
      }
      say(box.dataset.entering);
      // A moment for the announcement, then into the room.
      setTimeout(function () { location.reload(); }, 1500);
    };
    var tick = function () {
      var left = Math.max(0, Math.ceil((due - Date.now()) / 1000));
      var d = Math.floor(left / 86400), h = Math.floor(left % 86400 / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
      if (clock) {
        clock.textContent = (d > 0 ? days(d) : "") + pad(h) + ":" + pad(m) + (calm ? "" : ":" + pad(s));
      }
      [10, 5, 1].forEach(function (mark) {
        // Announced when the countdown passes the mark, not when the page
        // opens already past it.
        if (left <= mark * 60 && left > mark * 60 - 5 && !spoken[mark]) {
          spoken[mark] = true;
          say(box.getAttribute("data-announce-" + mark));
        }
      });
      if (left <= 0) { opened(); return; }
      setTimeout(tick, 1000 - (Date.now() % 1000) + 20);
    };
    tick();
  }

  // Consent page: carry the link's fragment (the name) into the room, with
  // the server's own keys (config.doNotStoreRoom, the operator's) that an
  // older link may lack; the link's value wins.
  function consentPage() {
    var enter = $("enter");
    if (!enter) { return; }
    if (location.hash) {
      var parts = enter.href.split("#"), own = location.hash.slice(1).split("&");
      var keyOf = function (p) { return p.split("=")[0]; };
      var keys = own.map(keyOf);
      var added = (parts[1] || "").split("&").filter(function (p) { return p && keys.indexOf(keyOf(p)) < 0; });
      enter.href = parts[0] + "#" + own.concat(added).join("&");
    }
    var subject = subjectFromFragment(), subjectEl = $("subject");
    if (subject && subjectEl) { subjectEl.textContent = subject; show(subjectEl); }
  }

  // "Subscribe with the name": the feed's address with the name from the
  // fragment, for the reader who accepts that the calendar provider sees it
  // (the page says so). Built the way the server builds its own links.
  function namedSubscription() {
    var box = $("subscribe-named"), subject = subjectFromFragment();
    if (!box || !subject) { return; }
    var https = box.dataset.feed + "&name=" + encodeURIComponent(subject);
    var webcal = https.replace(/^[a-z]+:\/\//, "webcal://");
    var links = {
      webcal: webcal,
      google: "https://calendar.google.com/calendar/render?cid=" + encodeURIComponent(webcal),
      outlook: "https://outlook.live.com/calendar/0/addfromweb?url=" + encodeURIComponent(https)
    };
    Array.prototype.forEach.call(box.querySelectorAll("a[data-named]"), function (a) {
      a.href = links[a.dataset.named];
    });
    show(box);
  }

  // RFC 5545 helpers for the calendar file the browser builds.
  var utf8 = typeof TextEncoder === "function" ? new TextEncoder() : null;
  function octets(s) { return utf8 ? utf8.encode(s).length : unescape(encodeURIComponent(s)).length; }
  // RFC 5545 TEXT by the server's rule (src/calendar.rs, escape_text): CR
  // dropped, LF written as \n, every other control character dropped, then
  // backslash, semicolon and comma escaped.
  function escapeText(s) {
    return s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "")
      .replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
  }
  function fold(line) {
    var out = [], current = "", limit = 75;
    Array.from(line).forEach(function (ch) {
      if (octets(current + ch) > limit) { out.push(current); current = " "; limit = 75; }
      current += ch;
    });
    out.push(current);
    return out.join("\r\n");
  }

  // The calendar file, built here from what the server already sent and the
  // name from the fragment: no request, and the name never reaches the server.
  function calendarFiles() {
    var subject = subjectFromFragment();
    Array.prototype.forEach.call(document.querySelectorAll("a.calendar-file[data-ics]"), function (a) {
      var text = a.dataset.ics;
      if (!text || typeof Blob !== "function" || !window.URL || !URL.createObjectURL) { return; }
      // HTML turns the attribute's CRLF into LF; unfold and split on either.
      var lines = text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
      if (subject && a.dataset.defaultSummary) {
        var invite = a.dataset.invite || "";
        lines = lines.map(function (l) {
          if (l === "SUMMARY:" + escapeText(a.dataset.defaultSummary)) { return "SUMMARY:" + escapeText(subject); }
          // The server's link carries Planado's own keys; the page's
          // fragment (the link's, with the name) takes their place.
          return invite ? l.split(invite).join(invite.split("#")[0] + location.hash) : l;
        });
      }
      var body = lines.filter(function (l) { return l !== ""; }).map(fold).join("\r\n") + "\r\n";
      a.href = URL.createObjectURL(new Blob([body], { type: "text/calendar;charset=utf-8" }));
      var name = a.dataset.file || ((subject || "meeting").replace(/[^\p{L}\p{N} -]+/gu, " ").trim().slice(0, 60) || "meeting") + ".ics";
      a.setAttribute("download", name.endsWith(".ics") ? name : name + ".ics");
    });
  }

  // Admin page: the name from the fragment, and the fragment kept in the
  // links and across the forms' redirects.
  function adminPage() {
    var field = $("invite-url");
    if (!field || !document.querySelector("form.keep-fragment")) { return; }
    var subject = subjectFromFragment(), subjectEl = $("subject");
    if (subject && subjectEl) { subjectEl.textContent = subject; show(subjectEl); }
    if (!location.hash) { return; }
    [field, $("admin-url")].forEach(function (f) { if (f) { f.value = f.value.split("#")[0] + location.hash; } });
    ["invite-link", "admin-link"].forEach(function (id) {
      var link = $(id);
      if (link) { link.href = link.href.split("#")[0] + location.hash; }
    });
    // The attribute, not the property: a form's `action` property is its
    // input named "action" when it has one (as these do).
    Array.prototype.forEach.call(document.querySelectorAll("form.keep-fragment"), function (f) {
      f.setAttribute("action", (f.getAttribute("action") || "").split("#")[0] + location.hash);
    });
  }

  // The language menu: the same page in another language keeps the link's
  // fragment (the name, which the server never sees).
  function languageLinks() {
    if (!location.hash) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("nav.languages a"), function (a) {
      a.href = a.href.split("#")[0] + location.hash;
    });
  }

  languageLinks();
  bookingForm();
  copyButton();
  waitingPage();
  consentPage();
  adminPage();
  calendarFiles();
  namedSubscription();
}());

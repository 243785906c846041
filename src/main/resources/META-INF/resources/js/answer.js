/* Betrokken answering pages: optional help on top of plain HTML forms that work without it.
   - "Read aloud" buttons, where the phone has a voice for the page's language.
   - Autosave while typing, and answers kept on this device while the network is gone: at most
     seven days, and none once the questionnaire is sent (a shared phone keeps nobody's answers). */
(function () {
  'use strict';

  var PREFIX = 'betrokken:';
  var WEEK = 7 * 24 * 3600 * 1000;
  function parse(raw) {
    try {
      var kept = JSON.parse(raw);
      return kept && typeof kept.t === 'number' && typeof kept.d === 'string' ? kept : null;
    } catch (e) { return null; }
  }
  /* Removes kept answers older than a week (or all of them), of every questionnaire on this device. */
  function sweep(all) {
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var name = localStorage.key(i);
        if (name && name.indexOf(PREFIX) === 0) {
          var kept = parse(localStorage.getItem(name));
          if (all || !kept || Date.now() - kept.t > WEEK) { localStorage.removeItem(name); }
        }
      }
    } catch (e) { /* private mode */ }
  }
  sweep(false);

  /* Many phones have no voice for Arabic, Turkish or Polish, so the buttons show only where one
     speaks the page's language; else a note. Voices may be listed late (voiceschanged), or never. */
  function readAloud(synth, reading) {
    var buttons = document.querySelectorAll('button.speak'), slow = document.getElementById('read-slow');
    var lang = new RegExp('^' + document.documentElement.lang + '([-_]|$)', 'i'), voice, on, said;
    function show(last) {
      var all = synth.getVoices();
      if (!all.length && !last) { return; }
      voice = all.filter(function (v) { return lang.test(v.lang); })[0];
      reading.hidden = false;
      document.getElementById('read-none').hidden = !!voice;
      slow.parentNode.hidden = !voice;
      buttons.forEach(function (b) { b.hidden = !voice; });
    }
    function stop() {
      if (on) { on.setAttribute('aria-pressed', 'false'); }
      on = said = null;
      synth.cancel();
    }
    /* The question, then its answers in order: "Question? Yes. No." */
    function words(button) {
      var box = button.parentNode.querySelector('.choices');
      return [document.getElementById(button.getAttribute('data-text'))]
        .concat(box ? [].slice.call(box.querySelectorAll('label')) : [])
        .map(function (e) { var t = e.textContent.trim(); return /[.?!:\u061f]$/.test(t) ? t : t + '.'; })
        .join(' ');
    }
    try {
      slow.checked = !!sessionStorage.getItem('betrokken-slow');
      slow.onchange = function () { sessionStorage.setItem('betrokken-slow', slow.checked ? 1 : ''); };
    } catch (e) { /* no storage: the choice lasts one page */ }
    buttons.forEach(function (button) {
      button.onclick = function () {
        var again = on === button, u = new SpeechSynthesisUtterance(words(button));
        stop();
        if (again) { return; }
        u.voice = voice;
        u.lang = voice.lang;
        u.rate = slow.checked ? 0.7 : 1;
        u.onend = u.onerror = function () { if (said === u) { stop(); } };
        on = button;
        said = u;
        button.setAttribute('aria-pressed', 'true');
        synth.speak(u);
      };
    });
    show();
    synth.addEventListener('voiceschanged', function () { show(); });
    setTimeout(function () { if (reading.hidden) { show(true); } }, 1500);
    addEventListener('pagehide', stop);
  }
  var reading = document.getElementById('reading');
  if (reading && window.speechSynthesis && window.SpeechSynthesisUtterance) { readAloud(speechSynthesis, reading); }

  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }

  var form = document.getElementById('answers');
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) { return; }
  var status = document.getElementById('save-status');
  var url = form.getAttribute('data-autosave');
  var key = PREFIX + form.getAttribute('action');
  var timer = null;

  function fields() {
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string') { data.append(name, value); }
    });
    return data;
  }
  function keep(data) {
    try { localStorage.setItem(key, JSON.stringify({ t: Date.now(), d: data.toString() })); } catch (e) { /* private mode */ }
  }
  function forget() { try { localStorage.removeItem(key); } catch (e) { /* private mode */ } }
  function kept() { try { var k = parse(localStorage.getItem(key)); return k ? k.d : null; } catch (e) { return null; } }
  function say(text) { if (status) { status.textContent = text; } }

  function send(data) {
    return fetch(url, {
      method: 'POST', body: data, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
    }).then(function (response) {
      if (response.ok) { forget(); say(form.getAttribute('data-saved')); } else { keep(data); }
    }, function () {
      keep(data);
      say(form.getAttribute('data-offline'));
    });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { send(fields()); }, 1500);
  }

  function restore(data) {
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.type === 'hidden' || !data.has(element.name)) { return; }
      if (element.type === 'radio' || element.type === 'checkbox') {
        element.checked = data.getAll(element.name).indexOf(element.value) >= 0;
      } else if (element.tagName !== 'BUTTON' && element.name !== 'lang') {
        element.value = data.get(element.name);
      }
    });
  }

  form.addEventListener('change', later);
  form.addEventListener('input', later);

  var unsent = kept();
  if (unsent) {
    restore(new URLSearchParams(unsent));
    send(new URLSearchParams(unsent));
  }
  window.addEventListener('online', function () {
    var waiting = kept();
    if (waiting) { send(new URLSearchParams(waiting)); }
  });
  form.addEventListener('submit', function (event) {
    if (navigator.onLine === false) {
      event.preventDefault();
      keep(fields());
      say(form.getAttribute('data-offline'));
      window.addEventListener('online', function () { form.submit(); }, { once: true });
    } else if (event.submitter && event.submitter.value === 'submit') {
      sweep(true);
    } else {
      forget();
    }
  });
}());

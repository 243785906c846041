/* Betrokken answering pages: optional help on top of plain HTML forms that work without it.
   - "Read aloud" buttons, where the browser can speak.
   - Autosave while typing, and answers kept on this device while the network is gone. */
(function () {
  'use strict';

  if ('speechSynthesis' in window && 'SpeechSynthesisUtterance' in window) {
    document.querySelectorAll('button.speak').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var text = document.getElementById(button.getAttribute('data-text'));
        if (!text) { return; }
        var utterance = new SpeechSynthesisUtterance(text.textContent);
        utterance.lang = document.documentElement.lang;
        window.speechSynthesis.cancel();
        window.speechSynthesis.speak(utterance);
      });
    });
  }

  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }

  var form = document.getElementById('answers');
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) { return; }
  var status = document.getElementById('save-status');
  var url = form.getAttribute('data-autosave');
  var key = 'betrokken:' + form.getAttribute('action');
  var timer = null;

  function fields() {
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string') { data.append(name, value); }
    });
    return data;
  }
  function keep(data) { try { localStorage.setItem(key, data.toString()); } catch (e) { /* private mode */ } }
  function forget() { try { localStorage.removeItem(key); } catch (e) { /* private mode */ } }
  function kept() { try { return localStorage.getItem(key); } catch (e) { return null; } }
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
    } else {
      forget();
    }
  });
}());

// Shows the print buttons only where a script can press print; without it, the browser's own print works the same.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});

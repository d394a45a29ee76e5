/*
 * The public portal's only script, and the pages work without it. The 长者模式/无障碍 toolbar switches its reading modes
 * at once (a class on <html>) and remembers them in localStorage and in the ecopark-view cookie, which the server
 * reads to render the next page the same way. Without JavaScript the toolbar's links (?view=…) do the same.
 */
(function () {
  'use strict';
  var MODES = ['large', 'contrast', 'spacing'];
  var KEY = 'ecopark-view';
  var root = document.documentElement;

  function stored() {
    try {
      var value = window.localStorage.getItem(KEY);
      return value === null ? null : value.split('-').filter(function (m) { return MODES.indexOf(m) >= 0; });
    } catch (e) {
      return null;
    }
  }

  function apply(modes) {
    MODES.forEach(function (m) { root.classList.toggle('mode-' + m, modes.indexOf(m) >= 0); });
    var buttons = document.querySelectorAll('.a11y-toggle');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(modes.indexOf(buttons[i].getAttribute('data-mode')) >= 0));
    }
  }

  function remember(modes) {
    var value = modes.length ? MODES.filter(function (m) { return modes.indexOf(m) >= 0; }).join('-') : 'none';
    try {
      window.localStorage.setItem(KEY, value);
    } catch (e) {
      // Private browsing: the cookie still carries the choice.
    }
    document.cookie = KEY + '=' + value + '; path=/; max-age=31536000; SameSite=Lax';
  }

  function current() {
    return MODES.filter(function (m) { return root.classList.contains('mode-' + m); });
  }

  // Before the first paint: modes remembered in this browser win over a page rendered without its cookie.
  var remembered = stored();
  if (remembered !== null) {
    MODES.forEach(function (m) { root.classList.toggle('mode-' + m, remembered.indexOf(m) >= 0); });
  }

  function activate(link) {
    var mode = link.getAttribute('data-mode');
    var modes = current();
    if (mode === 'none') {
      modes = [];
    } else if (modes.indexOf(mode) >= 0) {
      modes.splice(modes.indexOf(mode), 1);
    } else {
      modes.push(mode);
    }
    apply(modes);
    remember(modes);
  }

  document.addEventListener('DOMContentLoaded', function () {
    apply(current());
    var links = document.querySelectorAll('.a11y-toolbar [data-mode]');
    for (var i = 0; i < links.length; i++) {
      links[i].addEventListener('click', function (event) {
        event.preventDefault();
        activate(event.currentTarget);
      });
      // role="button": the space bar presses it as well as Enter.
      links[i].addEventListener('keydown', function (event) {
        if (event.key === ' ') {
          event.preventDefault();
          activate(event.currentTarget);
        }
      });
    }
  });
})();

// Puts the first screen of the page's language in place. The English one
// is the body's first element, where the program mounts; the others wait
// in templates, and a hidden English screen never paints (see the style
// sheet), so there is no flash of the other language.
(function () {
  "use strict";
  var root = document.documentElement;
  var lang = root.lang || "en";
  var templates = document.querySelectorAll("template[data-first-screen]");
  for (var i = 0; i < templates.length; i++) {
    var t = templates[i];
    if (t.dataset.firstScreen === lang) {
      document.body.firstElementChild.replaceWith(t.content.cloneNode(true));
      if (t.dataset.title) {
        document.title = t.dataset.title;
      }
    }
    t.remove();
  }
  root.dataset.firstScreen = lang;
})();

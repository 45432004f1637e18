// Chooses the page's language before anything paints: the one the user
// chose in the header (stored under the key below), or else the first of
// the browser's languages the tool is written in, or else English. The
// program reads the result from <html lang>, so both always agree.
(function () {
  "use strict";
  var supported = { en: true, de: true };
  var lang = "";
  try {
    lang = localStorage.getItem("isms-ownership/lang") || "";
  } catch (e) {
    lang = "";
  }
  if (!supported[lang]) {
    lang = "en";
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    for (var i = 0; i < tags.length; i++) {
      var primary = String(tags[i]).toLowerCase().split(/[-_]/)[0];
      if (supported[primary]) {
        lang = primary;
        break;
      }
    }
  }
  document.documentElement.lang = lang;
})();

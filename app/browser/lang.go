package browser

// LangKey is the localStorage key of the language the user chose in the
// header. The page's head script (static/lang.js) reads the same key; it
// lies outside the assessments' namespace (storage.Prefix), whose keys
// the store lists and checks.
const LangKey = "isms-ownership/lang"

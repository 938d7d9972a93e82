/*
 * Empty on purpose. The layout loads this file without async or defer, right after the stylesheet:
 * a script waits for the stylesheets above it, so the parser, and with it DOMContentLoaded, waits
 * for gongkai.css. Browsers scan a page's forms at DOMContentLoaded (autofill), which lays the
 * page out; every page has the search form, so without this wait a phone would lay out each page
 * once unstyled and again when the stylesheet arrives (about 100 ms of main thread on the search
 * page under Lighthouse's mobile throttling; see BENCHMARKS.md, "Lighthouse").
 */

// Starts Pagefind's search interface on the search page. The index is found relative to the
// page (data-bundle, and its other shards in data-merge), so the site works at a domain's root
// or under any sub-path; a query in the address (search/?q=abductions) is run at once, so
// searches can be linked to.
(function () {
  "use strict";
  function start() {
    var element = document.getElementById("search");
    if (!element || typeof PagefindUI === "undefined") {
      return;
    }
    var ui = new PagefindUI({
      element: "#search",
      bundlePath: absolute(element.getAttribute("data-bundle")),
      mergeIndex: (element.getAttribute("data-merge") || "").split(" ").filter(Boolean).map(function (shard) {
        return { bundlePath: absolute(shard) };
      }),
      showImages: false,
      showSubResults: false,
      resetStyles: false,
      autofocus: true
    });
    label(element);
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      ui.triggerSearch(query);
    }
  }
  function absolute(path) {
    return new URL(path, document.baseURI).href;
  }
  // Pagefind's input has only a title; give it a visible label, which screen readers and
  // voice control need (axe: label-title-only).
  function label(element) {
    var input = element.querySelector("input");
    if (!input) {
      return;
    }
    input.id = "search-input";
    var text = document.createElement("label");
    text.htmlFor = "search-input";
    text.className = "search-label";
    text.textContent = "Search the readouts";
    element.insertBefore(text, element.firstChild);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

/* Evidence viewer. Article texts come from a JSON block and are only ever written with
   textContent / text nodes, so nothing from an article can become markup. Offsets are UTF-16
   code units (the renderer converts them), i.e. what String.prototype.slice expects. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("articles-data").textContent);
  var panel = document.getElementById("evidence");
  var body = document.getElementById("article-text");
  var title = document.getElementById("evidence-title");
  var meta = document.getElementById("evidence-meta");
  var active = null;
  // How grounding found the passage (Span.alignment): said only where it was not word for word.
  var ALIGNMENT_NOTE = {
    exact: "",
    folded: " Found after folding quotation marks, dashes, case and spacing.",
    fuzzy: " Found by close but inexact wording: compare before relying on it."
  };

  function offset(el, name) {
    var value = el.getAttribute(name);
    return value === null ? -1 : parseInt(value, 10);
  }

  function show(trigger) {
    var id = trigger.getAttribute("data-source");
    var article = data[id];
    if (!article) { return; }
    var text = article.text;
    var start = offset(trigger, "data-start");
    var end = offset(trigger, "data-end");
    var mark = null;
    body.textContent = "";
    if (start >= 0 && end > start && end <= text.length) {
      body.appendChild(document.createTextNode(text.slice(0, start)));
      mark = document.createElement("mark");
      mark.id = "evidence-mark";
      mark.textContent = text.slice(start, end);
      body.appendChild(mark);
      body.appendChild(document.createTextNode(text.slice(end)));
    } else {
      body.textContent = text;
    }
    title.textContent = id + (article.title ? " \u00b7 " + article.title : "");
    meta.textContent = mark
      ? "Highlighted: the passage this item rests on (characters " + start + "\u2013" + end + ")." + ALIGNMENT_NOTE[trigger.getAttribute("data-alignment") || "exact"]
      : "The whole article; this item has no single passage to highlight.";
    if (active) { active.setAttribute("aria-pressed", "false"); }
    if (trigger.classList.contains("chip")) { trigger.setAttribute("aria-pressed", "true"); }
    active = trigger;
    panel.classList.add("open");
    if (mark) {
      body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - body.clientHeight / 3);
    } else {
      body.scrollTop = 0;
    }
    if (window.matchMedia("(max-width: 1099px)").matches) { panel.focus({ preventScroll: true }); }
  }

  function close() {
    if (!panel.classList.contains("open")) { return; }
    panel.classList.remove("open");
    if (active) {
      active.setAttribute("aria-pressed", "false");
      active.focus();
    }
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest("[data-source]") : null;
    if (target && target.tagName === "BUTTON") {
      event.preventDefault();
      show(target);
    }
  });
  document.getElementById("evidence-close").addEventListener("click", close);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { close(); }
  });
}());

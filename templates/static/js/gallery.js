/* A case's gallery (partials/gallery.mustache): the thumbnails, plain links to the
   pictures, open a full-screen viewer instead, a modal <dialog> made here. ← → and the
   buttons move (and wrap), Home and End go to the ends, Escape or the close button
   closes it, and the focus goes back to the thumbnail of the picture last shown. The
   caption and "3 / 8" are a live region, so screen readers announce each picture.
   Without this script, or a browser without <dialog>, the links open the pictures. */
(function () {
  "use strict";
  var list = document.querySelector("[data-gallery]");
  if (!list || typeof HTMLDialogElement !== "function") return;
  var links = list.querySelectorAll("[data-gallery-item]"), n = links.length, current = 0;
  if (!n) return;
  function t(name) { return list.getAttribute("data-t-" + name) || ""; }
  function make(tag, className, attributes) {
    var node = document.createElement(tag);
    node.className = className;
    for (var key in attributes) node.setAttribute(key, attributes[key]);
    return node;
  }
  function button(className, label, glyph, step) {
    var node = make("button", "gallery-button " + className, { type: "button", "aria-label": label, title: label });
    node.textContent = glyph;
    node.addEventListener("click", function () { step ? show(current + step) : shut(); });
    return node;
  }
  var dialog = make("dialog", "gallery-viewer", { "aria-label": t("viewer") });
  var figure = make("figure", "gallery-stage", {});
  var image = make("img", "gallery-image", { alt: "" });
  var caption = make("figcaption", "gallery-caption", { "aria-live": "polite" });
  figure.appendChild(image);
  figure.appendChild(caption);
  // The close button first: showModal() focuses it, and Tab then reaches the arrows.
  dialog.appendChild(button("gallery-close", t("close"), "×", 0));
  dialog.appendChild(figure);
  if (n > 1) {
    dialog.appendChild(button("gallery-prev", t("previous"), "‹", -1));
    dialog.appendChild(button("gallery-next", t("next"), "›", 1));
  }
  document.body.appendChild(dialog);

  function show(i) {
    current = (i + n) % n;
    var link = links[current], thumb = link.querySelector("img"), text = link.getAttribute("data-caption");
    image.removeAttribute("width");
    image.removeAttribute("height");
    if (thumb && thumb.getAttribute("width")) {
      image.setAttribute("width", thumb.getAttribute("width"));
      image.setAttribute("height", thumb.getAttribute("height"));
    }
    image.src = link.href;
    image.alt = thumb ? thumb.alt : "";
    caption.textContent = (current + 1) + " / " + n + (text ? "\u3000" + text : "");
    if (n > 1) new Image().src = links[(current + 1) % n].href;   // the next one is ready
  }

  // The dialog gives the focus back to the thumbnail that opened it; the one of the
  // picture last shown is where the reader is, so it gets it, at once (not on "close",
  // which comes a task later).
  function shut() {
    dialog.close();
    links[current].focus();
  }

  list.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-gallery-item]") : null;
    // A new tab or a download stays the browser's.
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    show(Array.prototype.indexOf.call(links, link));
    dialog.showModal();
  });
  dialog.addEventListener("keydown", function (event) {
    // Tab goes round the viewer's buttons, rather than out to the browser's own controls.
    if (event.key === "Tab") {
      var buttons = dialog.querySelectorAll("button"), first = buttons[0], last = buttons[buttons.length - 1];
      var edge = event.shiftKey ? first : last;
      if (document.activeElement === edge || !dialog.contains(document.activeElement)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      }
      return;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      shut();
      return;
    }
    var step = { ArrowLeft: -1, ArrowRight: 1, Home: -current, End: n - 1 - current }[event.key];
    if (step === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    show(current + step);
  });
  // A click beside the picture (on the dialog itself, not its content) closes it.
  dialog.addEventListener("click", function (event) { if (event.target === dialog) shut(); });
  var touchX = null;
  dialog.addEventListener("touchstart", function (event) { touchX = event.touches[0].clientX; }, { passive: true });
  dialog.addEventListener("touchend", function (event) {
    var dx = touchX === null ? 0 : event.changedTouches[0].clientX - touchX;
    touchX = null;
    if (Math.abs(dx) > 50) show(current + (dx < 0 ? 1 : -1));
  });
  dialog.addEventListener("close", function () { image.removeAttribute("src"); });
})();

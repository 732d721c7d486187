/* The hall screen's loop, /kiosk/: plays the slides, lets a visitor browse them (touch,
   click, ← → and space), and goes back to playing after `idle` seconds without input.
   A plain script, no modules and no fetch: it must run from file:// (a USB stick) on a
   screen with no network. ?interval=N&idle=N (seconds) override site.yaml's kiosk
   settings, to try it out and for the tests. */
(function () {
  "use strict";
  var box = document.getElementById("kiosk");
  var slides = box ? box.querySelectorAll(".kiosk-slide") : [];
  var n = slides.length;
  var nav = document.querySelector(".kiosk-nav");
  if (!n || !nav) return;
  var dots = nav.querySelectorAll("[data-slide]");
  var counter = nav.querySelector("[data-current]");
  var root = document.documentElement;

  function seconds(name) {
    var m = new RegExp("[?&]" + name + "=([0-9.]+)").exec(location.search);
    var s = parseFloat(m ? m[1] : box.getAttribute("data-" + name));
    return Math.max(s || 8, 0.5) * 1000;
  }
  var interval = seconds("interval"), idle = seconds("idle");
  var current = 0, timer = 0, mode = "";

  root.className += " kiosk-on";          /* the CSS stacks the slides only when it runs */
  root.style.setProperty("--interval", interval + "ms");
  nav.hidden = false;

  function show(i) {
    current = (i + n) % n;
    for (var k = 0; k < n; k++) {
      slides[k].classList.toggle("is-current", k === current);
      dots[k].classList.toggle("is-done", k < current);
      dots[k].classList.remove("is-current");
      if (k === current) dots[k].setAttribute("aria-current", "step"); else dots[k].removeAttribute("aria-current");
    }
    void dots[current].offsetWidth;       /* restarts the progress bar's fill */
    dots[current].classList.add("is-current");
    counter.textContent = current + 1;
  }

  /* "loop" advances every interval; "browse" waits `idle` after the last input, then loops. */
  function setMode(m) {
    mode = m;
    box.setAttribute("data-mode", m);
    root.setAttribute("data-kiosk", m);
    box.setAttribute("aria-live", m === "loop" ? "off" : "polite");
    clearTimeout(timer);
    timer = setTimeout(m === "loop" ? function () { show(current + 1); setMode("loop"); }
                                    : function () { show(current); setMode("loop"); },
                       m === "loop" ? interval : idle);
  }

  function browse(i) {
    show(i);
    setMode("browse");
  }

  document.addEventListener("keydown", function (e) {
    var onButton = e.target && e.target.tagName === "BUTTON";
    var step = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 }[e.key];
    if (e.key === "Home" || e.key === "End") step = 0;
    if (step === undefined || (onButton && e.key === " ")) { if (mode === "browse") setMode("browse"); return; }
    e.preventDefault();
    browse(e.key === "Home" ? 0 : e.key === "End" ? n - 1 : current + step);
  });

  nav.addEventListener("click", function (e) {
    var b = e.target.closest("button");
    if (!b) return;
    browse(b.hasAttribute("data-slide") ? +b.getAttribute("data-slide") - 1 : current + +b.getAttribute("data-go"));
  });

  /* A swipe, or a tap: on the left third back, elsewhere on. */
  var x0 = null;
  box.addEventListener("pointerdown", function (e) { x0 = e.clientX; });
  box.addEventListener("pointerup", function (e) {
    if (x0 === null) return;
    var dx = e.clientX - x0;
    x0 = null;
    if (Math.abs(dx) > 40) browse(current + (dx < 0 ? 1 : -1));
    else browse(current + (e.clientX < window.innerWidth / 3 ? -1 : 1));
  });

  show(0);
  void box.offsetWidth;                   /* stacked without a fade: cross-fades start with the mode */
  setMode("loop");
})();

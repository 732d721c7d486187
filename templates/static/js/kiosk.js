/* /kiosk/: plays the slides; touch, click, ← → browse; `idle` s without input, it plays
   again. No modules, no fetch: it runs from file:// (USB sticks). ?interval=N&idle=N
   (seconds) override site.yaml, to try it and for tests. */
(function () {
  "use strict";
  var box = document.getElementById("kiosk"), nav = document.querySelector(".kiosk-nav");
  var slides = box ? box.querySelectorAll(".kiosk-slide") : [], n = slides.length;
  if (!n || !nav) return;
  var dots = nav.querySelectorAll("[data-slide]"), counter = nav.querySelector("[data-current]");
  var root = document.documentElement, current = 0, timer = 0, mode = "";
  function seconds(name) {
    var m = new RegExp("[?&]" + name + "=([0-9.]+)").exec(location.search);
    return Math.max(parseFloat(m ? m[1] : box.getAttribute("data-" + name)) || 8, 0.5) * 1000;
  }
  var interval = seconds("interval"), idle = seconds("idle");
  root.className += " kiosk-on";
  root.style.setProperty("--interval", interval + "ms");
  nav.hidden = false;
  function show(i) {
    current = (i + n) % n;
    for (var k = 0; k < n; k++) {
      slides[k].classList.toggle("is-current", k === current);
      dots[k].classList.toggle("is-done", k < current);
      dots[k].classList.remove("is-current");
      dots[k].setAttribute("aria-current", k === current ? "step" : "false");
    }
    void dots[current].offsetWidth;       // restarts the fill
    dots[current].classList.add("is-current");
    counter.textContent = current + 1;
  }
  // "loop": on every interval; "browse": `idle` after the last input, then "loop".
  function setMode(m) {
    mode = m;
    box.setAttribute("data-mode", m);
    root.setAttribute("data-kiosk", m);
    box.setAttribute("aria-live", m === "loop" ? "off" : "polite");
    clearTimeout(timer);
    timer = setTimeout(function () { show(m === "loop" ? current + 1 : current); setMode("loop"); },
                       m === "loop" ? interval : idle);
  }
  function browse(i) { show(i); setMode("browse"); }
  document.addEventListener("keydown", function (e) {
    var step = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1, Home: 0, End: 0 }[e.key];
    // Space on a button presses it; other keys count as input.
    if (step === undefined || (e.key === " " && e.target.tagName === "BUTTON")) { if (mode === "browse") setMode(mode); return; }
    e.preventDefault();
    browse(e.key === "Home" ? 0 : e.key === "End" ? n - 1 : current + step);
  });
  nav.addEventListener("click", function (e) {
    var b = e.target.closest("button");
    if (b) browse(b.hasAttribute("data-slide") ? b.getAttribute("data-slide") - 1 : current + +b.getAttribute("data-go"));
  });
  // A swipe; a tap: on the left third back, else on.
  var x0 = null;
  box.addEventListener("pointerdown", function (e) { x0 = e.clientX; });
  box.addEventListener("pointerup", function (e) {
    if (x0 === null) return;
    var dx = e.clientX - x0;
    x0 = null;
    browse(current + (Math.abs(dx) > 40 ? (dx < 0 ? 1 : -1) : e.clientX < innerWidth / 3 ? -1 : 1));
  });
  show(0);
  void box.offsetWidth;                   // no fade on load: fades start with the mode
  setMode("loop");
})();

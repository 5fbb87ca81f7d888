// Runs inside our embed pages: tells the page that frames us how tall the content is, whenever it changes.
// Message: { type: "ogp-scorecard:height", height } (CSS pixels). Harmless when not framed.
(function () {
  if (window.parent === window) return;
  var last = 0;
  function measure() {
    var main = document.querySelector("main");
    var box = (main || document.body).getBoundingClientRect();
    return Math.ceil(box.bottom + window.scrollY + 8);
  }
  function post() {
    var height = measure();
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "ogp-scorecard:height", height: height }, "*");
  }
  if ("ResizeObserver" in window) new ResizeObserver(post).observe(document.body);
  document.addEventListener("toggle", post, true);
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  post();
})();

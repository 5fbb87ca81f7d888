// Optional helper for pages that embed Vietnam OGP Scorecard charts:
//   <script src="https://<our site>/embed/resize.js" async></script>
// It listens for { type: "ogp-scorecard:height", height } from our frames (and only from our origin) and sets
// the height of the iframe that sent it. Without it, an iframe at the suggested height still shows the chart.
(function () {
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : null;
  window.addEventListener("message", function (event) {
    if (origin && event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== "ogp-scorecard:height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + "px";
        frames[i].setAttribute("data-ogp-resized", String(Math.ceil(height)));
      }
    }
  });
})();

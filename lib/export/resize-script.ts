import { HEIGHT_MESSAGE_TYPE } from "./embed-snippet";

/**
 * The text of /embed/resize.js, the optional helper a page that embeds our charts may load. Our origin is written
 * in when the site is built (SITE_ORIGIN), so the script works wherever it runs — loaded from our host, inlined,
 * bundled or self-hosted — and in every case obeys only frames of our origin: a message from any other origin (a
 * hostile sibling frame, an ad) never resizes anything.
 */
export const resizeScript = (origin: string) => `// Vietnam OGP Scorecard: keeps embedded charts as tall as their content (optional).
//   <script src="${origin}/embed/resize.js" async></script>
// Listens for { type: "${HEIGHT_MESSAGE_TYPE}", height } posted by iframes from ${origin}, and only from there, and
// sets the height of the iframe that sent it. Safe to inline, bundle or host yourself: the origin is fixed below.
(function () {
  var origin = ${JSON.stringify(new URL(origin).origin)};
  var flag = "__ogpScorecardResize";
  if (window[flag]) return; // loaded twice: one listener is enough
  window[flag] = true;
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== ${JSON.stringify(HEIGHT_MESSAGE_TYPE)}) return;
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
`;

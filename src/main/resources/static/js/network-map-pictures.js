// Draws each map of a before-and-after pair (network/pictures :: beforeAndAfter), read-only, with the drawing the
// editor and the printed map use; again when its size changes, so that names stay readable when it is shown small.
import { drawBackground, drawMembers, layout, pixelsPerUnit } from "./network-map-drawing.js";

function draw(svg, map, labels) {
  const scale = pixelsPerUnit(svg);
  drawBackground(svg.querySelector(".map-background"), labels, svg.querySelector(".map-labels"), scale);
  drawMembers(svg.querySelector(".map-ties"), svg.querySelector(".map-members"), map, layout(map.members, scale),
    { interactive: false, showValence: false, scale });
}

for (const svg of document.querySelectorAll("svg.map-drawing[data-map]")) {
  const map = JSON.parse(svg.dataset.map);
  const labels = JSON.parse(svg.dataset.labels);
  let width = 0;
  new ResizeObserver(() => {
    const now = svg.getBoundingClientRect().width;
    if (now > 0 && now !== width) {
      width = now;
      draw(svg, map, labels);
      svg.dataset.ready = "true";
    }
  }).observe(svg);
}

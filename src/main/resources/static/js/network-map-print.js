// The printable map: draws the map (read-only) and prints the page on request.
import { drawBackground, drawMembers, layout } from "./network-map-drawing.js";

const svg = document.getElementById("print-map");
const map = JSON.parse(svg.dataset.map);
const labels = JSON.parse(svg.dataset.labels);
// drawn at its own size: the page is for paper, where the map is large enough
drawBackground(svg.querySelector("#map-background"), labels, svg.querySelector("#map-labels"));
drawMembers(svg.querySelector("#map-ties"), svg.querySelector("#map-members"), map, layout(map.members),
  { interactive: false, showValence: svg.dataset.showValence === "true" });
svg.dataset.ready = "true";
document.getElementById("print-button").addEventListener("click", () => window.print());

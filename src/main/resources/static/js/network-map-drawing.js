// Draws a network map as SVG: the participant in the centre, three rings (INNER, MIDDLE, OUTER) and a sector per
// relation category. Angles are degrees clockwise from the top. Shared by the editor and the printable map.

export const CATEGORIES = ["FAMILY", "FRIEND", "NEIGHBOUR", "COLLEAGUE_OR_SCHOOL", "ACQUAINTANCE", "PROFESSIONAL", "GROUP"];
export const RINGS = ["INNER", "MIDDLE", "OUTER"];
export const FUNCTIONS = ["MATERIAL", "AFFECTIVE", "INFORMATIVE", "CONNECTING"];
export const FUNCTION_ICONS = { MATERIAL: "\u{1F527}", AFFECTIVE: "\u2665", INFORMATIVE: "\u{1F4A1}", CONNECTING: "\u2615" };

const CENTRE = 70;
const BAND = 130;
const SECTOR = 360 / CATEGORIES.length;
const SVG = "http://www.w3.org/2000/svg";

export function sectorStart(category) {
  return CATEGORIES.indexOf(category) * SECTOR;
}

export function ringRadius(ring) {
  return CENTRE + BAND * (RINGS.indexOf(ring) + 0.5);
}

export function point(angle, radius) {
  const radians = (angle * Math.PI) / 180;
  return { x: radius * Math.sin(radians), y: -radius * Math.cos(radians) };
}

/** The category, ring and angle of a point of the map: where a member dropped there belongs. */
export function placeAt(x, y) {
  const angle = ((Math.atan2(x, -y) * 180) / Math.PI + 360) % 360;
  const radius = Math.hypot(x, y);
  const ring = radius < CENTRE + BAND ? "INNER" : radius < CENTRE + 2 * BAND ? "MIDDLE" : "OUTER";
  const category = CATEGORIES[Math.min(CATEGORIES.length - 1, Math.floor(angle / SECTOR))];
  return { category, ring, angle: Math.round(angle * 100) / 100 };
}

/** The angle in the neighbouring sector, at the same place within it (null stays null: placed automatically). */
export function angleInSector(angle, from, to) {
  if (angle === null || angle === undefined) {
    return null;
  }
  const offset = Math.min(Math.max(angle - sectorStart(from), 0), SECTOR - 0.01);
  return Math.round((sectorStart(to) + offset) * 100) / 100;
}

function ownsAngle(member) {
  const angle = member.angle;
  return angle !== null && angle !== undefined && angle >= sectorStart(member.category)
    && angle < sectorStart(member.category) + SECTOR;
}

/** Where each member stands: at its own angle when it lies in its sector, else spread evenly in its sector. */
export function layout(members) {
  const positions = new Map();
  const unplaced = new Map();
  for (const member of members) {
    if (ownsAngle(member)) {
      positions.set(member.id, point(member.angle, ringRadius(member.ring)));
    } else {
      const key = member.category + "/" + member.ring;
      unplaced.set(key, [...(unplaced.get(key) || []), member]);
    }
  }
  for (const group of unplaced.values()) {
    group.forEach((member, index) => {
      const angle = sectorStart(member.category) + ((index + 1) * SECTOR) / (group.length + 1);
      const radius = ringRadius(member.ring) + (group.length > 3 ? ((index % 2) * 2 - 1) * 22 : 0);
      positions.set(member.id, point(angle, radius));
    });
  }
  return positions;
}

export function element(name, attributes = {}, parent = null) {
  const made = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    made.setAttribute(key, value);
  }
  if (parent) {
    parent.appendChild(made);
  }
  return made;
}

/** Rings, sectors, their labels and the participant in the centre. */
export function drawBackground(group, labels) {
  group.replaceChildren();
  [...RINGS].reverse().forEach((ring) => {
    element("circle", { r: CENTRE + BAND * (RINGS.indexOf(ring) + 1), class: "ring ring-" + ring }, group);
  });
  CATEGORIES.forEach((category, index) => {
    const from = point(index * SECTOR, CENTRE);
    const to = point(index * SECTOR, CENTRE + 3 * BAND);
    element("line", { x1: from.x, y1: from.y, x2: to.x, y2: to.y, class: "sector-line" }, group);
    const at = point(index * SECTOR + SECTOR / 2, CENTRE + 3 * BAND + 30);
    const label = element("text", { x: at.x, y: at.y, class: "sector-label", "text-anchor": "middle",
      "dominant-baseline": "middle" }, group);
    label.textContent = labels.categories[category];
  });
  RINGS.forEach((ring, index) => {
    const label = element("text", { x: 0, y: -(CENTRE + BAND * index + 12), class: "ring-label",
      "text-anchor": "middle" }, group);
    label.textContent = labels.rings[ring];
  });
  element("circle", { r: CENTRE - 6, class: "centre" }, group);
  const name = element("text", { x: 0, y: 0, class: "centre-label", "text-anchor": "middle", "dominant-baseline": "middle" }, group);
  // a long name keeps to the centre: its first word, shortened if need be
  const first = labels.centre.length > 11 ? labels.centre.split(/\s+/)[0] : labels.centre;
  name.textContent = first.length > 11 ? first.slice(0, 10) + "\u2026" : first;
}

/** Ties as lines and members as marked dots; returns the member elements by id. */
export function drawMembers(tieGroup, memberGroup, map, positions, options) {
  tieGroup.replaceChildren();
  memberGroup.replaceChildren();
  for (const tie of map.ties) {
    const a = positions.get(tie.first);
    const b = positions.get(tie.second);
    if (a && b) {
      element("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "tie", "data-first": tie.first,
        "data-second": tie.second }, tieGroup);
    }
  }
  const drawn = new Map();
  for (const member of map.members) {
    const at = positions.get(member.id);
    const valence = options.showValence ? member.valence : "SUPPORTIVE";
    const g = element("g", { class: "member status-" + member.status + " valence-" + valence,
      transform: "translate(" + at.x + " " + at.y + ")", "data-id": member.id }, memberGroup);
    if (options.interactive) {
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
      g.setAttribute("aria-label", options.describe(member));
    }
    element("circle", { r: 24, class: "member-dot status-" + member.status + " valence-" + valence }, g);
    if (member.status === "BROKEN") {
      element("path", { d: "M-16 -16 L16 16 M16 -16 L-16 16", class: "broken-cross" }, g);
    }
    if (valence === "HARMFUL") {
      element("path", { d: "M0 -13 L0 4 M0 9 L0 13", class: "harm-mark" }, g);
    } else if (valence === "AMBIVALENT") {
      element("path", { d: "M-12 0 Q-6 -9 0 0 T12 0", class: "ambivalent-mark" }, g);
    }
    const name = element("text", { y: 44, class: "member-name", "text-anchor": "middle" }, g);
    name.textContent = member.name;
    const functions = FUNCTIONS.filter((f) => member.support && member.support[f]);
    if (functions.length > 0) {
      const icons = element("text", { y: 64, class: "member-functions", "text-anchor": "middle" }, g);
      icons.textContent = functions.map((f) => FUNCTION_ICONS[f]).join(" ");
    }
    drawn.set(member.id, g);
  }
  return drawn;
}

/** Labels for the map from the options of a select (value -> text) in the page. */
export function optionTexts(select) {
  const texts = {};
  for (const option of select.options) {
    texts[option.value] = option.textContent.trim();
  }
  return texts;
}

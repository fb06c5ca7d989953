// Draws a network map as SVG: the participant in the centre, three rings (INNER, MIDDLE, OUTER) and a sector per
// relation category. Angles are degrees clockwise from the top. Shared by the editor and the printable map.

export const CATEGORIES = ["FAMILY", "FRIEND", "NEIGHBOUR", "COLLEAGUE_OR_SCHOOL", "ACQUAINTANCE", "PROFESSIONAL", "GROUP"];
export const RINGS = ["INNER", "MIDDLE", "OUTER"];
export const FUNCTIONS = ["MATERIAL", "AFFECTIVE", "INFORMATIVE", "CONNECTING"];

// The support functions' icons are SVG symbols in the page (network/parts :: supportIcons), not emoji: emoji show
// as empty boxes where no emoji font is installed.
const ICON_SIZE = 22;

// Sizes on the screen below which the map would be unreadable or too small to hit (WCAG 2.5.8 asks 24 x 24 px):
// a member and a label are drawn larger than their size in map units when the map is shown small (a phone).
const NAME_SIZE = 18;
const MIN_NAME_PX = 12;
const MIN_LABEL_PX = 11;
const MIN_TARGET_PX = 28;
const DOT = 24;

const CENTRE = 70;
/** The map's extent in its own units: the viewBox of a whole map. */
export const BOUNDS = { x: -610, y: -560, width: 1220, height: 1120 };
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

// The ring labels stand at the top of the map, on the line between the last and the first sector, just inside the
// outer edge of their ring. The names of a ring's members hang below their dots, so near the top they reach into
// the label of the ring inside theirs: the middle and outer members keep this far (map units) from that line.
const LABEL_LANE = 95;

function lane(ring, k) {
  // a member drawn k times larger keeps k times as far; never more than half the sector (on a phone the whole map
  // is crowded anyway: one zooms in)
  return ring === "INNER" ? 0 : Math.min((Math.asin(Math.min(1, (LABEL_LANE * k) / ringRadius(ring))) * 180) / Math.PI,
    SECTOR / 2);
}

/** The part of a sector a member of this ring is drawn in: clear of the ring labels' lane at the top. */
function drawnRange(category, ring, k) {
  const start = sectorStart(category);
  const index = CATEGORIES.indexOf(category);
  return {
    from: start + (index === 0 ? lane(ring, k) : 0),
    to: start + SECTOR - (index === CATEGORIES.length - 1 ? lane(ring, k) : 0),
  };
}

/**
 * Where each member stands: at its own angle when it lies in its sector (kept out of the ring labels' lane), else
 * spread evenly in its sector. Only the drawing moves: the member's stored angle stays as it was. The scale is the
 * one given to drawMembers.
 */
export function layout(members, scale = 1) {
  const k = memberEnlargement(scale);
  const positions = new Map();
  const unplaced = new Map();
  for (const member of members) {
    if (ownsAngle(member)) {
      const range = drawnRange(member.category, member.ring, k);
      const angle = Math.min(Math.max(member.angle, range.from), range.to);
      positions.set(member.id, point(angle, ringRadius(member.ring)));
    } else {
      const key = member.category + "/" + member.ring;
      unplaced.set(key, [...(unplaced.get(key) || []), member]);
    }
  }
  for (const group of unplaced.values()) {
    group.forEach((member, index) => {
      const range = drawnRange(member.category, member.ring, k);
      const angle = range.from + ((index + 1) * (range.to - range.from)) / (group.length + 1);
      const radius = ringRadius(member.ring) + (group.length > 3 ? ((index % 2) * 2 - 1) * 22 : 0);
      positions.set(member.id, point(angle, radius));
    });
  }
  return positions;
}

/** Screen pixels per map unit as the map is shown now (1 where the map is not laid out, e.g. not displayed). */
export function pixelsPerUnit(svg) {
  const matrix = svg.getScreenCTM();
  return matrix && matrix.a > 0 ? matrix.a : 1;
}

/** How much larger than its own size a thing of this many units is drawn so that it shows at least minPx. */
function enlargement(units, minPx, scale) {
  return Math.max(1, minPx / (units * scale));
}

function memberEnlargement(scale) {
  return enlargement(NAME_SIZE, MIN_NAME_PX, scale);
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

/** A text on a white pill, so it stays readable over whatever it lies on; enlarged to stay readable when small. */
function label(group, x, y, text, className, size, scale) {
  const k = enlargement(size, MIN_LABEL_PX, scale);
  const g = element("g", { class: "map-label " + className, transform: "translate(" + x + " " + y + ") scale(" + k + ")" },
    group);
  const pill = element("rect", { class: "label-pill", rx: size * 0.6 }, g);
  const written = element("text", { class: className, "text-anchor": "middle", "dominant-baseline": "central" }, g);
  written.textContent = text;
  // the text's width is known once it is in the page; a rough width where it is not laid out (never shown)
  let width = text.length * size * 0.55;
  try {
    width = written.getBBox().width || width;
  } catch (notRendered) {
    // keep the estimate
  }
  const padding = size * 0.35;
  pill.setAttribute("x", -width / 2 - padding);
  pill.setAttribute("y", -size * 0.7);
  pill.setAttribute("width", width + 2 * padding);
  pill.setAttribute("height", size * 1.4);
}

/**
 * Rings, sectors and the participant in the centre in the background group; the ring and sector labels in the label
 * group, drawn above the members (they never hide under a name) and letting every click through to them.
 */
export function drawBackground(group, labels, labelGroup, scale = 1) {
  group.replaceChildren();
  labelGroup.replaceChildren();
  [...RINGS].reverse().forEach((ring) => {
    element("circle", { r: CENTRE + BAND * (RINGS.indexOf(ring) + 1), class: "ring ring-" + ring }, group);
  });
  CATEGORIES.forEach((category, index) => {
    const from = point(index * SECTOR, CENTRE);
    const to = point(index * SECTOR, CENTRE + 3 * BAND);
    element("line", { x1: from.x, y1: from.y, x2: to.x, y2: to.y, class: "sector-line" }, group);
    // outside the outer ring, beyond the names of the outer members (which hang up to 70 units below their dots)
    const at = point(index * SECTOR + SECTOR / 2, CENTRE + 3 * BAND + 58);
    label(labelGroup, at.x, at.y, labels.categories[category], "sector-label", 22, scale);
  });
  RINGS.forEach((ring, index) => {
    label(labelGroup, 0, -(CENTRE + BAND * (index + 1) - 11), labels.rings[ring], "ring-label", 16, scale);
  });
  element("circle", { r: CENTRE - 6, class: "centre" }, group);
  const name = element("text", { x: 0, y: 0, class: "centre-label", "text-anchor": "middle", "dominant-baseline": "middle" }, group);
  // a long name keeps to the centre: its first word, shortened if need be
  const first = labels.centre.length > 11 ? labels.centre.split(/\s+/)[0] : labels.centre;
  name.textContent = first.length > 11 ? first.slice(0, 10) + "\u2026" : first;
}

/**
 * Ties as lines and members as marked dots; returns the member elements by id. options.scale (screen pixels per map
 * unit, default 1) enlarges each member where the map is shown small, so that its name stays readable and its
 * target (an invisible circle at least MIN_TARGET_PX across) can be hit with a finger.
 */
export function drawMembers(tieGroup, memberGroup, map, positions, options) {
  const scale = options.scale || 1;
  const k = memberEnlargement(scale);
  const target = Math.max(DOT + 4, MIN_TARGET_PX / 2 / (k * scale));
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
      transform: "translate(" + at.x + " " + at.y + ") scale(" + k + ")", "data-id": member.id }, memberGroup);
    if (options.interactive) {
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
      g.setAttribute("aria-label", options.describe(member));
    }
    element("circle", { r: target, class: "member-target" }, g);
    element("circle", { r: DOT, class: "member-dot status-" + member.status + " valence-" + valence }, g);
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
    functions.forEach((f, index) => {
      const x = (index - (functions.length - 1) / 2) * (ICON_SIZE + 4) - ICON_SIZE / 2;
      element("use", { href: "#support-icon-" + f, x, y: 52, width: ICON_SIZE, height: ICON_SIZE,
        class: "member-function function-" + f }, g);
    });
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

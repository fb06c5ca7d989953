// The network map editor: an SVG map where members are dragged (mouse, pen, touch) or moved with the arrow keys
// between rings and sectors, zoomed and panned (buttons, Ctrl + wheel, two fingers, dragging the background), a form
// to add a member, a details panel for every property of a relationship, ties
// drawn between two members, and an equivalent list. Every change is saved to the working copy as one goes
// (PUT /api/v1/participants/{id}/map with the version read); a stale version (409) stops saving and says so.
import {
  BOUNDS, CATEGORIES, RINGS, FUNCTIONS, angleInSector, drawBackground, drawMembers, layout, optionTexts, pixelsPerUnit,
  placeAt
} from "./network-map-drawing.js";

const root = document.getElementById("map-editor");
const participant = root.dataset.participant;
const api = "/api/v1/participants/" + participant + "/map";
const svg = document.getElementById("map-svg");
const detailsForm = document.getElementById("member-details");
const addForm = document.getElementById("add-member");
const saveStatus = document.getElementById("save-status");
const announcer = document.getElementById("announcer");
const connectStatus = document.getElementById("connect-status");
const conflictBox = document.getElementById("conflict");
const TIE_LABEL_LENGTH = 100; // as MapDocument.LONGEST_TIE_LABEL

const labels = {
  categories: optionTexts(document.getElementById("d-category")),
  rings: optionTexts(document.getElementById("d-ring")),
  frequencies: optionTexts(document.getElementById("d-frequency")),
  valences: optionTexts(document.getElementById("d-valence")),
  statuses: optionTexts(document.getElementById("d-status")),
  capitalTypes: optionTexts(document.getElementById("d-capital")),
  levels: optionTexts(document.getElementById("d-level")),
  directions: optionTexts(document.getElementById("d-direction-MATERIAL")),
  formal: optionTexts(document.getElementById("d-formal")),
  functions: Object.fromEntries(FUNCTIONS.map((f) => [f,
    document.getElementById("d-function-" + f).textContent.trim()])),
  centre: root.dataset.participantName,
};

let map = JSON.parse(root.dataset.map);
let selected = null;
let connectingFrom = null;
let conflict = false;
let saving = false;
let saveAgain = false;
let saveTimer = null;
let edits = 0; // changes made so far; the page counts as saved once a save has sent the latest of them

function text(key, ...values) {
  const template = document.querySelector('#editor-texts [data-text="' + key + '"]').textContent.trim();
  // one pass, so a name holding "{1}" or "$&" is shown as typed
  return template.replace(/\{(\d+)\}/g, (placeholder, index) => (index < values.length ? values[index] : placeholder));
}

function announce(message) {
  announcer.textContent = message;
}

function member(id) {
  return map.members.find((m) => m.id === id);
}

function newId() {
  if (window.crypto && crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
}

function describe(m) {
  let description = text("memberLabel", m.name, labels.categories[m.category], labels.rings[m.ring]);
  if (m.status !== "ACTIVE") {
    description += ", " + labels.statuses[m.status];
  }
  if (m.valence !== "SUPPORTIVE") {
    description += ", " + labels.valences[m.valence];
  }
  return description;
}

// ---- drawing ----

function render(focusId = null) {
  const scale = pixelsPerUnit(svg);
  const drawn = drawMembers(document.getElementById("map-ties"), document.getElementById("map-members"), map,
    layout(map.members, scale), { interactive: true, showValence: true, describe, scale });
  drawn.forEach((g, id) => {
    g.classList.toggle("selected", id === selected);
    g.classList.toggle("connecting", id === connectingFrom);
    attachPointer(g, id);
    g.addEventListener("keydown", (event) => onMemberKey(event, id));
    g.addEventListener("focus", () => showInView(g));
  });
  renderList();
  if (selected && member(selected)) {
    renderTies();
  }
  if (focusId && drawn.has(focusId)) {
    drawn.get(focusId).focus();
  }
}

function renderList() {
  const body = document.querySelector("#member-list tbody");
  body.replaceChildren();
  document.getElementById("list-empty").hidden = map.members.length > 0;
  for (const m of map.members) {
    const row = document.createElement("tr");
    row.dataset.id = m.id;
    const name = document.createElement("th");
    name.scope = "row";
    name.textContent = m.name;
    row.appendChild(name);
    const support = FUNCTIONS.filter((f) => m.support && m.support[f])
      .map((f) => labels.functions[f] + " (" + labels.directions[m.support[f]] + ")");
    const status = labels.statuses[m.status] + (m.statusSince ? ", " + text("since", m.statusSince) : "")
      + (m.statusNote ? ": " + m.statusNote : "");
    const ties = tiesOf(m).map(({ tie, other }) => (tie.label ? text("tieLabelled", other.name, tie.label) : other.name));
    const cells = [labels.categories[m.category], labels.rings[m.ring], labels.frequencies[m.frequency],
      support.join(", ") || "—", labels.valences[m.valence], status, labels.capitalTypes[m.capitalType],
      labels.levels[m.level], m.lightTie ? text("yes") : text("no"),
      labels.formal[m.formal === null || m.formal === undefined ? "" : String(m.formal)], m.note || "—",
      ties.join(", ") || "—"];
    const headings = [...document.querySelectorAll("#member-list thead th")].map((th) => th.textContent.trim());
    cells.forEach((value, index) => {
      const cell = document.createElement("td");
      cell.dataset.label = headings[index + 1];
      cell.textContent = value;
      row.appendChild(cell);
    });
    const actions = document.createElement("td");
    const edit = document.createElement("button");
    edit.type = "button";
    edit.textContent = text("edit", m.name);
    edit.addEventListener("click", () => openDetails(m.id));
    actions.appendChild(edit);
    row.appendChild(actions);
    body.appendChild(row);
  }
}

// ---- zooming and panning ----
// The view is a window on the map (the SVG's viewBox): zoom 1 shows the whole map, each step in shows 1.5 times
// more detail. Members and labels are drawn to stay readable at any zoom (drawing.js), so they are drawn again
// whenever the scale on the screen changes.

const ZOOM_STEP = 1.5;
const MAX_ZOOM = ZOOM_STEP ** 4;
const view = { zoom: 1, x: 0, y: 0 }; // zoom, and the map point in the middle of the view
let drawnAtScale = 0;

function clampView() {
  view.zoom = Math.min(Math.max(view.zoom, 1), MAX_ZOOM);
  const halfWidth = BOUNDS.width / 2 - BOUNDS.width / 2 / view.zoom;
  const halfHeight = BOUNDS.height / 2 - BOUNDS.height / 2 / view.zoom;
  const middleX = BOUNDS.x + BOUNDS.width / 2;
  const middleY = BOUNDS.y + BOUNDS.height / 2;
  view.x = Math.min(Math.max(view.x, middleX - halfWidth), middleX + halfWidth);
  view.y = Math.min(Math.max(view.y, middleY - halfHeight), middleY + halfHeight);
}

function applyView() {
  clampView();
  const width = BOUNDS.width / view.zoom;
  const height = BOUNDS.height / view.zoom;
  svg.setAttribute("viewBox", [view.x - width / 2, view.y - height / 2, width, height].join(" "));
  document.getElementById("zoom-in").disabled = view.zoom >= MAX_ZOOM;
  document.getElementById("zoom-out").disabled = view.zoom <= 1;
  document.getElementById("zoom-whole").disabled = view.zoom <= 1;
  for (const pan of document.querySelectorAll("[data-pan]")) {
    pan.disabled = view.zoom <= 1;
  }
  root.dataset.zoom = String(Math.round(view.zoom * 100) / 100);
  redrawForScale();
}

/** Draws members and labels again when the map's size on the screen changed (zoom, window, rotated phone). */
function redrawForScale() {
  const scale = pixelsPerUnit(svg);
  if (Math.abs(scale - drawnAtScale) / scale < 0.02) {
    return;
  }
  drawnAtScale = scale;
  drawBackground(document.getElementById("map-background"), labels, document.getElementById("map-labels"), scale);
  const focused = document.activeElement && document.activeElement.closest ? document.activeElement.closest("g.member") : null;
  render(focused ? focused.dataset.id : null);
}

/** Zooms by a factor, keeping the map point under (clientX, clientY) where it is; the middle of the view by default. */
function zoomBy(factor, clientX = null, clientY = null) {
  const before = clientX === null ? null : svgPoint({ clientX, clientY });
  view.zoom *= factor;
  clampView();
  if (before) {
    const width = BOUNDS.width / view.zoom;
    const height = BOUNDS.height / view.zoom;
    const box = svg.getBoundingClientRect();
    // the same map point under the same place on the screen (the SVG keeps the viewBox's aspect ratio)
    const unitsPerPixel = Math.max(width / box.width, height / box.height);
    view.x = before.x - (clientX - box.left - box.width / 2) * unitsPerPixel;
    view.y = before.y - (clientY - box.top - box.height / 2) * unitsPerPixel;
  }
  applyView();
}

function panBy(dxUnits, dyUnits) {
  view.x += dxUnits;
  view.y += dyUnits;
  applyView();
}

/** Brings a member reached with Tab into the view when it lies outside it. */
function showInView(g) {
  if (view.zoom <= 1) {
    return;
  }
  const member = g.getBoundingClientRect();
  const box = svg.getBoundingClientRect();
  if (member.left < box.left || member.right > box.right || member.top < box.top || member.bottom > box.bottom) {
    const at = svgPoint({ clientX: member.left + member.width / 2, clientY: member.top + member.height / 2 });
    view.x = at.x;
    view.y = at.y;
    applyView();
  }
}

document.getElementById("zoom-in").addEventListener("click", () => zoomBy(ZOOM_STEP));
document.getElementById("zoom-out").addEventListener("click", () => zoomBy(1 / ZOOM_STEP));
document.getElementById("zoom-whole").addEventListener("click", () => {
  view.zoom = 1;
  applyView();
});
for (const pan of document.querySelectorAll("[data-pan]")) {
  // a quarter of what is in view at a time
  const [dx, dy] = pan.dataset.pan.split(" ").map(Number);
  pan.addEventListener("click", () => panBy((dx * BOUNDS.width) / 4 / view.zoom, (dy * BOUNDS.height) / 4 / view.zoom));
}

// Ctrl + wheel (and a touchpad's pinch, which the browser sends as one) zooms; the plain wheel scrolls the page.
svg.addEventListener("wheel", (event) => {
  if (!event.ctrlKey && !event.metaKey) {
    return;
  }
  event.preventDefault();
  zoomBy(event.deltaY < 0 ? 1.2 : 1 / 1.2, event.clientX, event.clientY);
}, { passive: false });

// On the background: one pointer drags the view, two fingers pinch. Members have their own pointer handling.
const pointers = new Map();
let pinchDistance = null;
svg.addEventListener("pointerdown", (event) => {
  if (event.target.closest("g.member")) {
    return;
  }
  pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  svg.setPointerCapture(event.pointerId);
  if (pointers.size === 2) {
    const [a, b] = [...pointers.values()];
    pinchDistance = Math.hypot(a.x - b.x, a.y - b.y);
  }
});
svg.addEventListener("pointermove", (event) => {
  const last = pointers.get(event.pointerId);
  if (!last) {
    return;
  }
  const now = { x: event.clientX, y: event.clientY };
  pointers.set(event.pointerId, now);
  if (pointers.size === 2 && pinchDistance) {
    const [a, b] = [...pointers.values()];
    const distance = Math.hypot(a.x - b.x, a.y - b.y);
    if (distance > 0) {
      zoomBy(distance / pinchDistance, (a.x + b.x) / 2, (a.y + b.y) / 2);
      pinchDistance = distance;
    }
  } else if (pointers.size === 1 && view.zoom > 1) {
    const unitsPerPixel = 1 / pixelsPerUnit(svg);
    panBy((last.x - now.x) * unitsPerPixel, (last.y - now.y) * unitsPerPixel);
  }
});
for (const type of ["pointerup", "pointercancel"]) {
  svg.addEventListener(type, (event) => {
    pointers.delete(event.pointerId);
    pinchDistance = null;
  });
}
new ResizeObserver(() => redrawForScale()).observe(svg);

// ---- moving members ----

function moveTo(id, place, how) {
  const m = member(id);
  if (m.category === place.category && m.ring === place.ring && m.angle === place.angle) {
    return;
  }
  m.category = place.category;
  m.ring = place.ring;
  m.angle = place.angle;
  changed();
  render(how === "keyboard" ? id : null);
  if (selected === id) {
    fillDetails(m);
  }
  announce(text("moved", m.name, labels.categories[m.category], labels.rings[m.ring]));
}

function svgPoint(event) {
  const at = svg.createSVGPoint();
  at.x = event.clientX;
  at.y = event.clientY;
  return at.matrixTransform(svg.getScreenCTM().inverse());
}

function attachPointer(g, id) {
  let start = null;
  let dragging = false;
  g.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) {
      return;
    }
    start = { x: event.clientX, y: event.clientY };
    dragging = false;
    g.setPointerCapture(event.pointerId);
    event.preventDefault();
  });
  g.addEventListener("pointermove", (event) => {
    if (!start) {
      return;
    }
    if (!dragging && Math.hypot(event.clientX - start.x, event.clientY - start.y) > 5) {
      dragging = true;
      g.classList.add("dragging");
    }
    if (dragging) {
      const at = svgPoint(event);
      // follows the pointer at the size it is drawn at
      g.setAttribute("transform", g.getAttribute("transform").replace(/translate\([^)]*\)/, "translate(" + at.x + " " + at.y + ")"));
    }
  });
  g.addEventListener("pointerup", (event) => {
    if (!start) {
      return;
    }
    start = null;
    if (dragging) {
      const at = svgPoint(event);
      moveTo(id, placeAt(at.x, at.y), "pointer");
    } else {
      activate(id);
    }
  });
  g.addEventListener("pointercancel", () => {
    start = null;
    render();
  });
}

function onMemberKey(event, id) {
  const m = member(id);
  const ring = RINGS.indexOf(m.ring);
  const sector = CATEGORIES.indexOf(m.category);
  let place = null;
  if (event.key === "ArrowUp" && ring > 0) {
    place = { category: m.category, ring: RINGS[ring - 1], angle: m.angle ?? null };
  } else if (event.key === "ArrowDown" && ring < RINGS.length - 1) {
    place = { category: m.category, ring: RINGS[ring + 1], angle: m.angle ?? null };
  } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
    const next = CATEGORIES[(sector + (event.key === "ArrowRight" ? 1 : CATEGORIES.length - 1)) % CATEGORIES.length];
    place = { category: next, ring: m.ring, angle: angleInSector(m.angle, m.category, next) };
  } else if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    activate(id);
    return;
  } else if (event.key === "Escape" && connectingFrom) {
    stopConnecting();
    return;
  } else {
    return;
  }
  event.preventDefault();
  moveTo(id, place, "keyboard");
}

// ---- selecting and connecting ----

function activate(id) {
  if (connectingFrom && connectingFrom !== id) {
    const from = connectingFrom;
    stopConnecting();
    addTie(from, id);
    render(id);
    return;
  }
  openDetails(id);
}

function startConnecting() {
  connectingFrom = selected;
  connectStatus.textContent = text("pickOther", member(selected).name);
  connectStatus.hidden = false;
  render(selected);
}

function stopConnecting() {
  connectingFrom = null;
  connectStatus.hidden = true;
  connectStatus.textContent = "";
  render();
}

function addTie(first, second) {
  if (first === second || map.ties.some((t) => (t.first === first && t.second === second)
      || (t.first === second && t.second === first))) {
    return;
  }
  map.ties.push({ first, second, strength: null });
  changed();
  announce(text("tieAdded", member(first).name, member(second).name));
}

// the ties of member m, each with the member at its other end
function tiesOf(m) {
  return map.ties.filter((t) => t.first === m.id || t.second === m.id)
    .map((tie) => ({ tie, other: member(tie.first === m.id ? tie.second : tie.first) }))
    .filter(({ other }) => other);
}

function removeTie(first, second) {
  map.ties = map.ties.filter((t) => !((t.first === first && t.second === second)
    || (t.first === second && t.second === first)));
  changed();
  render();
}

// ---- the details panel ----

const field = (name) => detailsForm.elements.namedItem(name);

function openDetails(id) {
  selected = id;
  fillDetails(member(id));
  detailsForm.hidden = false;
  render();
  const heading = document.getElementById("details-heading");
  heading.focus();
  heading.scrollIntoView({ block: "nearest" });
}

function fillDetails(m) {
  document.getElementById("details-heading").textContent = text("details", m.name);
  field("name").value = m.name;
  for (const name of ["category", "ring", "frequency", "valence", "status", "capitalType", "level"]) {
    field(name).value = m[name];
  }
  field("statusSince").value = m.statusSince || "";
  field("statusNote").value = m.statusNote || "";
  field("lightTie").checked = !!m.lightTie;
  field("formal").value = m.formal === null || m.formal === undefined ? "" : String(m.formal);
  field("note").value = m.note || "";
  for (const f of FUNCTIONS) {
    const on = !!(m.support && m.support[f]);
    const toggle = document.getElementById("d-function-" + f);
    const direction = document.getElementById("d-direction-" + f);
    toggle.setAttribute("aria-pressed", String(on));
    direction.disabled = !on;
    direction.value = on ? m.support[f] : "RECEIVES";
  }
  document.getElementById("d-name-error").hidden = true;
  field("name").removeAttribute("aria-invalid");
  renderTies();
}

function renderTies() {
  const m = member(selected);
  const list = document.getElementById("d-ties");
  list.replaceChildren();
  const ties = tiesOf(m);
  const others = ties.map(({ other }) => other);
  if (ties.length === 0) {
    const none = document.createElement("li");
    none.textContent = text("noTies");
    list.appendChild(none);
  }
  for (const { tie, other } of ties) {
    const item = document.createElement("li");
    const name = document.createElement("span");
    name.textContent = other.name + " ";
    const label = document.createElement("input");
    label.type = "text";
    label.className = "tie-label";
    label.maxLength = TIE_LABEL_LENGTH;
    label.value = tie.label || "";
    label.setAttribute("aria-label", text("tieLabel", other.name));
    label.addEventListener("input", () => {
      // a line of text: line breaks cannot be typed here, and the server refuses control characters
      tie.label = label.value.trim() || null;
      changed();
      renderList(); // not render(): that would rebuild this field and lose the cursor
    });
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = text("tieRemove", other.name);
    remove.addEventListener("click", () => removeTie(m.id, other.id));
    item.append(name, label, remove);
    list.appendChild(item);
  }
  const select = document.getElementById("d-tie-other");
  select.replaceChildren();
  for (const candidate of map.members) {
    if (candidate.id !== m.id && !others.includes(candidate)) {
      const option = document.createElement("option");
      option.value = candidate.id;
      option.textContent = candidate.name;
      select.appendChild(option);
    }
  }
  document.getElementById("d-tie-add").disabled = select.options.length === 0;
}

function readDetails() {
  const m = member(selected);
  const name = field("name").value.trim();
  const error = document.getElementById("d-name-error");
  error.hidden = name.length > 0;
  if (name.length === 0) {
    field("name").setAttribute("aria-invalid", "true");
    return false;
  }
  field("name").removeAttribute("aria-invalid");
  const before = m.category;
  m.name = name;
  for (const key of ["category", "ring", "frequency", "valence", "status", "capitalType", "level"]) {
    m[key] = field(key).value;
  }
  if (before !== m.category) {
    m.angle = angleInSector(m.angle, before, m.category);
  }
  m.statusSince = field("statusSince").value || null;
  m.statusNote = field("statusNote").value.trim() || null;
  m.lightTie = field("lightTie").checked;
  m.formal = field("formal").value === "" ? null : field("formal").value === "true";
  m.note = field("note").value.trim() || null;
  document.getElementById("details-heading").textContent = text("details", m.name);
  return true;
}

detailsForm.addEventListener("input", (event) => {
  // the function and tie controls have their own handlers; re-rendering here would reset the tie being chosen
  if (event.target.classList.contains("function-direction") || event.target.closest("fieldset.ties") || !selected) {
    return;
  }
  if (readDetails()) {
    changed();
    render();
  }
});
detailsForm.addEventListener("submit", (event) => event.preventDefault());

for (const f of FUNCTIONS) {
  const toggle = document.getElementById("d-function-" + f);
  const direction = document.getElementById("d-direction-" + f);
  toggle.addEventListener("click", () => {
    const m = member(selected);
    const on = toggle.getAttribute("aria-pressed") !== "true";
    const support = { ...(m.support || {}) };
    if (on) {
      support[f] = direction.value;
    } else {
      delete support[f];
    }
    m.support = support;
    toggle.setAttribute("aria-pressed", String(on));
    direction.disabled = !on;
    changed();
    render();
  });
  direction.addEventListener("change", () => {
    const m = member(selected);
    m.support = { ...(m.support || {}), [f]: direction.value };
    changed();
    render();
  });
}

document.getElementById("d-tie-add").addEventListener("click", () => {
  const other = document.getElementById("d-tie-other").value;
  if (other) {
    addTie(selected, other);
    render();
    document.getElementById("d-tie-other").focus();
  }
});
document.getElementById("d-connect").addEventListener("click", startConnecting);
document.getElementById("d-close").addEventListener("click", () => {
  const id = selected;
  selected = null;
  detailsForm.hidden = true;
  render(id);
});
document.getElementById("d-remove").addEventListener("click", () => {
  const m = member(selected);
  map.members = map.members.filter((other) => other.id !== m.id);
  map.ties = map.ties.filter((t) => t.first !== m.id && t.second !== m.id);
  selected = null;
  detailsForm.hidden = true;
  changed();
  render();
  announce(text("removed", m.name));
  document.getElementById("add-name").focus();
});

// ---- adding a member ----

addForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const nameField = document.getElementById("add-name");
  const name = nameField.value.trim();
  const error = document.getElementById("add-name-error");
  error.hidden = name.length > 0;
  if (name.length === 0) {
    nameField.setAttribute("aria-invalid", "true");
    nameField.focus();
    return;
  }
  nameField.removeAttribute("aria-invalid");
  map.members.push({
    id: newId(), name, category: document.getElementById("add-category").value,
    ring: document.getElementById("add-ring").value, frequency: "MONTHLY", support: {}, valence: "SUPPORTIVE",
    status: "ACTIVE", statusSince: null, statusNote: null, capitalType: "BONDING", level: "CITY", lightTie: false,
    formal: null, note: null, angle: null,
  });
  nameField.value = "";
  changed();
  render();
  announce(text("added", name));
  nameField.focus();
});

// ---- saving as one goes ----

function changed() {
  edits += 1;
  root.dataset.saved = "false";
  if (conflict) {
    return;
  }
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 400);
}

function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header ? { [header.content]: token.content } : {};
}

async function save() {
  if (saving) {
    saveAgain = true;
    return;
  }
  saving = true;
  const sending = edits;
  saveStatus.textContent = text("saving");
  root.dataset.saved = "false";
  try {
    const response = await fetch(api, {
      method: "PUT", credentials: "same-origin", body: JSON.stringify(map),
      headers: { "Content-Type": "application/json", Accept: "application/json", ...csrfHeaders() },
    });
    if (response.ok) {
      retryDelay = 2000;
      map.version = (await response.json()).version;
      saveStatus.textContent = sending === edits ? text("saved") : text("saving");
    } else if (response.status === 409) {
      await showConflict();
    } else {
      const problem = await response.json().catch(() => ({}));
      saveStatus.textContent = response.status === 400 ? text("invalid") + " " + (problem.detail || "") : text("failed");
      if (response.status >= 500) {
        retryLater();
      }
    }
  } catch (failure) {
    saveStatus.textContent = text("failed");
    retryLater();
  } finally {
    saving = false;
  }
  if (saveAgain && !conflict) {
    saveAgain = false;
    save();
  } else {
    root.dataset.saved = String(!conflict && sending === edits && saveStatus.textContent === text("saved"));
  }
}

// A save that failed on the way (network gone, server restarting) is tried again, waiting longer each time.
let retryDelay = 2000;
function retryLater() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, retryDelay);
  retryDelay = Math.min(retryDelay * 2, 60000);
}

// Leaving the page while a change waits to be sent (the 400 ms pause): send it on the way out.
window.addEventListener("pagehide", () => {
  if (root.dataset.saved === "false" && !conflict && !saving) {
    clearTimeout(saveTimer);
    fetch(api, {
      method: "PUT", credentials: "same-origin", body: JSON.stringify(map), keepalive: true,
      headers: { "Content-Type": "application/json", Accept: "application/json", ...csrfHeaders() },
    });
  }
});

async function showConflict() {
  conflict = true;
  saveStatus.textContent = "";
  let message = text("conflictUnknown");
  try {
    const response = await fetch("/participants/" + participant + "/map/last-change",
      { credentials: "same-origin", headers: { Accept: "application/json" } });
    const change = await response.json();
    if (change.by && change.at) {
      message = text("conflict", change.by, change.at);
    }
  } catch (ignored) {
    // the general message says enough
  }
  document.getElementById("conflict-text").textContent = message;
  conflictBox.hidden = false; // role=alert announces it; focus stays where the person was typing
}

document.getElementById("conflict-reload").addEventListener("click", async () => {
  const response = await fetch(api, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) {
    return;
  }
  map = await response.json();
  conflict = false;
  conflictBox.hidden = true;
  if (selected && member(selected)) {
    fillDetails(member(selected));
  } else {
    selected = null;
    detailsForm.hidden = true;
  }
  render();
  saveStatus.textContent = text("saved");
  root.dataset.saved = "true";
});

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && connectingFrom) {
    stopConnecting();
  }
});

applyView(); // draws the map at the size it is shown
root.dataset.ready = "true";

// Turns each element marked data-geo-map into a Leaflet map (window.L, from /webjars/leaflet/dist/leaflet.js loaded
// before this module), drawn from the tables on the page: every table[data-geo-layer] is one layer, named by the
// attribute's value in the layer control, with one marker per row tr[data-lat][data-lon], titled by the row's
// data-label. The map fits all markers. The tables stay the list view that screen readers use; the markers are
// buttons reachable with the keyboard (Tab), and choosing one marks its row in the table.
//
// The map element's attributes: data-tiles-url (a Leaflet tile URL template; empty or absent: no tiles, a
// plain background)
// and data-tiles-attribution; data-zoom-in and data-zoom-out, the zoom buttons' names in the reader's language.
// Optional picking: data-geo-pick="LAT-INPUT-ID LON-INPUT-ID" - a click on the map, or Enter on the focused map (its
// centre, for keyboard users), fills those two inputs and shows one marker there, titled by data-pick-label.
// After drawing, the element carries data-geo-ready, so that tests can wait for it.

const L = window.L;

// Belgium as a whole, for a map with nothing on it yet.
const BELGIUM = [50.64, 4.67];
const BELGIUM_ZOOM = 7;
const ONE_PLACE_ZOOM = 15;

/** The places of one table: its rows with coordinates. */
export function readLayer(table) {
  return [...table.querySelectorAll("tr[data-lat][data-lon]")]
    .map((row) => ({ row, lat: Number(row.dataset.lat), lon: Number(row.dataset.lon), label: row.dataset.label || "" }))
    .filter((place) => Number.isFinite(place.lat) && Number.isFinite(place.lon));
}

/** Padding of a fitted map in px: clear of the zoom control at the top left, and of the edges elsewhere. */
const FIT_TOP_LEFT = [64, 96];
const FIT_BOTTOM_RIGHT = [40, 40];

function icon(className) {
  // a div icon: no image to fetch, styled in css/geo-map.css; 24 px, the smallest target WCAG 2.2 (2.5.8) allows
  return L.divIcon({ className: `geo-marker ${className}`, iconSize: [24, 24], iconAnchor: [12, 12] });
}

function marker(lat, lon, label, className) {
  const m = L.marker([lat, lon], { icon: icon(className), title: label, keyboard: true, riseOnHover: true });
  m.on("add", () => m.getElement().setAttribute("aria-label", label));
  return m;
}

function markRow(row) {
  for (const marked of document.querySelectorAll("tr.geo-chosen")) {
    marked.classList.remove("geo-chosen");
  }
  row.classList.add("geo-chosen");
  row.scrollIntoView({ block: "nearest" });
}

function drawLayers(map) {
  const overlays = {};
  const bounds = L.latLngBounds([]);
  document.querySelectorAll("table[data-geo-layer]").forEach((table, index) => {
    const group = L.layerGroup();
    for (const place of readLayer(table)) {
      const m = marker(place.lat, place.lon, place.label, `geo-layer-${index % 6}`);
      m.on("click", () => markRow(place.row));
      group.addLayer(m);
      bounds.extend([place.lat, place.lon]);
    }
    group.addTo(map);
    overlays[table.dataset.geoLayer] = group;
  });
  if (Object.keys(overlays).length > 1) {
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
  }
  return bounds;
}

function enablePicking(map, element) {
  const [latId, lonId] = element.dataset.geoPick.trim().split(/\s+/);
  const latInput = document.getElementById(latId);
  const lonInput = document.getElementById(lonId);
  if (!latInput || !lonInput) {
    return null;
  }
  const label = element.dataset.pickLabel || "";
  let picked = null;
  const show = (lat, lon) => {
    if (picked) {
      picked.setLatLng([lat, lon]);
    } else {
      picked = marker(lat, lon, label, "geo-picked").addTo(map);
    }
  };
  const pick = (latLng) => {
    latInput.value = latLng.lat.toFixed(6);
    lonInput.value = latLng.lng.toFixed(6);
    for (const input of [latInput, lonInput]) {
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
    show(latLng.lat, latLng.lng);
  };
  map.on("click", (event) => pick(event.latlng));
  element.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target === element) {
      event.preventDefault();
      pick(map.getCenter());
    }
  });
  const lat = Number.parseFloat(latInput.value);
  const lon = Number.parseFloat(lonInput.value);
  if (Number.isFinite(lat) && Number.isFinite(lon)) {
    show(lat, lon);
    return L.latLng(lat, lon);
  }
  return null;
}

function draw(element) {
  const map = L.map(element, { zoomControl: false, attributionControl: false, keyboard: true });
  L.control
    .zoom({ zoomInTitle: element.dataset.zoomIn || "+", zoomOutTitle: element.dataset.zoomOut || "-" })
    .addTo(map);
  const tilesUrl = (element.dataset.tilesUrl || "").trim();
  if (tilesUrl) {
    L.control.attribution({ prefix: false }).addTo(map);
    L.tileLayer(tilesUrl, { attribution: element.dataset.tilesAttribution || "", maxZoom: 19 }).addTo(map);
  } else {
    element.classList.add("geo-map-plain");
  }
  const bounds = drawLayers(map);
  const picked = element.dataset.geoPick ? enablePicking(map, element) : null;
  if (picked) {
    bounds.extend(picked);
  }
  if (bounds.isValid() && !bounds.getNorthEast().equals(bounds.getSouthWest())) {
    // room for the zoom buttons at the top left (10 px in, 30 px each, two high), so that no marker lies under or
    // against them: overlapping targets are too small to hit (WCAG 2.5.8)
    map.fitBounds(bounds, { paddingTopLeft: FIT_TOP_LEFT, paddingBottomRight: FIT_BOTTOM_RIGHT });
  } else if (bounds.isValid()) {
    map.setView(bounds.getCenter(), ONE_PLACE_ZOOM);
  } else {
    map.setView(BELGIUM, BELGIUM_ZOOM);
  }
  element.setAttribute("data-geo-ready", "");
}

if (L) {
  document.querySelectorAll("[data-geo-map]").forEach(draw);
}

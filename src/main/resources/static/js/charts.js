// Draws a chart beside each table it belongs to (<div class="chart" data-chart-for="TABLE-ID">), from the table's own
// figures. A line chart over time: a row's header holds its moment in data-x (seconds since 1970) and shows it as the
// reader reads dates; a column whose header is marked data-series is one line, each cell holding its number in
// data-value (a missing number leaves a gap). A bar chart (data-chart-kind="bars"): one bar per row, named by the
// row's header, its length the number in data-value of the one data-series column (no bar where it is missing, e.g.
// a figure suppressed over too few people). The table stays the text for screen readers; the chart is hidden from
// them. After drawing, the chart element carries what uPlot plots in data-plotted (JSON), so tests can hold the two
// against each other.
import uPlot from "../webjars/uplot/dist/uPlot.esm.js";

// Okabe-Ito colours, told apart by people with colour blindness, and a dash per line besides.
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00"];
const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 5]];
const FONT = "12px system-ui, sans-serif";
const LABEL_GAP = 12;

/** The table's figures: the moments, the shown text of each moment, and one line per data-series column. */
export function readTable(table) {
  const headers = [...table.tHead.rows[0].cells];
  const columns = headers.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.hasAttribute("data-series"));
  const rows = [...table.tBodies[0].rows];
  return {
    // a bar chart's rows have no moment: they stand in the table's order
    x: rows.map((row, index) => (row.cells[0].dataset.x === undefined ? index : Number(row.cells[0].dataset.x))),
    labels: rows.map((row) => row.cells[0].textContent.trim()),
    series: columns.map(({ cell, index }) => ({
      label: cell.textContent.trim(),
      values: rows.map((row) => {
        const value = row.cells[index].dataset.value;
        return value === undefined || value === "" ? null : Number(value);
      }),
    })),
  };
}

function textWidth(text) {
  const context = textWidth.canvas.getContext("2d");
  context.font = FONT;
  return Math.max(...text.split("\n").map((line) => context.measureText(line).width));
}
textWidth.canvas = document.createElement("canvas");

/**
 * The moments to label on the x axis: only those of the table (so every label is a date as the table shows it),
 * thinned from the left so that no two labels overlap in a plot {@code width} pixels wide.
 */
function labelledMoments(moments, labels, min, max, width, overhang) {
  const span = max - min || 1;
  const chosen = [];
  let freeFrom = -overhang;
  moments.forEach((moment, index) => {
    const half = textWidth(labels[index]) / 2;
    const centre = ((moment - min) / span) * width;
    if (centre - half >= freeFrom && centre + half <= width + overhang) {
      chosen.push(moment);
      freeFrom = centre + half + LABEL_GAP;
    }
  });
  return chosen;
}

function options(figures, chart, width) {
  const shown = figures.labels.map((label) => label.replace(" ", "\n")); // a moment's time under its day
  const labelOf = new Map(figures.x.map((x, index) => [x, shown[index]]));
  const highest = Math.max(1, ...figures.series.flatMap((s) => s.values).filter((v) => v !== null));
  // The first and last labels may reach half their width beyond the plot: room for that on the right.
  const overhang = Math.ceil(Math.max(...shown.map(textWidth)) / 2);
  return {
    width,
    height: width < 480 ? 220 : 280,
    padding: [12, overhang, 0, 0],
    legend: { live: false },
    cursor: { show: false },
    scales: {
      x: {
        time: false,
        // A little room around the first and last point; a day on either side of a single one.
        range: (u, min, max) => {
          const pad = max > min ? (max - min) * 0.04 : 86400;
          return [min - pad, max + pad];
        },
      },
      y: { range: () => [0, Math.ceil(highest * 1.1)] },
    },
    axes: [
      {
        label: chart.dataset.xLabel,
        font: FONT,
        labelFont: FONT,
        size: shown.some((label) => label.includes("\n")) ? 50 : 34,
        splits: (u, axis, min, max) =>
          labelledMoments(figures.x, shown, min, max, u.bbox.width / uPlot.pxRatio || width - 60, overhang),
        values: (u, splits) => splits.map((x) => labelOf.get(x) ?? ""),
      },
      { label: chart.dataset.yLabel, font: FONT, labelFont: FONT, incrs: [1, 2, 5, 10, 20, 50, 100], size: 40 },
    ],
    series: [
      {},
      ...figures.series.map((series, index) => ({
        label: series.label,
        stroke: COLOURS[index % COLOURS.length],
        dash: DASHES[index % DASHES.length],
        width: 2,
        points: { show: true, size: 7, fill: COLOURS[index % COLOURS.length] },
        spanGaps: false,
      })),
    ],
  };
}

const BAR_HEIGHT = 34;

/** A text cut with an ellipsis to fit in the given width; the table beside the chart holds it whole. */
function fitted(text, width) {
  if (textWidth(text) <= width) {
    return text;
  }
  let cut = text;
  while (cut.length > 1 && textWidth(cut + "\u2026") > width) {
    cut = cut.slice(0, -1);
  }
  return cut.trimEnd() + "\u2026";
}

function barHeight(figures) {
  return 56 + figures.x.length * BAR_HEIGHT;
}

/**
 * Horizontal bars, one per row, named on the left by the row's header (cut to at most 40% of the width); the value
 * axis starts at zero and reaches below it for negative numbers (a change that went down). drawnNames receives the
 * names as the axis draws them.
 */
function barOptions(figures, chart, width, drawnNames) {
  const values = figures.series.flatMap((s) => s.values).filter((v) => v !== null);
  const lowest = Math.min(0, ...values);
  const highest = Math.max(lowest < 0 ? 0 : 1, ...values);
  const room = Math.min(width * 0.4, Math.max(...figures.labels.map(textWidth)) + 10);
  return {
    width,
    height: barHeight(figures),
    padding: [8, 16, 0, 0],
    legend: { show: false }, // one series: the figure's caption names it
    cursor: { show: false },
    scales: {
      // across the chart, first row on top (as in the table)
      x: { time: false, ori: 1, dir: -1, range: () => [-0.5, figures.x.length - 0.5] },
      y: { ori: 0, dir: 1, range: () => [Math.floor(lowest * 1.1), Math.ceil(highest * 1.1)] },
    },
    axes: [
      {
        scale: "x",
        side: 3,
        font: FONT,
        size: room + 8,
        grid: { show: false },
        ticks: { show: false },
        splits: () => figures.x,
        values: (u, splits) => {
          const names = splits.map((x) => fitted(figures.labels[x] ?? "", room));
          drawnNames.splice(0, drawnNames.length, ...names);
          return names;
        },
      },
      {
        scale: "y",
        side: 2,
        label: chart.dataset.yLabel,
        font: FONT,
        labelFont: FONT,
        size: 40,
        // whole steps for counts: no 0.2 of a person
        ...(values.every(Number.isInteger) ? { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] } : {}),
      },
    ],
    series: [
      {},
      ...figures.series.map((series, index) => ({
        label: series.label,
        stroke: COLOURS[index % COLOURS.length],
        fill: COLOURS[index % COLOURS.length],
        width: 0,
        fillTo: 0,
        points: { show: false },
        paths: uPlot.paths.bars({ size: [0.6, 28] }),
      })),
    ],
  };
}

function draw(chart) {
  const table = document.getElementById(chart.dataset.chartFor);
  if (!table) {
    return;
  }
  const figures = readTable(table);
  const bars = chart.dataset.chartKind === "bars";
  const drawnNames = [];
  const data = [figures.x, ...figures.series.map((series) => series.values)];
  const height = () => (bars ? barHeight(figures) : chart.clientWidth < 480 ? 220 : 280);
  const settings = bars ? barOptions(figures, chart, chart.clientWidth, drawnNames)
    : options(figures, chart, chart.clientWidth);
  // what uPlot holds once it has drawn (the bar names are known only then)
  settings.hooks = {
    draw: [
      (u) => {
        chart.dataset.plotted = JSON.stringify({
          x: u.data[0],
          ...(bars ? { names: drawnNames } : {}),
          series: u.series.slice(1).map((series, index) => ({ label: series.label, values: u.data[index + 1] })),
        });
      },
    ],
  };
  const plot = new uPlot(settings, data, chart);
  new ResizeObserver(() => {
    if (chart.clientWidth > 0 && chart.clientWidth !== plot.width) {
      plot.setSize({ width: chart.clientWidth, height: height() });
    }
  }).observe(chart);
}

document.querySelectorAll(".chart[data-chart-for]").forEach(draw);

// Draws a line chart beside each table it belongs to (<div class="chart" data-chart-for="TABLE-ID">), from the
// table's own figures: a row's header holds its moment in data-x (seconds since 1970) and shows it as the reader
// reads dates; a column whose header is marked data-series is one line, each cell holding its number in data-value
// (a missing number leaves a gap). The table stays the text for screen readers; the chart is hidden from them.
// After drawing, the chart element carries what uPlot plots in data-plotted (JSON), so tests can hold the two
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
    x: rows.map((row) => Number(row.cells[0].dataset.x)),
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

function draw(chart) {
  const table = document.getElementById(chart.dataset.chartFor);
  if (!table) {
    return;
  }
  const figures = readTable(table);
  const data = [figures.x, ...figures.series.map((series) => series.values)];
  const plot = new uPlot(options(figures, chart, chart.clientWidth), data, chart);
  chart.dataset.plotted = JSON.stringify({
    x: plot.data[0],
    series: plot.series.slice(1).map((series, index) => ({ label: series.label, values: plot.data[index + 1] })),
  });
  new ResizeObserver(() => {
    if (chart.clientWidth > 0 && chart.clientWidth !== plot.width) {
      plot.setSize({ width: chart.clientWidth, height: chart.clientWidth < 480 ? 220 : 280 });
    }
  }).observe(chart);
}

document.querySelectorAll(".chart[data-chart-for]").forEach(draw);

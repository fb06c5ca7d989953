package be.brugwerk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What browser tests of pictures check on a page: that a chart plots exactly the figures of the table beside it (as
 * static/js/charts.js leaves them in {@code data-plotted}), and that the page does not
 * scroll sideways.
 */
public final class ChartPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:,\\d+)?");

    private ChartPages() {}

    /** What the chart of this table plots, once it is drawn (a canvas). */
    public static JsonNode plotted(Page page, String table) {
        Locator chart = page.locator("[data-chart-for=" + table + "][data-plotted]");
        chart.waitFor();
        assertThat(chart.locator("canvas").count())
                .as("the chart of " + table + " is drawn")
                .isEqualTo(1);
        return JSON.readTree(chart.getAttribute("data-plotted"));
    }

    /**
     * The bar chart of this table has one bar per row, in the table's order, named as the row's header (cut with an
     * ellipsis where it is long) and as long as the number the row shows; no bar where the row shows
     * {@code withheld} (a figure suppressed or not there yet). Answers the plotted values, null where no bar.
     */
    public static List<Double> assertBarsPlotTheirTable(Page page, String table, String withheld) {
        JsonNode plotted = plotted(page, table);
        Locator rows = page.locator("#" + table + " tbody tr");
        List<String> headers = page.locator("#" + table + " thead th[data-series]").allTextContents().stream()
                .map(String::trim)
                .toList();
        assertThat(headers).as("one series in the bar chart of " + table).hasSize(1);
        assertThat(plotted.get("series")
                        .valueStream()
                        .map(s -> s.get("label").asString())
                        .toList())
                .containsExactlyElementsOf(headers);
        JsonNode values = plotted.get("series").get(0).get("values");
        assertThat(plotted.get("x").size()).as("bars of " + table).isEqualTo(rows.count());
        List<Double> bars = new ArrayList<>();
        for (int row = 0; row < rows.count(); row++) {
            String name = rows.nth(row).locator("th").textContent().trim();
            String drawnName = plotted.get("names").get(row).asString();
            if (drawnName.endsWith("\u2026")) {
                assertThat(name).startsWith(drawnName.substring(0, drawnName.length() - 1));
            } else {
                assertThat(drawnName).as("name of bar " + row + " of " + table).isEqualTo(name);
            }
            assertThat(plotted.get("x").get(row).asInt()).isEqualTo(row);
            String shown = rows.nth(row).locator("td").textContent().trim();
            JsonNode value = values.get(row);
            if (shown.equals(withheld)) {
                assertThat(value.isNull())
                        .as("no bar for " + name + " in " + table)
                        .isTrue();
                bars.add(null);
            } else {
                Matcher number = NUMBER.matcher(shown);
                assertThat(number.find()).as("a number in " + shown).isTrue();
                assertThat(value.asDouble())
                        .as("the bar of " + name + " in " + table)
                        .isEqualTo(Double.parseDouble(number.group().replace(',', '.')));
                bars.add(value.asDouble());
            }
        }
        return bars;
    }

    public static void assertNoSidewaysScroll(Page page, String what) {
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as(what + " scrolls sideways")
                .isTrue();
    }
}

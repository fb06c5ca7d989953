package be.brugwerk.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The language lines of an intake form as a browser posts them: {@code languages[0].code=nl}, {@code languages[0].level=A2}. */
public final class IntakeLanguages {

    private IntakeLanguages() {}

    /** Lines from pairs of a code and a level, in order: {@code lines("nl", "A2", "ar", "NATIVE")}. */
    public static Map<String, String> lines(String... codesAndLevels) {
        if (codesAndLevels.length % 2 != 0) {
            throw new IllegalArgumentException("Give a level for every language");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLevels.length; i += 2) {
            fields.put("languages[" + i / 2 + "].code", codesAndLevels[i]);
            fields.put("languages[" + i / 2 + "].level", codesAndLevels[i + 1]);
        }
        return fields;
    }

    /**
     * The lines a rendered form shows, filled ones only, as "code level" joined by ", " ("nl A2, ar NATIVE"); a line
     * whose level is not picked shows "code ?".
     */
    public static String shownIn(String page) {
        List<String> shown = new ArrayList<>();
        for (int line = 0; ; line++) {
            Matcher code = Pattern.compile("name=\"languages\\[" + line + "\\]\\.code\"(?: value=\"([^\"]*)\")?")
                    .matcher(page);
            Matcher level = Pattern.compile(
                            "<select[^>]*name=\"languages\\[" + line + "\\]\\.level\"[^>]*>([\\s\\S]*?)</select>")
                    .matcher(page);
            if (!code.find() || !level.find()) {
                return String.join(", ", shown);
            }
            Matcher picked = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"")
                    .matcher(level.group(1));
            String levelShown = picked.find() && !picked.group(1).isEmpty() ? picked.group(1) : "?";
            String codeShown = code.group(1) == null ? "" : code.group(1);
            if (!codeShown.isEmpty() || !levelShown.equals("?")) {
                shown.add(codeShown + " " + levelShown);
            }
        }
    }
}

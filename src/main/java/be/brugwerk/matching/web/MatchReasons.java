package be.brugwerk.matching.web;

import be.brugwerk.matching.engine.ScorePart;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * "Why this match" in the reader's language: one part of a pair's explanation worded from its facts (criterion,
 * points, and the facts behind the reason) with the keys {@code matching.reason.<CRITERION>.<fact>}. Languages are
 * named in the reader's language, levels other than the CEFR codes translated, weekly moments as day and part of
 * the day. A part stored before parts kept their facts is shown with its stored sentence. Used by the pages as
 * {@code @matchReasons}.
 */
@Component("matchReasons")
public class MatchReasons {

    private final MessageSource messages;

    MatchReasons(MessageSource messages) {
        this.messages = messages;
    }

    /** The whole line of a part: criterion, points and reason. */
    public String line(ScorePart part, Locale locale) {
        String criterion =
                messages.getMessage("matching.criterion." + part.criterion().name(), null, locale);
        return messages.getMessage(
                "matching.pair.part", new Object[] {criterion, part.points(), reason(part, locale)}, locale);
    }

    /** The reason of a part in the reader's language. */
    public String reason(ScorePart part, Locale locale) {
        String key = "matching.reason." + part.criterion().name() + "." + part.fact();
        try {
            return messages.getMessage(key, arguments(part, locale), locale);
        } catch (NoSuchMessageException storedBeforeFacts) {
            return part.reason();
        }
    }

    private Object[] arguments(ScorePart part, Locale locale) {
        List<String> facts = part.arguments();
        return switch (part.criterion()) {
            case LANGUAGE ->
                facts.size() == 3
                        ? new Object[] {
                            languageName(facts.get(0), locale), level(facts.get(1), locale), level(facts.get(2), locale)
                        }
                        : new Object[0];
            case INTERESTS ->
                facts.size() == 3
                        ? new Object[] {Long.valueOf(facts.get(0)), Long.valueOf(facts.get(1)), facts.get(2)}
                        : facts.stream().map(Long::valueOf).toArray();
            case PROXIMITY -> facts.stream().map(BigDecimal::new).toArray();
            case AVAILABILITY ->
                facts.size() == 2
                        ? new Object[] {Long.valueOf(facts.get(0)), slots(facts.get(1), locale)}
                        : new Object[0];
            case PREFERENCES -> facts.stream().map(Long::valueOf).toArray();
            case WAITING ->
                facts.size() == 3
                        ? new Object[] {
                            Long.valueOf(facts.get(0)), Long.valueOf(facts.get(1)), new BigDecimal(facts.get(2))
                        }
                        : new Object[0];
        };
    }

    private static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() ? code : name;
    }

    private String level(String level, Locale locale) {
        return "NATIVE".equals(level) ? messages.getMessage("matching.reason.level.NATIVE", null, locale) : level;
    }

    private String slots(String codes, Locale locale) {
        List<String> slots = new ArrayList<>();
        for (String code : codes.split(",")) {
            String[] dayAndPart = code.split(":");
            String day = DayOfWeek.valueOf(dayAndPart[0]).getDisplayName(TextStyle.FULL, locale);
            String partOfDay = messages.getMessage("matching.dayPart." + dayAndPart[1], null, locale);
            slots.add(messages.getMessage("matching.reason.slot", new Object[] {day, partOfDay}, locale));
        }
        return String.join(", ", slots);
    }
}

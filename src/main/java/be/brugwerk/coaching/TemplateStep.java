package be.brugwerk.coaching;

import be.brugwerk.system.Refusal;

/**
 * A step of an organisation's step plan template. {@code defaultStep} is the number (1..10) of the default step it
 * stems from, or null for a step the organisation added; {@code name} is the organisation's own name, or null to
 * show the default step's name in the reader's language ({@code trajectory.step.default.<n>}).
 */
public record TemplateStep(int position, Integer defaultStep, String name) {

    /** The ten steps of the network coach step plan (docs/domain.md, after Movisie's "Een sterk sociaal netwerk!"). */
    public static final int DEFAULT_STEPS = 10;

    public TemplateStep {
        if (defaultStep == null && (name == null || name.isBlank())) {
            throw new Refusal("steps[" + position + "].name", "coaching.template.nameRequired");
        }
        if (defaultStep != null && (defaultStep < 1 || defaultStep > DEFAULT_STEPS)) {
            throw Refusal.tampered("steps[" + position + "].defaultStep", "coaching.choice.unknown");
        }
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public static java.util.List<TemplateStep> defaults() {
        return java.util.stream.IntStream.rangeClosed(1, DEFAULT_STEPS)
                .mapToObj(n -> new TemplateStep(n, n, null))
                .toList();
    }
}

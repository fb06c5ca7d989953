package be.brugwerk.system.web;

import tools.jackson.core.JacksonException;

/** The field a JSON reading error is about, as the API names fields: {@code members[2].name}. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(JacksonException binding) {
        return binding.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
    }
}

package org.changetalk.scenario.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Enum names as scenario files spell them: lower snake case ("complex_reflection"). */
public final class Wire {
    private Wire() {
    }

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::name).toList();
    }
}

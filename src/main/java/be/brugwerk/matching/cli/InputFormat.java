package be.brugwerk.matching.cli;

import java.util.Locale;

/** The forms of input the {@code match} command reads; see docs/matching-cli.md. */
enum InputFormat {
    /** {@code left,right,score[,leftCapacity,rightCapacity]}: a maximum-weight b-matching. */
    CSV,
    /** OR-Library: n, then n &times; n costs. */
    DENSE,
    /** OR-Library style: n, then lines {@code i j cost}. */
    SPARSE;

    static InputFormat named(String name) throws BadInput {
        for (InputFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
                return format;
            }
        }
        throw new BadInput("unknown format '" + name + "'; expected csv, dense or sparse");
    }
}

package org.changetalk.coding;

/** A harm-reduction concern found in a counselor turn, with the words that triggered it. */
public record Flag(FlagKind kind, Span span, String explanation) {}

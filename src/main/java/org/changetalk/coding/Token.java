package org.changetalk.coding;

/** A word, number or punctuation mark of a turn, with its position and its lower-cased form. */
public record Token(String text, String lower, int start, int end, Kind kind) {
    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean is(String lowerForm) {
        return lower.equals(lowerForm);
    }
}

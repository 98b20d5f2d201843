package org.changetalk.coding;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Codes a whole conversation, oldest turn first; one coding per turn, in order. {@code Coder::code} is the
 * real one; the batch command and the evaluation take this so they can be tested with a fake coder.
 */
@FunctionalInterface
public interface ConversationCoder {
    List<CodedTurn> code(List<Turn> conversation);

    /**
     * The same, telling {@code coded} how many turns are done as it goes (the `code` command's progress at a
     * terminal). A coder that cannot tell says so once, at the end; {@link Coder} tells after every turn.
     */
    default List<CodedTurn> code(List<Turn> conversation, IntConsumer coded) {
        List<CodedTurn> out = code(conversation);
        coded.accept(out.size());
        return out;
    }
}

package org.changetalk.coding;

import java.util.List;

/**
 * Codes a whole conversation, oldest turn first; one coding per turn, in order. {@code Coder::code} is the
 * real one; the batch command and the evaluation take this so they can be tested with a fake coder.
 */
@FunctionalInterface
public interface ConversationCoder {
    List<CodedTurn> code(List<Turn> conversation);
}

package org.changetalk.cli;

import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.ConversationCoder;
import org.changetalk.coding.Turn;
import org.changetalk.transcript.InputTurn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input turns with their codings. Each conversation is coded on its own, in order, so a turn is read
 * against its own conversation's earlier turns even when the input interleaves conversations.
 *
 * @param coded          the coding of {@code turns.get(i)} at index i
 * @param byConversation each conversation's codings in order, conversations in order of first appearance
 */
record CodedInput(List<InputTurn> turns, List<CodedTurn> coded, Map<String, List<CodedTurn>> byConversation) {

    static CodedInput code(List<InputTurn> turns, ConversationCoder coder) {
        return code(turns, coder, Progress.NONE);
    }

    /** The same, telling progress after each conversation (the coder codes a conversation at once). */
    static CodedInput code(List<InputTurn> turns, ConversationCoder coder, Progress progress) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < turns.size(); i++) {
            positions.computeIfAbsent(turns.get(i).conversation(), k -> new ArrayList<>()).add(i);
        }
        CodedTurn[] coded = new CodedTurn[turns.size()];
        Map<String, List<CodedTurn>> byConversation = new LinkedHashMap<>();
        int[] done = {0};
        progress.update(0, turns.size());
        positions.forEach((conversation, at) -> {
            List<Turn> conversationTurns = at.stream().map(i -> turns.get(i).turn()).toList();
            List<CodedTurn> result = coder.code(conversationTurns);
            for (int k = 0; k < at.size(); k++) {
                coded[at.get(k)] = result.get(k);
            }
            byConversation.put(conversation, List.copyOf(result));
            done[0] += at.size();
            progress.update(done[0], turns.size());
        });
        progress.finish();
        return new CodedInput(List.copyOf(turns), Arrays.asList(coded), byConversation);
    }
}

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /**
     * The same, telling progress after each turn (or, from a coder that cannot tell, each conversation). Conversations are
     * coded in parallel, one per core (the coder is thread-safe and each conversation is read on its own); the result
     * is the same as in order.
     */
    static CodedInput code(List<InputTurn> turns, ConversationCoder coder, Progress progress) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < turns.size(); i++) {
            positions.computeIfAbsent(turns.get(i).conversation(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> conversations = new ArrayList<>(positions.values());
        List<List<Turn>> inputs = new ArrayList<>(conversations.size());
        for (List<Integer> at : conversations) inputs.add(at.stream().map(i -> turns.get(i).turn()).toList());
        progress.update(0, turns.size());
        List<List<CodedTurn>> results = codeAll(inputs, coder, progress, turns.size());
        progress.finish();
        CodedTurn[] coded = new CodedTurn[turns.size()];
        Map<String, List<CodedTurn>> byConversation = new LinkedHashMap<>();
        int c = 0;
        for (var e : positions.entrySet()) {
            List<CodedTurn> result = results.get(c++);
            for (int k = 0; k < e.getValue().size(); k++) coded[e.getValue().get(k)] = result.get(k);
            byConversation.put(e.getKey(), List.copyOf(result));
        }
        return new CodedInput(List.copyOf(turns), Arrays.asList(coded), byConversation);
    }

    private static List<List<CodedTurn>> codeAll(List<List<Turn>> conversations, ConversationCoder coder, Progress progress, int total) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), conversations.size());
        long[] done = {0};
        if (threads <= 1) {
            // turn by turn: one long conversation (a whole file of one session) moves the line too
            List<List<CodedTurn>> out = new ArrayList<>(conversations.size());
            for (List<Turn> conversation : conversations) {
                long before = done[0];
                out.add(coder.code(conversation, n -> progress.update(before + n, total)));
                done[0] += conversation.size();
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "code-conversations");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<CodedTurn>>> futures = new ArrayList<>(conversations.size());
            for (List<Turn> conversation : conversations) {
                futures.add(pool.submit(() -> {
                    int[] told = {0};
                    return coder.code(conversation, n -> {
                        synchronized (done) {
                            done[0] += n - told[0];
                            told[0] = n;
                            progress.update(done[0], total);
                        }
                    });
                }));
            }
            List<List<CodedTurn>> out = new ArrayList<>(futures.size());
            for (Future<List<CodedTurn>> f : futures) out.add(f.get());
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        } finally {
            pool.shutdownNow();
        }
    }
}

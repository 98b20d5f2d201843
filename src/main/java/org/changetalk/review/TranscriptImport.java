package org.changetalk.review;

import org.changetalk.account.Tokens;
import org.changetalk.account.User;
import org.changetalk.coding.ClientCoding;
import org.changetalk.coding.Code;
import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.Coder;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.SessionSummary;
import org.changetalk.coding.Speaker;
import org.changetalk.coding.Turn;
import org.changetalk.practice.Categorizer;
import org.changetalk.refusal.Refusal;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.session.ClientLine;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionScorer;
import org.changetalk.session.SessionStats;
import org.changetalk.session.SessionTurn;
import org.changetalk.session.StoredSession;
import org.changetalk.storage.PracticeRepository;
import org.changetalk.transcript.BadInputException;
import org.changetalk.transcript.InputError;
import org.changetalk.transcript.InputFormat;
import org.changetalk.transcript.InputTurn;
import org.changetalk.transcript.TranscriptReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A real or role-played transcript, pasted or uploaded: read with the `code` command's reader, coded with
 * its coder, and stored as a finished session of kind "imported" in one transaction, so it can be reviewed,
 * shared and commented on like a practice session.
 */
public final class TranscriptImport {
    /** Pasted text beyond this is refused: a long session is well under 100 KiB. */
    public static final int MAX_TEXT_BYTES = 256 * 1024;
    public static final String SCENARIO_ID = "imported";
    private static final int MAX_TITLE = 200;

    private final Supplier<Coder> coder;
    private final PracticeRepository sessions;
    private final SecureRandom random;
    private final Clock clock;

    public TranscriptImport(Supplier<Coder> coder, PracticeRepository sessions, SecureRandom random, Clock clock) {
        this.coder = coder;
        this.sessions = sessions;
        this.random = random;
        this.clock = clock;
    }

    public Imported upload(User actor, String formatName, String text, String title) {
        return upload(actor, actor.id(), formatName, text, title);
    }

    /** The same, stored as {@code ownerId}'s session (the caller has checked the importer may attribute it). */
    public Imported upload(User actor, String ownerId, String formatName, String text, String title) {
        return store(actor, ownerId, check(formatName, text, title), (done, total) -> { });
    }

    /**
     * A transcript that has been read and found importable: nothing is coded or saved yet. Every refusal an
     * upload can meet for what it contains happens here, before the caller starts to report progress.
     */
    public record Checked(String title, List<Turn> turns) {
        public Checked {
            turns = List.copyOf(turns);
        }
    }

    /** How far coding has got: {@code done} of {@code total} turns. */
    @FunctionalInterface
    public interface Progress {
        void coded(int done, int total);
    }

    /** Reads and checks a transcript (format, size, title, one conversation with counselor turns). */
    public Checked check(String formatName, String text, String title) {
        InputFormat format = switch (formatName.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> InputFormat.JSONL;
            case "csv" -> InputFormat.CSV;
            case "txt" -> InputFormat.TXT;
            default -> throw Refusal.invalid("format: must be jsonl, csv or txt, not '" + formatName + "'.");
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_TEXT_BYTES) {
            throw new Refusal.TooLarge("text: a transcript is at most " + MAX_TEXT_BYTES / 1024 + " KiB; this one is "
                    + bytes.length / 1024 + " KiB.");
        }
        if (title != null && (title.isBlank() || title.length() > MAX_TITLE)) {
            throw Refusal.invalid("title: 1–" + MAX_TITLE + " characters.");
        }
        List<Turn> turns = merged(read(bytes, format));
        if (turns.stream().noneMatch(t -> t.speaker() == Speaker.COUNSELOR)) {
            throw new Refusal.Invalid("bad_transcript", "text: the transcript has no counselor turns to code.");
        }
        return new Checked(title, turns);
    }

    /** Codes a checked transcript, telling {@code progress} after each turn, and stores it as {@code ownerId}'s session. */
    public Imported store(User actor, String ownerId, Checked checked, Progress progress) {
        List<Turn> turns = checked.turns();
        String title = checked.title();
        progress.coded(0, turns.size());
        List<CodedTurn> coded = coder.get().code(turns, done -> progress.coded(done, turns.size()));

        ClientLine opening = null;
        List<SessionTurn> stored = new ArrayList<>();
        Category previous = null;
        int i = 0;
        // client talk before the first counselor turn is the opening, as a scenario's opening line is
        // (consecutive lines are merged, so there is at most one)
        if (coded.get(0) instanceof ClientCoding c) {
            opening = line(c);
            i++;
        }
        for (; i < coded.size(); i++) {
            CounselorCoding counselor = (CounselorCoding) coded.get(i);
            ClientCoding reply = i + 1 < coded.size() && coded.get(i + 1) instanceof ClientCoding c ? c : null;
            if (reply != null) {
                i++;
            }
            // the coder's codes, category and flags; the client's reply as the coder heard it; no simulated
            // state and no feedback
            Category category = Categorizer.categorize(counselor, previous);
            stored.add(new SessionTurn(stored.size() + 1, counselor.turn().text(), counselor, category,
                    reply == null ? null : line(reply), null, null));
            previous = category;
        }
        long now = clock.millis();
        String id = Tokens.random(random, 12);
        String name = title != null ? title.strip() : "Imported transcript " + Instant.ofEpochMilli(now).toString().substring(0, 10);
        SessionInfo s = new SessionInfo(id, actor.id(), SCENARIO_ID, name, 0, "live", SessionInfo.FINISHED, now, now,
                stored.size(), opening, null, null, null, null, SessionInfo.IMPORTED);
        SessionSummary summary = SessionScorer.auto(new StoredSession(s, stored)).summary();
        SessionStats stats = new SessionStats(summary.count(Code.SIMPLE_REFLECTION), summary.count(Code.COMPLEX_REFLECTION),
                summary.count(Code.QUESTION), summary.miAdherent(), summary.miNonAdherent());
        sessions.insertFinished(new SessionInfo(id, ownerId, SCENARIO_ID, name, 0, "live", SessionInfo.FINISHED, now,
                now, stored.size(), opening, null, null, null, stats, SessionInfo.IMPORTED), stored);
        return new Imported(id, name, stored.size());
    }

    /** A client line as the coder heard it: no beat (no scenario), the talk it coded. */
    private static ClientLine line(ClientCoding c) {
        ClientTalk talk = switch (c.talk()) {
            case CHANGE -> ClientTalk.CHANGE;
            case SUSTAIN -> ClientTalk.SUSTAIN;
            case NEUTRAL -> ClientTalk.NEUTRAL;
        };
        return new ClientLine(null, c.turn().text(), talk);
    }

    /** Reads the whole transcript; the first problem becomes a 400 naming its line. One conversation per upload. */
    static List<InputTurn> read(byte[] bytes, InputFormat format) {
        List<InputTurn> turns;
        try {
            turns = new TranscriptReader(TranscriptReader.MAX_LINE_BYTES, 1)
                    .read(new ByteArrayInputStream(bytes), "upload", format, "upload");
        } catch (BadInputException e) {
            InputError first = e.errors().isEmpty() ? null : e.errors().get(0);
            throw new Refusal.Invalid("bad_transcript", first == null ? "text: not a transcript."
                    : "line " + first.line() + ": " + first.message());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory stream does not fail
        }
        if (turns.isEmpty()) {
            throw new Refusal.Invalid("bad_transcript", "text: the transcript is empty.");
        }
        String conversation = turns.get(0).conversation();
        for (InputTurn t : turns) {
            if (!java.util.Objects.equals(t.conversation(), conversation)) {
                throw new Refusal.Invalid("bad_transcript", "line " + t.line() + ": a second conversation ('"
                        + t.conversation() + "'); upload one conversation at a time.");
            }
        }
        return turns;
    }

    /** A speaker's consecutive lines are one turn: a transcript often breaks a long answer over lines. */
    static List<Turn> merged(List<InputTurn> input) {
        List<Turn> out = new ArrayList<>();
        for (InputTurn t : input) {
            Turn turn = t.turn();
            if (!out.isEmpty() && out.get(out.size() - 1).speaker() == turn.speaker()) {
                Turn last = out.remove(out.size() - 1);
                out.add(new Turn(turn.speaker(), last.text() + " " + turn.text()));
            } else {
                out.add(turn);
            }
        }
        return out;
    }
}

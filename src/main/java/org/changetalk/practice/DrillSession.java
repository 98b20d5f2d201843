package org.changetalk.practice;

import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Turn;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.model.DrillItem;
import org.changetalk.scenario.model.DrillSkill;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Wire;
import org.changetalk.session.Feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deliberate practice: statements at the trainee's level, in file order, cycling; the mastery rule
 * moves them up; mastering the advanced level completes the drill. Not thread-safe.
 */
public final class DrillSession {
    /** Read once: a word list, not state (it never changes after loading). */
    private static final DoubleSided DOUBLE_SIDED = DoubleSided.load();

    private final Drill drill;
    private final ResponseCoder coder;
    private final List<DrillAttempt> attempts = new ArrayList<>();
    private Level level = Level.BEGINNER;
    private int index;
    private MasteryTracker tracker;
    private boolean mastered;

    public DrillSession(Drill drill, ResponseCoder coder) {
        this(drill, coder, DrillProgress.START);
    }

    /** Resumes a drill where a trainee left it (the web app stores {@link #progress()} between requests). */
    public DrillSession(Drill drill, ResponseCoder coder, DrillProgress progress) {
        this.drill = drill;
        this.coder = coder;
        this.level = progress.level();
        this.index = progress.position();
        this.mastered = progress.mastered();
        this.tracker = new MasteryTracker(drill.mastery(), progress.recent());
    }

    public DrillProgress progress() {
        List<DrillItem> items = drill.items(level);
        return new DrillProgress(level, items.isEmpty() ? 0 : index % items.size(), tracker.recent(), mastered);
    }

    /**
     * Picks a drill up where a trainee left it: the level, how many items at the level they answered (the
     * next one cycles from there), their recent results at the level, and whether they mastered it.
     */
    public static DrillSession resume(Drill drill, ResponseCoder coder, Level level, int index, List<Boolean> recent,
                                      boolean mastered) {
        return new DrillSession(drill, coder, new DrillProgress(level, Math.max(0, index), recent, mastered));
    }

    /** How many items the trainee answered at this level. */
    public int index() {
        return index;
    }

    /** Recent results at this level that count towards the mastery rule, oldest first. */
    public List<Boolean> recent() {
        return tracker.recent();
    }

    public Level level() {
        return level;
    }

    public boolean isMastered() {
        return mastered;
    }

    public List<DrillAttempt> attempts() {
        return List.copyOf(attempts);
    }

    public DrillPrompt prompt() {
        if (mastered) {
            throw new IllegalStateException("the drill is mastered");
        }
        List<DrillItem> items = drill.items(level);
        return new DrillPrompt(level, items.get(index % items.size()));
    }

    public DrillAttempt attempt(String text) {
        DrillPrompt prompt = prompt();
        DrillItem item = prompt.item();
        CounselorCoding coding = coder.code(List.of(Turn.client(item.client())), Turn.counselor(text));
        Category category = Categorizer.categorize(coding, null);
        String missing = missing(item, category, coding, text);
        if (missing == null && drill.skill() == DrillSkill.DOUBLE_SIDED_REFLECTION) {
            missing = DOUBLE_SIDED.problem(text, coder, item.exemplars());
        }
        boolean success = missing == null;
        Level before = level;
        index++;
        if (tracker.record(success)) {
            if (level.next() == null) {
                mastered = true;
            } else {
                level = level.next();
                index = 0;
                tracker = new MasteryTracker(drill.mastery(), List.of());
            }
        }
        Feedback feedback = new Feedback(FeedbackWriter.did(category, coding),
                success ? "That counts. " + successWhy(item, category, text) : missing,
                item.exemplars().get(0), FeedbackWriter.concerns(coding));
        DrillAttempt attempt = new DrillAttempt(attempts.size() + 1, before, item, text, coding, category, success,
                feedback, level, mastered);
        attempts.add(attempt);
        return attempt;
    }

    /**
     * Why a counted answer works: the author's why for the exemplar when the answer says what the exemplar says
     * (the why is about those words), else the general advice for what the answer did.
     */
    private static String successWhy(DrillItem item, Category category, String text) {
        return item.exemplars().stream().filter(e -> FeedbackWriter.saidWhatItIsAbout(e.text(), text))
                .map(e -> e.why()).findFirst()
                .orElseGet(() -> CategoryAdvice.why(category, org.changetalk.scenario.model.ClientTalk.NEUTRAL));
    }

    /** Why the answer does not count, or null when it does. */
    private static String missing(DrillItem item, Category category, CounselorCoding coding, String text) {
        if (!coding.flags().isEmpty()) {
            return "It raised a concern (" + Wire.name(coding.flags().get(0).kind()).replace('_', ' ')
                    + "), and an answer with a label or a push never counts.";
        }
        if (!item.accept().contains(category)) {
            return "This drill asks for " + item.accept().stream().map(Category::label).collect(Collectors.joining(" or "))
                    + "; this was coded as " + category.label() + ".";
        }
        List<String> words = Phrase.wordsOf(text);
        if (!item.requireAnyWords().isEmpty() && item.requireAnyWords().stream().noneMatch(p -> p.occursIn(words))) {
            return "It also needs one of: " + item.requireAnyWords().stream().map(p -> "'" + p + "'")
                    .collect(Collectors.joining(", ")) + ".";
        }
        return null;
    }
}

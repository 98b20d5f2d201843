package org.changetalk.studio;

import org.changetalk.account.User;
import org.changetalk.refusal.Refusal;
import org.changetalk.scenario.read.FolderFiles;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.read.ScenarioLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The studio's files. Published scenarios are {@code <id>.json} in the library's folder; drafts and every
 * saved version live under {@code <folder>/.studio/} (a folder the library does not read). Files are
 * written to a temporary file and moved into place atomically, so nobody ever reads half a file. Saves
 * are serialised (also between servers sharing the folder), so the stale check and the write happen as one step.
 */
public final class StudioStore implements ScenarioStore {
    public static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    /** Longer ids made file names the file system refused (a 500); no real scenario id comes close. */
    public static final int MAX_ID_LENGTH = 80;

    /**
     * Whether the studio may use {@code id} as a scenario's file name: kebab-case, not too long, and not ending
     * in "schema" (the library never lists {@code *schema.json}: that is where the format's schema lives, and
     * a save there would overwrite it or publish a scenario nobody can see).
     */
    public static boolean usableId(String id) {
        return id != null && id.length() <= MAX_ID_LENGTH && ID.matcher(id).matches() && !id.endsWith("schema");
    }

    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final ScenarioLibrary library;
    private final Clock clock;
    private final Path folder;
    private final Path drafts;
    private final Path versions;
    private final Path tmp;

    /** The text an editor works on: the draft when there is one, else the published file. */
    public record Current(String id, String text, String version, boolean draft, Instant updatedAt) {}

    public record VersionInfo(int number, String version, Instant savedAt, String savedById, String savedByName,
                              boolean draft, boolean valid) {}

    /** What a save did. {@code created}: there was no such scenario before. */
    public record Saved(String id, String version, boolean draft, boolean created, int number) {}

    /** The base version was not the current one: someone else saved in between. */
    public static final class StaleException extends RuntimeException {
        private final String current;

        public StaleException(String current) {
            super("stale", null, false, false);
            this.current = current;
        }

        public String current() {
            return current;
        }
    }

    public StudioStore(ScenarioLibrary library, Clock clock) {
        this.library = library;
        this.clock = clock;
        this.folder = library.folder();
        Path root = folder.resolve(".studio");
        this.drafts = root.resolve("drafts");
        this.versions = root.resolve("versions");
        this.tmp = root.resolve("tmp");
    }

    public static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every scenario id with a published file or a draft, sorted. */
    @Override
    public List<String> ids() {
        TreeSet<String> ids = new TreeSet<>();
        list(folder).stream().filter(ScenarioLoader::isScenarioFile).forEach(f -> ids.add(stem(f)));
        list(drafts).stream().filter(f -> f.getFileName().toString().endsWith(".json")).forEach(f -> ids.add(stem(f)));
        ids.removeIf(id -> !usableId(id));
        return List.copyOf(ids);
    }

    @Override
    public Optional<Current> current(String id) {
        Optional<Current> draft = read(drafts.resolve(id + ".json"), id, true);
        return draft.isPresent() ? draft : read(publishedFile(id), id, false);
    }

    /** The test plan beside the published file, if any. */
    @Override
    public Optional<String> plan(String id) {
        Path p = planFile(id);
        try {
            return FolderFiles.isFile(p) ? Optional.of(FolderFiles.readString(p)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Saves a text: as a draft (kept out of the library), or published into the library's folder, where the
     * running library picks it up at once. Every save is a new version; the first save of a file the studio
     * has not seen before keeps the old text as version 1.
     *
     * @param baseVersion the version the author started from; null for a new scenario
     * @throws StaleException when baseVersion is not the current version
     */
    @Override
    public Saved save(String id, String text, String baseVersion, boolean draft, boolean valid, User by) {
        if (!usableId(id)) {
            throw new IllegalArgumentException("not a usable scenario id: " + id);
        }
        return locked(() -> saveLocked(id, text, baseVersion, draft, valid, by));
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    /** One change at a time per folder: across stores in this JVM (a monitor) and across processes (a file lock). */
    private <T> T locked(Work<T> work) {
        synchronized (MONITORS.computeIfAbsent(folder.toAbsolutePath().normalize(), k -> new Object())) {
            try {
                Files.createDirectories(tmp);
                try (FileChannel channel = FileChannel.open(tmp.getParent().resolve("lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                    return work.run();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public Optional<String> published(String id) {
        return read(publishedFile(id), id, false).map(Current::text);
    }

    @Override
    public int savePlan(String id, String text, User by) {
        return locked(() -> {
            if (!FolderFiles.isFile(publishedFile(id))) {
                throw Refusal.notFound("'" + id + "' is not published: publish the scenario before saving its test plan.");
            }
            Path file = planFile(id);
            keepAsVersion(ScenarioStore.planKey(id), read(file, id, false));
            writeAtomically(file, text);
            library.reload(file);
            return addVersion(ScenarioStore.planKey(id), text, false, true, by, clock.instant());
        });
    }

    @Override
    public Deleted delete(String id, String baseVersion, User by) {
        return locked(() -> {
            Current current = checkedCurrent(id, baseVersion);
            keepEverything(id);
            Files.deleteIfExists(drafts.resolve(id + ".json"));
            Files.deleteIfExists(planFile(id));
            Files.deleteIfExists(publishedFile(id));
            library.reload(planFile(id));
            library.reload(publishedFile(id));
            return new Deleted(current.id(), lastNumber(id));
        });
    }

    @Override
    public Renamed rename(String from, String to, String baseVersion, User by, Uses uses) {
        if (!usableId(to)) {
            throw new IllegalArgumentException("not a usable scenario id: " + to);
        }
        return locked(() -> {
            Current current = checkedCurrent(from, baseVersion);
            if (current(to).isPresent() || FolderFiles.isFile(planFile(to))) {
                throw Refusal.conflict("'" + to + "' is already a scenario; choose another id.");
            }
            int kept = lastNumber(to) + lastNumber(ScenarioStore.planKey(to));
            if (kept > 0) {
                throw Refusal.conflict("'" + to + "' was used by a deleted scenario whose versions are kept; choose another id.");
            }
            keepEverything(from);
            Optional<Current> pub = read(publishedFile(from), from, false);
            Optional<Current> draft = read(drafts.resolve(from + ".json"), from, true);
            Optional<Current> plan = read(planFile(from), from, false);
            // the new files first, then the history, then the old files go: a crash half-way loses nothing
            String newPublished = null;
            if (pub.isPresent()) {
                newPublished = TopLevelText.replace(pub.get().text(), "id", to).orElseThrow(() -> Refusal.invalid(
                        "The published text of '" + from + "' has no top-level id to change."));
                writeAtomically(publishedFile(to), newPublished);
            }
            String newDraft = null;
            if (draft.isPresent()) {
                newDraft = TopLevelText.replace(draft.get().text(), "id", to).orElse(draft.get().text());
                Files.createDirectories(drafts);
                writeAtomically(drafts.resolve(to + ".json"), newDraft);
            }
            if (plan.isPresent()) {
                writeAtomically(planFile(to), TopLevelText.replace(plan.get().text(), "scenario", to).orElse(plan.get().text()));
            }
            moveHistory(from, to);
            moveHistory(ScenarioStore.planKey(from), ScenarioStore.planKey(to));
            // the sessions and drill places move in a database transaction of their own; if it fails, the new
            // files and the history go back, so the scenario and its uses are both as they were. Once it has
            // committed, what is left (the rename's version, the old files going) only tidies up: a crash from
            // here on leaves the sessions on the new id, where its files already are
            try {
                uses.moveCommitted(from, to);
            } catch (RuntimeException e) {
                undoNewFiles(from, to, pub.isPresent(), draft.isPresent(), plan.isPresent(), e);
                throw e;
            }
            boolean valid = meta(to, lastNumber(to)).map(VersionInfo::valid).orElse(true);
            String text = newDraft != null ? newDraft : newPublished;
            int number = addVersion(to, text, newDraft != null, valid, by, clock.instant());
            Files.deleteIfExists(drafts.resolve(from + ".json"));
            Files.deleteIfExists(planFile(from));
            Files.deleteIfExists(publishedFile(from));
            library.reload(publishedFile(from));
            library.reload(publishedFile(to));
            return new Renamed(from, to, hash(text), number);
        });
    }

    /** A rename whose sessions could not move: its new files go and its history moves back. */
    private void undoNewFiles(String from, String to, boolean published, boolean draft, boolean plan, RuntimeException cause) {
        try {
            moveHistory(ScenarioStore.planKey(to), ScenarioStore.planKey(from));
            moveHistory(to, from);
            if (plan) {
                Files.deleteIfExists(planFile(to));
            }
            if (draft) {
                Files.deleteIfExists(drafts.resolve(to + ".json"));
            }
            if (published) {
                Files.deleteIfExists(publishedFile(to));
            }
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** The current text, if it is still the one the author saw. */
    private Current checkedCurrent(String id, String baseVersion) {
        Current current = current(id).orElseThrow(() -> Refusal.notFound("No scenario '" + id + "'."));
        if (!Objects.equals(baseVersion, current.version())) {
            throw new StaleException(current.version());
        }
        return current;
    }

    /** Before files go or move: the published text, the draft and the plan are each kept as a version. */
    private void keepEverything(String id) throws IOException {
        keepAsVersion(id, read(publishedFile(id), id, false));
        keepAsVersion(id, read(drafts.resolve(id + ".json"), id, true));
        keepAsVersion(ScenarioStore.planKey(id), read(planFile(id), id, false));
    }

    private void keepAsVersion(String key, Optional<Current> text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        Current c = text.get();
        if (versions(key).stream().noneMatch(v -> v.version().equals(c.version()))) {
            addVersion(key, c.text(), c.draft(), true, null, c.updatedAt());
        }
    }

    private void moveHistory(String from, String to) throws IOException {
        Path dir = versions.resolve(from);
        if (Files.isDirectory(dir)) {
            move(dir, versions.resolve(to));
        }
    }

    private Path planFile(String id) {
        return folder.resolve(id + ".test.json");
    }

    private Saved saveLocked(String id, String text, String baseVersion, boolean draft, boolean valid, User by) {
        Optional<Current> current = current(id);
        String currentVersion = current.map(Current::version).orElse(null);
        if (!Objects.equals(baseVersion, currentVersion)) {
            throw new StaleException(currentVersion);
        }
        try {
            Files.createDirectories(tmp);
            if (current.isPresent() && lastNumber(id) == 0) {
                Current c = current.get();
                addVersion(id, c.text(), c.draft(), true, null, c.updatedAt());
            }
            Path draftFile = drafts.resolve(id + ".json");
            if (draft) {
                Files.createDirectories(drafts);
                writeAtomically(draftFile, text);
            } else {
                Path target = publishedFile(id);
                writeAtomically(target, text);
                Files.deleteIfExists(draftFile);
                library.reload(target); // at once, not when the watcher next wakes up
            }
            int number = addVersion(id, text, draft, valid, by, clock.instant());
            return new Saved(id, hash(text), draft, current.isEmpty(), number);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<VersionInfo> versions(String id) {
        Path dir = versions.resolve(id);
        List<VersionInfo> out = new ArrayList<>();
        for (Path f : list(dir)) {
            String name = f.getFileName().toString();
            if (name.endsWith(".properties")) {
                meta(id, Integer.parseInt(name.substring(0, name.indexOf('.')))).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingInt(VersionInfo::number).reversed());
        return out;
    }

    @Override
    public List<String> deleted() {
        List<String> current = ids();
        return versionKeys().stream().filter(StudioStore::usableId).filter(k -> !current.contains(k)).toList();
    }

    /** Every name with saved versions: scenarios (also deleted ones) and their plans ({@link ScenarioStore#planKey}). */
    List<String> versionKeys() {
        if (!Files.isDirectory(versions)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(versions)) {
            return s.filter(d -> Files.isDirectory(d, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(d -> d.getFileName().toString())
                    .filter(k -> usableId(k) || k.endsWith(".test") && usableId(k.substring(0, k.length() - ".test".length())))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<VersionInfo> meta(String id, int number) {
        Path p = versions.resolve(id).resolve(name(number) + ".properties");
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new VersionInfo(number, props.getProperty("version"), Instant.parse(props.getProperty("savedAt")),
                emptyToNull(props.getProperty("savedById", "")), emptyToNull(props.getProperty("savedByName", "")),
                Boolean.parseBoolean(props.getProperty("draft")), Boolean.parseBoolean(props.getProperty("valid"))));
    }

    @Override
    public Optional<String> versionText(String id, int number) {
        Path p = versions.resolve(id).resolve(name(number) + ".json");
        try {
            return FolderFiles.isFile(p) ? Optional.of(FolderFiles.readString(p)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int addVersion(String id, String text, boolean draft, boolean valid, User by, Instant at) throws IOException {
        Path dir = Files.createDirectories(versions.resolve(id));
        int number = lastNumber(id) + 1;
        writeAtomically(dir.resolve(name(number) + ".json"), text);
        Properties props = new Properties();
        props.setProperty("version", hash(text));
        props.setProperty("savedAt", at.toString());
        props.setProperty("savedById", by == null ? "" : by.id());
        props.setProperty("savedByName", by == null ? "" : by.username());
        props.setProperty("draft", Boolean.toString(draft));
        props.setProperty("valid", Boolean.toString(valid));
        Path meta = tmp.resolve(UUID.randomUUID() + ".tmp");
        try (Writer w = Files.newBufferedWriter(meta, StandardCharsets.UTF_8)) {
            props.store(w, null);
        }
        move(meta, dir.resolve(name(number) + ".properties"));
        return number;
    }

    private int lastNumber(String id) {
        return list(versions.resolve(id)).stream().map(f -> f.getFileName().toString())
                .filter(n -> n.endsWith(".properties")).mapToInt(n -> Integer.parseInt(n.substring(0, n.indexOf('.'))))
                .max().orElse(0);
    }

    /** Writes beside nothing the library reads (the temp file does not end in .json), then moves it into place. */
    private void writeAtomically(Path target, String text) throws IOException {
        Files.createDirectories(tmp);
        Path t = tmp.resolve(UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(t, text, StandardCharsets.UTF_8);
            move(t, target);
        } finally {
            Files.deleteIfExists(t);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path publishedFile(String id) {
        return folder.resolve(id + ".json");
    }

    private static Optional<Current> read(Path file, String id, boolean draft) {
        if (Files.isSymbolicLink(file)) {
            return Optional.empty(); // never read through a link (FolderFiles)
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return Optional.of(new Current(id, text, hash(text), draft, Files.getLastModifiedTime(file).toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // not UTF-8 or unreadable: show what can be read, so the author can fix it
            try {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                return Optional.of(new Current(id, text, hash(text), draft, Files.getLastModifiedTime(file).toInstant()));
            } catch (IOException again) {
                return Optional.empty();
            }
        }
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(FolderFiles::isFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String stem(Path f) {
        String n = f.getFileName().toString();
        return n.substring(0, n.length() - ".json".length());
    }

    private static String name(int number) {
        return String.format("%06d", number);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

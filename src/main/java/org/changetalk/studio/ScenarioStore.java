package org.changetalk.studio;

import org.changetalk.account.User;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Where the studio keeps scenarios, their drafts and every saved version: the library's folder
 * ({@link StudioStore}, the single-instance default) or the database that several instances share
 * ({@link DatabaseStudioStore}). The studio's routes know only this.
 */
public interface ScenarioStore {
    /** Every scenario id with a published text or a draft, sorted. */
    List<String> ids();

    /** The text an editor works on: the draft when there is one, else the published text. */
    Optional<StudioStore.Current> current(String id);

    /** The published test plan of a scenario, if any. */
    Optional<String> plan(String id);

    /**
     * Saves a text as a draft or publishes it into the library (every instance picks it up). Every save is a
     * new version.
     *
     * @param baseVersion the version the author started from; null for a new scenario
     * @throws StudioStore.StaleException when baseVersion is not the current version
     */
    StudioStore.Saved save(String id, String text, String baseVersion, boolean draft, boolean valid, User by);

    /** Saved versions, newest first. */
    List<StudioStore.VersionInfo> versions(String id);

    Optional<StudioStore.VersionInfo> meta(String id, int number);

    Optional<String> versionText(String id, int number);

    /** The published text of a scenario (what the library plays and checks its test plan against), if any. */
    Optional<String> published(String id);

    /**
     * Saves a scenario's test plan beside its published text, where the library reads it; every saved plan is
     * also kept as a version under {@link #planKey}. The caller has checked the plan against the published text.
     *
     * @throws org.changetalk.refusal.Refusal.NotFound when the scenario is not published
     */
    int savePlan(String id, String text, User by);

    /**
     * Takes a scenario out of the library: its published text, draft and test plan. Every version stays (each
     * text that was not yet a version becomes one first), so it can be brought back by saving a version under
     * the same id, and sessions that were practised on it keep their transcripts.
     *
     * @param baseVersion the version the author looked at when asking; a newer save makes the delete stale
     * @throws org.changetalk.refusal.Refusal.NotFound when there is no such scenario
     * @throws StudioStore.StaleException when someone saved it since
     */
    Deleted delete(String id, String baseVersion, User by);

    /**
     * Gives a scenario a new id: its published text, draft and test plan move to the new name with the id
     * inside them changed (nothing else in the text is touched), its versions move with it, and so does what
     * else names it ({@code uses}: sessions, drill places) in the same step: either all of it moves or, on a
     * failure, none of it.
     *
     * @throws org.changetalk.refusal.Refusal.NotFound when there is no scenario {@code from}
     * @throws org.changetalk.refusal.Refusal.Conflict when {@code to} is in use, now or by a deleted scenario's versions
     * @throws StudioStore.StaleException when someone saved {@code from} since {@code baseVersion}
     */
    Renamed rename(String from, String to, String baseVersion, User by, Uses uses);

    /** What else names a scenario by its id, moved by a rename (see {@code storage.ScenarioReferences}). */
    interface Uses {
        /** Moves them on the rename's own connection, inside its transaction (the database store). */
        void move(Connection c, String from, String to) throws SQLException;

        /** Moves them in a transaction of their own and commits it (the folder store, whose files are no transaction). */
        void moveCommitted(String from, String to);
    }

    /** Ids of deleted scenarios: kept versions, and no published text or draft any more. Sorted. */
    List<String> deleted();

    /** What a delete did: the versions it kept. */
    record Deleted(String id, int versionsKept) {}

    /** What a rename did: the new id's current version, and the number of the version that records the rename. */
    record Renamed(String from, String to, String version, int number) {}

    /** Where a scenario's test-plan versions are kept: never a scenario id (ids have no dot). */
    static String planKey(String id) {
        return id + ".test";
    }
}

package org.changetalk.studio;

import org.changetalk.account.User;

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
}

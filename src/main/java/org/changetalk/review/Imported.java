package org.changetalk.review;

/** A transcript just imported as a finished session: its id, title and number of counselor turns. */
public record Imported(String id, String title, int turns) {}

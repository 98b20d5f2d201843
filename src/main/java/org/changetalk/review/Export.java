package org.changetalk.review;

/** A file to take away: its media type, a name to save it under, and its text. */
public record Export(String contentType, String fileName, String body) {}

package org.changetalk.session;

/** Who the client was, as a session shows it: the scenario may change or go, the session keeps this. */
public record PersonaBrief(String name, int age, String pronouns) {}

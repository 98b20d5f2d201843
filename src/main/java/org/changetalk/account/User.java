package org.changetalk.account;

/** An account. {@code managerId} is the instructor who created or invited a trainee (null otherwise). */
public record User(String id, String username, String displayName, Role role, String managerId) {}

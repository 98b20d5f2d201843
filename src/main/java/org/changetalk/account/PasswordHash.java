package org.changetalk.account;

/** A stored password: the algorithm and its cost, so old hashes keep verifying after the defaults change. */
public record PasswordHash(String algorithm, int iterations, String salt, String hash) {}

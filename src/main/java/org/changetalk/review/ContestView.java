package org.changetalk.review;

import org.changetalk.account.User;
import org.changetalk.storage.ContestRepository.Contest;

/**
 * A contest with what its reader needs beside it: the session's title, the contested response (null if the
 * turn is gone), who contested it and who settled it (null if unknown or not settled).
 */
public record ContestView(Contest contest, String sessionTitle, String trainee, User by, User settledBy) {}

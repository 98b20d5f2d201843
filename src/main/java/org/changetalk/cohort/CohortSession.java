package org.changetalk.cohort;

import org.changetalk.account.User;
import org.changetalk.coding.SessionSummary;
import org.changetalk.session.SessionInfo;

/** A finished session in a cohort's list: whose it is (null if the account is gone), whether shared, its scores. */
public record CohortSession(SessionInfo info, User owner, boolean shared, SessionSummary summary) {}

package org.changetalk.cohort;

import org.changetalk.account.User;

import java.util.List;

/**
 * A cohort as the caller may see it: the join code only for its instructors ({@code instructor} true), the
 * people in it, and who sees which sessions, in words the cohort page shows.
 */
public record CohortView(String id, String name, long createdAt, boolean instructor, String inviteCode,
                         List<User> instructors, List<User> members, String visibility) {
    public CohortView {
        instructors = List.copyOf(instructors);
        members = List.copyOf(members);
    }
}

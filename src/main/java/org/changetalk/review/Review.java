package org.changetalk.review;

import org.changetalk.account.User;
import org.changetalk.session.Scored;
import org.changetalk.session.SessionInfo;

import java.util.List;

/**
 * A finished session under review: whose it is (null if the account is gone), what the caller may do, each
 * turn with both codings, the scores as {@code scored} counted them (automatic codes or with recodes), and the
 * comments.
 */
public record Review(SessionInfo session, User owner, Scored scored, boolean canRecode, boolean canComment,
                     List<ReviewTurn> turns, List<CommentView> comments) {
    public Review {
        turns = List.copyOf(turns);
        comments = List.copyOf(comments);
    }
}

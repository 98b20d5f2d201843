package org.changetalk.review;

import org.changetalk.account.User;
import org.changetalk.storage.ReviewRepository.Comment;

/** A comment and its author (null if the account is gone). */
public record CommentView(Comment comment, User author) {}

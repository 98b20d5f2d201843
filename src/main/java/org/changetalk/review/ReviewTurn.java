package org.changetalk.review;

import org.changetalk.account.User;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.session.Recode;
import org.changetalk.session.SessionTurn;

/**
 * A turn as a reviewer sees it: the automatic coding (in {@code turn}), its review (null when unreviewed;
 * {@code by} is the reviewer, null if the account is gone) and, when recoded, the human coding.
 */
public record ReviewTurn(SessionTurn turn, Recode recode, User by, CounselorCoding human) {
    public String status() {
        return recode == null ? "unreviewed" : recode.agrees() ? "agreed" : "recoded";
    }
}

package org.changetalk.practice;

import org.changetalk.coding.CounselorCoding;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.DrillItem;
import org.changetalk.scenario.model.Level;
import org.changetalk.session.Feedback;

/** One answer in a drill: what was asked, how it was coded, whether it counted and why, and the level after it. */
public record DrillAttempt(int number, Level level, DrillItem item, String response, CounselorCoding coding,
                           Category category, boolean success, Feedback feedback, Level levelAfter, boolean mastered) {}

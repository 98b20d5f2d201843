package org.changetalk.practice;

import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Turn;

import java.util.List;

/**
 * Codes one trainee response given the conversation before it (oldest first). Production binding:
 * {@code new Coder()::codeCounselor}; tests pass a fake so the engine is tested apart from the coder's accuracy.
 */
@FunctionalInterface
public interface ResponseCoder {
    CounselorCoding code(List<Turn> history, Turn response);
}

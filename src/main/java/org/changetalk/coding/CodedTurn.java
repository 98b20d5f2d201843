package org.changetalk.coding;

/** A turn and what the coder made of it. */
public sealed interface CodedTurn permits CounselorCoding, ClientCoding {
    Turn turn();
}

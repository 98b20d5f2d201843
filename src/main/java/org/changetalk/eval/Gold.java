package org.changetalk.eval;

/** The human label of an item's labelled turn. */
sealed interface Gold permits CounselorGold, ClientGold {}

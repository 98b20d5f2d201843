package org.changetalk.transcript;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Turn;

/**
 * A turn as read from the input: where it started, its conversation, the turn itself, and every field the
 * input gave (in input order) so the output can carry them through. Treat {@code fields} as read-only.
 */
public record InputTurn(long line, String conversation, Turn turn, ObjectNode fields) {}

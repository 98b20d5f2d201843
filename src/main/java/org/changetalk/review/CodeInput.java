package org.changetalk.review;

/**
 * One code as a reviewer sent it, before it is checked: {@code code} null when missing or not text,
 * {@code question} "" when missing. {@link ReviewService} checks and normalises it.
 */
public record CodeInput(String code, String question) {}

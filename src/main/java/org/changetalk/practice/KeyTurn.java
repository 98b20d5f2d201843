package org.changetalk.practice;

/** A turn that won ({@code won}) or lost the client, with what moved and why, for the report. */
public record KeyTurn(int number, boolean won, String trainee, String why) {}

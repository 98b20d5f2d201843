package org.changetalk.scenario.plan;

/** What kind of trainee a test-plan path plays. */
public enum PathStyle { MI_CONSISTENT, CONFRONTATIONAL, MIXED }

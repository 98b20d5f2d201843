package org.changetalk.coding;

/** Harm-reduction concerns noted beside the MITI codes. */
public enum FlagKind {
    /** "addict", "junkie", "clean/dirty" and other words that stigmatise people who use drugs. */
    STIGMATIZING_LABEL,
    /** Abstinence presented as the only acceptable goal; in harm reduction the client sets the goal. */
    ABSTINENCE_ONLY,
    /** Fixing, warning, arguing for change: the counselor takes the change side of the client's ambivalence. */
    RIGHTING_REFLEX,
    /** Naming what the client "is" ("you're in denial", "you're an alcoholic"). */
    LABELLING
}

package org.changetalk.coding;

/** MITI 4.2.1 counselor behaviour codes, plus NO_CODE for talk MITI leaves uncoded. */
public enum Code {
    GIVING_INFORMATION,
    PERSUADE,
    PERSUADE_WITH_PERMISSION,
    QUESTION,
    SIMPLE_REFLECTION,
    COMPLEX_REFLECTION,
    AFFIRM,
    SEEKING_COLLABORATION,
    EMPHASIZE_AUTONOMY,
    CONFRONT,
    NO_CODE;

    public boolean isReflection() {
        return this == SIMPLE_REFLECTION || this == COMPLEX_REFLECTION;
    }

    /** MITI's "MI-adherent" total: Seeking Collaboration, Affirm, Emphasizing Autonomy. */
    public boolean isMiAdherent() {
        return this == SEEKING_COLLABORATION || this == AFFIRM || this == EMPHASIZE_AUTONOMY;
    }

    /** MITI's "MI non-adherent" total: Confront and Persuade (with permission is not non-adherent). */
    public boolean isMiNonAdherent() {
        return this == CONFRONT || this == PERSUADE;
    }
}

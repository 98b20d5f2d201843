package org.changetalk.coding;

/**
 * The phrase families of the lexicon ({@code lexicon.txt}); each section there is named after one of these.
 * A cue is evidence, not a verdict: the rules weigh cues against each other and against the context.
 */
enum Cue {
    FILLER_PHRASE, STRUCTURING, AUTONOMY, PERMISSION_ASK, AUTONOMY_NOD, ADVICE_REQUESTED, COLLABORATION,
    AFFIRM, CONFRONT, PERSUADE, ADVICE_SOFT, INFORMATION, INDIRECT_QUESTION, REFLECTION_STEM, DOUBLE_SIDED, SUMMARY,
    CHECK_TAG, STIGMA, ABSTINENCE_ONLY, FIXING, LABELLING,
    // a conclusion the counselor draws from what the client said ("no wonder you're tired"): meaning added
    INFERENCE,
    // simple or complex (ReflectionDepthRules): an image, a plain comparison that is not one, the client's next clause, values
    METAPHOR, LIKENESS, CONTINUATION, VALUE,
    // greetings, thanks, condolences and generic praise; the counselor's offers and plans; warnings of consequences;
    // idioms and reflected phrases that look like a punishing cue but are not one ("lying awake", "you must have been scared")
    PLEASANTRY, OFFER, WARNING, SHIELD, HARM_REDUCTION,
    // the counselor owning their own mistake anywhere in the sentence ("You're right, I misunderstood you")
    REPAIR,
    // client language
    CT_DESIRE, CT_ABILITY, CT_REASON, CT_NEED, CT_COMMITMENT, CT_ACTIVATION, CT_TAKING_STEPS,
    ST_DESIRE, ST_ABILITY, ST_REASON, ST_NEED, ST_COMMITMENT, ST_ACTIVATION, ST_TAKING_STEPS,
    // sustain talk told by its shape, with no trigger word (others as the yardstick, change put off, a try that failed)
    ST_SHAPE,
    ASKS_BENEFITS, ASKS_CONCERNS,
    // a question about how a step toward change went ("how did the walking go?"): its answer reports progress or its lack
    ASKS_PROGRESS,
    // how a client reply opens: agreeing with or turning down what the counselor just said or asked
    REPLY_AGREE, REPLY_DISAGREE
}

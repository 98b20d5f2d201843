package org.changetalk.coding;

/**
 * Every rule of the counselor coder, by the name it leaves in the evidence ({@link Evidence#rule()}), the
 * confidence table ({@code confidence.txt}) and the {@code rule:NAME} expectations of the case files. Listed in the
 * order {@link SentenceRules#code} tries them (the most specific first), then the turn-level rules of
 * {@link CounselorCoder}. A reflection's evidence adds its depth rule after a slash ("echo/rephrase").
 */
enum RuleId {
    // ---- sentence rules, in the order they are tried
    FILLER("filler", "fillers, backchannels and names: no code"),
    ASKS_PERMISSION("asks-permission", "asking permission to share: Seeking Collaboration"),
    STRUCTURING("structuring", "organising the session: no code"),
    CONTRADICTS_CLIENT("contradicts-client", "a plain negation of what the client just asserted: Confront"),
    DENIES_CLIENT_CLAIM("denies-client-claim", "the client's own word as the subject of a denied claim ('Safer isn't the same as safe'): Confront"),
    CONFRONT("confront", "confrontation, labelling, sarcasm, rhetorical challenge cues: Confront"),
    BLAMES_CLIENT("blames-client", "a setback told as the client's own doing ('the slot you wasted', 'you took advantage of that'): Confront"),
    REVERSES_CLIENT("reverses-client", "a verdict the client just denied ('not a big deal') asserted plainly ('Three DUIs is a big deal'): Confront"),
    COUNTER_CLAIM("counter-claim", "the counselor's view set against the client's with a closing 'though' or a '…, not better' correction: Confront"),
    VERDICT_ON_USE("verdict-on-use", "a verdict on the amount the client just reported ('six beers a night' — 'That's too much.'): Confront"),
    OTHERS_MANAGE("others-manage", "others who manage what the client just said they cannot ('Plenty of people work nights and still manage a proper meal'): Confront"),
    MORALISES("moralises", "what a good parent does or what the kids deserve, held up to the client ('A good mom wouldn't…', 'Children deserve…'): Confront"),
    // coder23 (round 13): MI-inconsistent talk caught by what the sentence does
    PUSHED_RULER("pushed-ruler", "a ruler's number pushed, not asked: a norm or floor on it ('It should be a ten', 'Anything under eight would worry me'): Persuade; a verdict on the client's number ('Four isn't good enough'): Confront"),
    THIRD_PARTY_WARNING("third-party-warning", "what someone in the client's life or an authority will do, foretold as a cost ('Your wife won't put up with this forever', 'The judge won't see it that way'): Persuade (MISC: warn)"),
    COST_FORETOLD("cost-foretold", "what the client's behaviour could cost them or someone, foretold ('That could cost you your registration', 'Another fall could land you in a care home'): Persuade (MISC: warn)"),
    PINNED_CONSEQUENCE("pinned-consequence", "a setback handed back as the price of the client's act ('That's what happens when you drive after drinking', 'You brought that on yourself'): Confront"),
    ARGUED_PLAN("argued-plan", "the client's claim overruled after 'but' or its worth denied ('You say it helps, but really it's just numbing you', 'Your job isn't worth your recovery'): Confront, or Persuade when the worth is denied"),
    DIRECT_ORDER("direct-order", "an order whose verb also invites ('Go home and tell her', 'Tell your prescriber today') or the counselor's will as a task ('I expect you to phone', 'Your homework is to…'): Persuade"),
    LABEL_GIVEN("label-given", "a label said as a description ('you're a functioning alcoholic', 'that's addiction, plain and simple', 'you're the guy who…'): Confront"),
    IRONIC_PRAISE("ironic-praise", "sarcasm: mock agreement with praise or the client's minimiser ('Sure, because that's gone so well'): Confront"),
    UNFINISHED("unfinished", "a sentence that breaks off: no code"),
    AUTONOMY_BUT_WARNING("autonomy-but-warning", "the choice named, then a warning or directive after 'but': Persuade"),
    ADVICE_WITH_AUTONOMY("advice-with-autonomy", "advice beside a nod to the client's choice: Persuade with Permission"),
    AUTONOMY("autonomy", "choice and control with the client: Emphasizing Autonomy"),
    PLEASANTRY("pleasantry", "greetings, thanks, condolences, generic praise: no code"),
    COUNSELOR_REPAIR("counselor-repair", "the counselor owning a wrong reflection or a jump ahead ('Sorry, I put words in your mouth'): no code"),
    CHALLENGING_QUESTION("challenging-question", "a question whose expected answer is a verdict on the client ('What did you think would happen?', 'Why would you care…', 'Does it really…', 'Is she, though?'): Confront"),
    LEADING_QUESTION("leading-question", "a question opened by a negative auxiliary: Persuade"),
    LEADING_TAG("leading-tag", "a statement of the counselor's own closed by a negative tag ('…, don't they?'): Persuade"),
    SUGGESTION_THEN_CHECK("suggestion-then-check", "a soft suggestion closed by a question that checks it ('Some people find a pill box helps, would that fit?'): Persuade, with permission when nodded to"),
    DOUBT_TAG("doubt-tag", "the client's account denied with a word of doubt and a positive tag ('You don't really believe that, do you?'): Confront"),
    COLLABORATION_QUESTION("collaboration-question", "asking the client to steer the session, or consent to the counselor's next step: Seeking Collaboration"),
    REFLECTION_WITH_CHECK("reflection-with-check", "a restatement with a check tag: reflection"),
    REFLECTION_RISING_TONE("reflection-rising-tone", "a restatement said as a question: reflection"),
    CONFIRM_QUESTION("confirm-question", "asking to confirm a fact: closed question"),
    OPEN_QUESTION("open-question", "an open question"),
    CLOSED_QUESTION("closed-question", "a closed question"),
    OPEN_CHOICE("open-choice", "a verb with a free-choice object ('take whichever chair you like', 'start wherever'): no code for the setting, else Emphasizing Autonomy"),
    OBLIGATION_DENIED("obligation-denied", "an advice cue whose obligation is denied ('nothing has to change today'): Emphasizing Autonomy"),
    ADVICE_WITHOUT_PERMISSION("advice-without-permission", "advice or warning cues, unasked: Persuade"),
    ADVICE_WITH_PERMISSION("advice-with-permission", "advice the client asked for or allowed: Persuade with Permission"),
    IMPERATIVE_AFTER_CLAUSE("imperative-after-clause", "an imperative after an if/when clause: Persuade"),
    IMPERATIVE_AFTER_PHRASE("imperative-after-phrase", "an imperative after a short fronted phrase ('First thing, cancel the cards'): Persuade"),
    YOU_COULD("you-could", "'you could' and a verb of action opening a statement: a step proposed, Persuade"),
    YOU_DIRECTIVE("you-directive", "a time word, 'you' and a bare verb of action ('Tonight, you take the controller…'): Persuade"),
    IN_THEIR_SHOES("in-their-shoes", "'I'd' and a verb of action: what the counselor would do in the client's place, Persuade"),
    RECOMMENDED_STEP("recommended-step", "a step as the subject and what it would do for the client ('A walk after dinner would help'): Persuade"),
    OTHERS_FAIL("others-fail", "people who do what the client plans, and how they end up, told unasked ('Most people who stop on their own are back at it'): Persuade"),
    AFFIRM_IN_REFLECTION("affirm-in-reflection", "a strength or effort held together with what the client feels ('you're doing the work and not seeing it pay off'): complex reflection"),
    AFFIRM("affirm", "a named strength, effort or value: Affirm"),
    AFFIRMS_AGENCY("affirms-agency", "the client's act told back as their own doing, judged well, or the client as a kind of person: Affirm"),
    COLLABORATION("collaboration", "an invitation to work together: Seeking Collaboration"),
    SUMMARY("summary", "a summary: complex reflection"),
    DOUBLE_SIDED("double-sided", "both sides of the ambivalence: complex reflection"),
    OFFER_OR_PLAN("offer-or-plan", "the counselor's offer or plan: Giving Information"),
    TRAJECTORY_WARNING("trajectory-warning", "how it goes for people who do what the client does, told unasked ('Drinking alone is usually where it stops being fun', 'People who stop on their own end up in the stroke ward'): Persuade (MISC: warn)"),
    RISK_RAISED("risk-raised", "a risk to the client the client never named, raised unasked: Persuade (MISC: raise concern, warn)"),
    FORETOLD_OUTCOME("foretold-outcome", "a bad outcome foretold for the client with no condition ('you're going to end up in court'): Persuade (MISC: warn)"),
    CONDITIONAL_CONSEQUENCE("conditional-consequence", "a conditional prediction about the client: Persuade"),
    INFORMATION("information", "information cues: Giving Information"),
    ANSWERS_CLIENT_QUESTION("answers-client-question", "a statement answering the client's question: Giving Information"),
    GENERAL_FACT("general-fact", "how things work in general (an activity, a body or people, and what can or usually happens): Giving Information"),
    WORLD_FACT("world-fact", "a third-person statement in the present whose words after the subject are the counselor's, not the client's ('Beer gets people just as drunk as whiskey does'): Giving Information"),
    FACT_FROM_RECORD("fact-from-record", "a record word or figure about the client that the client did not say ('you've had two positive tests this month'): Giving Information"),
    ADDS_STANCE("adds-stance", "a would-be reflection that adds a verdict, norm or prediction the client did not voice ('Stress is just the excuse…', 'You'll end up needing it'): Confront or Persuade"),
    REFLECTION_OPENER("reflection-opener", "a reflection opener: reflection"),
    ECHO("echo", "mostly the client's own words: reflection"),
    REFLECTION_PHRASE("reflection-phrase", "a reflection phrase addressed to the client: reflection"),
    ANNOUNCES_NEXT_STEP("announces-next-step", "what will happen next: Giving Information"),
    FIGURES("figures", "figures the client did not give: Giving Information"),
    SELF_DISCLOSURE("self-disclosure", "the counselor's own experience: Giving Information"),
    COUNSELOR_ASIDE("counselor-aside", "a short aside about the counselor: no code"),
    GENERAL_STATEMENT("general-statement", "a general statement not about the client: Giving Information"),
    // round 12 (coder21): reflection as a positive decision
    NO_REFLECTION_EVIDENCE("no-reflection-evidence", "a plain statement of 8 words or more with no sign of reflecting (no 'you', feeling, 'so…', meaning sign or client's word): Giving Information"),
    // round 13 (coder24): a statement about something the client never named
    NEW_SUBJECT("new-subject", "a plain statement whose subject is something the client never named, with no 'you', feeling or image: Giving Information"),
    STATEMENT_ABOUT_CLIENT("statement-about-client", "a statement taking up the client's words or feelings: reflection"),
    NOTHING_TO_REFLECT("nothing-to-reflect", "a statement with nothing to reflect: Giving Information"),
    NOT_FROM_CLIENT("not-from-client", "a short statement not from the client: no code"),
    NO_BEHAVIOUR("no-behaviour", "nothing codable: no code"),
    // ---- turn-level rules (CounselorCoder)
    REFLECTION_CHECK("reflection-check", "\"…is that right?\" after a reflection checks it: no code"),
    CONTINUES_INFORMATION("continues-information", "a plain statement continuing information: Giving Information"),
    INPUT_VOLLEY("input-volley", "a volley that informs, advises or confronts beside statements about the client: coded by its input"),
    YES_BUT("yes-but", "an acknowledgement, then 'but' and the counselor's own statement: Persuade"),
    NO_WORDS("no-words", "a turn with no words: no code");

    private final String id;
    private final String summary;

    RuleId(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    /** The name in the evidence, the confidence table and the case files. */
    String id() {
        return id;
    }

    /** One line on what the rule decides, for the docs and test messages. */
    String summary() {
        return summary;
    }

    /** The rule an evidence rule string starts with ("echo/rephrase" → ECHO), or null for a name no rule has. */
    static RuleId of(String evidenceRule) {
        int slash = evidenceRule.indexOf('/');
        return BY_ID.get(slash < 0 ? evidenceRule : evidenceRule.substring(0, slash));
    }

    /** Read-only after class initialisation (called per reflection sentence, so a map, not a scan). */
    private static final java.util.Map<String, RuleId> BY_ID;

    static {
        java.util.Map<String, RuleId> m = new java.util.HashMap<>();
        for (RuleId r : values()) m.put(r.id, r);
        BY_ID = java.util.Map.copyOf(m);
    }
}

package org.changetalk.practice;

import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.ClientTalk;

/** The general "why" for a category when the beat has no pitfall or exemplar of its own for it. */
final class CategoryAdvice {
    private CategoryAdvice() {
    }

    static String why(Category category, ClientTalk talk) {
        return switch (category) {
            case COMPLEX_REFLECTION -> switch (talk) {
                case CHANGE -> "Reflecting change talk with added meaning invites the client to say more about why they might change.";
                case SUSTAIN -> "Reflecting sustain talk shows you understand what the behaviour gives them, which softens it without an argument.";
                case DISCORD -> "Reflecting the feeling behind the discord shows you heard the frustration, and the tension drops.";
                case NEUTRAL -> "A complex reflection goes a step beyond the words and shows you are following closely.";
            };
            case SIMPLE_REFLECTION -> "A simple reflection shows you are listening; adding meaning or feeling (a complex reflection) would move things further.";
            case OPEN_QUESTION -> talk == ClientTalk.DISCORD
                    ? "Questions during discord can feel like an interrogation; a reflection of the frustration first usually lands better."
                    : "An open question invites the client to tell it in their own words.";
            case CLOSED_QUESTION -> "A closed question gets a short answer and keeps you in charge; a reflection or an open question would draw the client out.";
            case AFFIRM -> "Affirming a genuine strength or effort builds confidence and the working relationship.";
            case AUTONOMY -> "Saying the choice is theirs lowers resistance: people argue less about what they are free to decide.";
            case COLLABORATION -> "Asking for their ideas or permission shares power and keeps them in the conversation.";
            case INFORMATION_WITH_PERMISSION -> "Information offered after asking, and left for the client to weigh, informs without pushing.";
            case INFORMATION -> "Information the client did not ask for can sound like a verdict; asking first (\"Would it be okay if I shared something?\") makes it easier to hear.";
            case PERSUADE_WITH_PERMISSION -> "Advice with permission respects their autonomy, but it is still your idea; drawing out theirs first works better.";
            case PERSUADE -> talk == ClientTalk.SUSTAIN
                    ? "Arguing against sustain talk strengthens it: the client defends the status quo harder."
                    : "Advising, warning or arguing without permission takes the change side of their ambivalence, so the client defends the other side.";
            case CONFRONT -> "Confronting, labelling or shaming puts the client on the defensive: discord rises and change talk stops.";
            case OTHER -> "This did not move the conversation either way; a reflection or an open question would keep it going.";
        };
    }
}

"""coder22 (round 12, issue 9): typed trainee responses for MI-inconsistent talk without trigger words and kind turns
that must never be punished. Written from the MITI 4.2.1 definitions, not from any corpus. Each item is a list of
context turns (speaker, text), the labelled counselor turn and its primary code, and, for a turn of several
sentences, the code of each (NO_CODE left out of the gold list, as gold-set.md asks). Run: python3 items.py SPLIT OUT
where SPLIT is 'check' (written first, played only at the end) or 'tune'."""
import json, sys

C, K = 'client', 'counselor'
ASK = [(C, "Honestly I don't know what to do about the drinking anymore."),
       (K, "There are a few things other people in your spot have tried. Would it help if I went through them?")]

CHECK = [
    # ---- MI-inconsistent: warnings conditioned on behaviour, no 'if you keep'
    ("warn", [(C, "I only smoke weed on weekends now, it helps me unwind after the week.")],
     "Weekends turn into weeknights pretty fast for people who unwind that way.", "PERSUADE"),
    ("warn", [(C, "I've been skipping my insulin when I'm eating out with friends.")],
     "Skip it often enough and you'll be the one they visit in hospital.", "PERSUADE"),
    ("warn", [(C, "My boss doesn't care if I'm a bit hungover as long as the orders go out.")],
     "He'll care the day an order goes to the wrong address because of it.", "PERSUADE"),
    ("warn", [(C, "I play the slots maybe three nights a week, it's my bit of fun.")],
     "That's exactly how the people who lose their houses started out.", "PERSUADE"),
    # ---- rhetorical / challenging questions
    ("rhetorical", [(C, "I drove home after a couple of beers, but I felt totally fine.")],
     "And what do you suppose the other driver would have said about fine?", "CONFRONT"),
    ("rhetorical", [(C, "I missed my kid's recital because I was at the casino.")],
     "How do you think she felt looking for you in the audience?", "CONFRONT"),
    ("rhetorical", [(C, "I don't think the pills are a problem, I take them like the doctor said, mostly.")],
     "Mostly is doing a lot of work there, isn't it?", "CONFRONT"),
    ("rhetorical", [(C, "I'll cut back when things calm down at work.")],
     "When exactly has work ever calmed down for you?", "CONFRONT"),
    # ---- opinion dressed as fact about the client / labels
    ("opinion", [(C, "I just like a glass or three of wine to take the edge off.")],
     "You're using it to avoid feeling anything at all.", "CONFRONT"),
    ("label", [(C, "I vape all day, even in the shower nearly.")],
     "That's a full-blown nicotine addict talking.", "CONFRONT"),
    # ---- sarcasm, moralising, directing
    ("sarcasm", [(C, "I only had one drink before the meeting.")],
     "Sure, one. Like last time.", "CONFRONT", ['CONFRONT', 'CONFRONT']),
    ("moral", [(C, "The kids were asleep when I went out to use, so they didn't know.")],
     "Kids that age need a parent who is actually there at night.", "CONFRONT"),
    ("direct", [(C, "I don't really know where to start with the gambling.")],
     "Start by handing your bank card to your sister tonight.", "PERSUADE"),
    ("direct", [(C, "I guess I could think about the meetings.")],
     "What you're going to do is ring them first thing Monday.", "PERSUADE"),
    # ---- MI-consistent: greetings and structuring
    ("greet", [(C, "Hi. Sorry I'm a bit late, the bus was a nightmare.")],
     "No trouble at all, sit wherever feels comfortable. What brings you in today?", "QUESTION", ['NO_CODE', 'QUESTION']),
    ("greet", [(C, "So, um, I'm here.")],
     "Good to meet you. We have about forty minutes today.", "NO_CODE"),
    # ---- two-sided summaries
    ("summary", [(C, "I like the buzz, but I hate how foggy I am the next morning, and my partner's fed up.")],
     "Let me see if I've got it. The buzz is something you enjoy and don't want to lose, and the foggy mornings and your partner's frustration are wearing on you. Did I leave anything out?", "COMPLEX_REFLECTION", ['COMPLEX_REFLECTION', 'COMPLEX_REFLECTION', 'QUESTION']),
    ("summary", [(C, "Gaming is how I relax, I'm not giving it up, but my grades are tanking and my dad won't stop yelling.")],
     "So there are two things going on. Gaming is your way to relax and you won't drop it, and at the same time the grades and your dad's yelling are weighing on you.", "COMPLEX_REFLECTION", ['COMPLEX_REFLECTION', 'COMPLEX_REFLECTION']),
    # ---- information after permission (client's reply not a plain yes)
    ("permitted-info", ASK + [(C, "I mean, I'll listen, I don't promise anything.")],
     "Some people set a drink limit before they go out and tell a friend the number. Others alternate with water. Which of those, if either, sounds like you?", "PERSUADE_WITH_PERMISSION", ['PERSUADE_WITH_PERMISSION', 'PERSUADE_WITH_PERMISSION', 'QUESTION']),
    ("permitted-info", [(C, "I keep waking up at three and then I can't get back to sleep."),
                        (K, "Could I tell you what we know about alcohol and sleep?"), (C, "Go on then, I'm curious.")],
     "Alcohol helps people drop off, but a few hours later it wakes the brain up again, which is often when the three a.m. waking happens. How does that match what you notice?", "GIVING_INFORMATION", ['GIVING_INFORMATION', 'QUESTION']),
    # ---- autonomy statements
    ("autonomy", [(C, "Everybody keeps telling me I have to quit.")],
     "Nothing has to be decided in this room, and whatever you choose stays your call.", "EMPHASIZE_AUTONOMY"),
    ("autonomy", [(C, "I'm not sure I want to change anything yet.")],
     "Maybe nothing changes for now. You know your life better than I do.", "EMPHASIZE_AUTONOMY", ['EMPHASIZE_AUTONOMY', 'EMPHASIZE_AUTONOMY']),
    # ---- harm-reduction information
    ("harm-red", [(C, "I'm going to a festival next weekend and I'll probably take something.")],
     "Testing kits are available at the welfare tent, and staying with a friend who knows what you took makes a bad night easier to handle.", "GIVING_INFORMATION"),
    ("harm-red", [(C, "I've been off heroin for two months in jail and I get out Friday.")],
     "After two months away your body can't handle your old amount, so a much smaller dose and naloxone nearby keep you safer.", "GIVING_INFORMATION"),
    # ---- the client's own hard words reflected
    ("own-words", [(C, "I'm a terrible father, I was drunk at his birthday and he saw everything.")],
     "You see yourself as a terrible father after what he saw at his birthday.", "COMPLEX_REFLECTION"),
    ("own-words", [(C, "Let's be honest, I'm a junkie, that's what I am.")],
     "Junkie is the word you'd use for yourself right now.", "SIMPLE_REFLECTION"),
]

TUNE = [
    # ---- MI-inconsistent
    ("warn", [(C, "I drink a bit more on my own since the divorce, nothing crazy.")],
     "Drinking alone is usually where it stops being nothing crazy.", "PERSUADE"),
    ("warn", [(C, "I stopped taking the blood pressure tablets, they made me tired.")],
     "People who stop those on their own tend to end up in the stroke ward.", "PERSUADE"),
    ("warn", [(C, "The kids don't notice when I've had a few.")],
     "They notice a lot more than you think, and they remember it.", "CONFRONT"),
    ("warn", [(C, "I only gamble what I can afford to lose.")],
     "That's what everybody says right up until the rent bounces.", "CONFRONT"),
    ("warn", [(C, "I've been driving to work after my night shift even though I'm wrecked.")],
     "Keep doing that and one morning you won't make it to work.", "PERSUADE"),
    ("rhetorical", [(C, "I know I said I'd cut down but the weekend just happened.")],
     "What did you think was going to happen at a stag party?", "CONFRONT"),
    ("rhetorical", [(C, "My wife is overreacting about the money.")],
     "Is she, though? It's her savings too.", "CONFRONT", ['CONFRONT', 'CONFRONT']),
    ("rhetorical", [(C, "I smoke to calm down, it really works.")],
     "Does it really, when you need another one an hour later?", "CONFRONT"),
    ("rhetorical", [(C, "I'm fine to keep using, I've got it under control.")],
     "Is that really working for you?", "CONFRONT"),
    ("rhetorical", [(C, "My mate says I'm a lightweight for not drinking.")],
     "Why would you care what someone like that thinks?", "CONFRONT"),
    ("opinion", [(C, "I'm just stressed, that's why I drink more.")],
     "Stress has nothing to do with it, you just like drinking.", "CONFRONT"),
    ("label", [(C, "I've been on the pills about five years, a couple extra on bad days.")],
     "So you're the kind of patient who takes extra whenever it suits.", "CONFRONT"),
    ("label", [(C, "I went back to the bookies on Saturday.")],
     "So you're the guy who can't walk past a betting shop.", "CONFRONT"),
    ("sarcasm", [(C, "I've decided I'm going to stop completely tomorrow.")],
     "Oh great, tomorrow. I've heard that one a few times.", "CONFRONT", ['CONFRONT', 'CONFRONT']),
    ("moral", [(C, "I use when the baby's asleep so it's fine.")],
     "A baby needs a sober adult in the house, asleep or not.", "CONFRONT"),
    ("moral", [(C, "I drove after two pints but it was only down the road.")],
     "Driving over the limit is a crime whichever road it is.", "CONFRONT"),
    ("moral", [(C, "I got caught with a bit of coke at the club.")],
     "People lose their jobs and their kids for what you did.", "PERSUADE"),
    ("direct", [(C, "I'm not sure about the group thing.")],
     "The next step is you going along on Thursday and giving it a proper go.", "PERSUADE"),
    ("direct", [(C, "I keep forgetting my tablets.")],
     "Phone alarm, eight o'clock, every day, starting tonight.", "PERSUADE"),
    ("direct", [(C, "Should I tell my GP about the drinking?")],
     "Tell her everything at the next appointment, numbers included.", "PERSUADE_WITH_PERMISSION"),
    # ---- MI-consistent
    ("greet", [(C, "Hi.")],
     "Hi, come on in, grab whichever seat you like. How are things with you?", "QUESTION", ['NO_CODE', 'QUESTION']),
    ("greet", [(C, "Is this the right room?")],
     "It is, welcome. Make yourself comfortable, we've got the full hour.", "NO_CODE", ['NO_CODE', 'NO_CODE']),
    ("greet", [(C, "I can only stay half an hour today.")],
     "That's fine, we'll finish by quarter past. Where would you like to start?", "SEEKING_COLLABORATION", ['NO_CODE', 'SEEKING_COLLABORATION']),
    ("summary", [(C, "The pills help my back, but I'm taking more than I should and my daughter's noticed.")],
     "Here's what I'm hearing. The pills are the thing that lets you move without pain, and you're not ready to let that go. At the same time, the extra ones and your daughter noticing are starting to worry you. Is that close?", "COMPLEX_REFLECTION", ['COMPLEX_REFLECTION', 'COMPLEX_REFLECTION', 'COMPLEX_REFLECTION', 'QUESTION']),
    ("summary", [(C, "I love going out with the lads, but I'm broke every month and my girlfriend's had enough.")],
     "So nights out with the lads matter a lot to you, and on the flip side the money running out and your girlfriend's patience are both getting thin.", "COMPLEX_REFLECTION"),
    ("summary", [(C, "I don't think I drink too much, but the doctor says my liver numbers are up.")],
     "Let me pull that together. You don't see your drinking as too much, and the liver results from the doctor have put a question mark there.", "COMPLEX_REFLECTION", ['COMPLEX_REFLECTION', 'COMPLEX_REFLECTION']),
    ("permitted-info", ASK + [(C, "Suppose it can't hurt.")],
     "A lot of people find it easier to have a couple of drink-free days a week, and some switch to smaller glasses at home. What do you make of those?", "PERSUADE_WITH_PERMISSION", ['PERSUADE_WITH_PERMISSION', 'QUESTION']),
    ("permitted-info", [(C, "I've got court in a month for the drink driving."),
                        (K, "Do you want to hear what usually happens at a first hearing?"), (C, "Yeah, nobody's told me anything.")],
     "Most first hearings are short. The magistrate reads the charge, you say how you plead, and the date for sentencing gets set. What questions does that bring up?", "GIVING_INFORMATION", ['GIVING_INFORMATION', 'GIVING_INFORMATION', 'GIVING_INFORMATION', 'QUESTION']),
    ("permitted-info", [(C, "I want to quit smoking but I've tried cold turkey twice."),
                        (K, "Would it be okay if I mentioned a couple of options?"), (C, "I mean, I've probably heard them, but fine.")],
     "Patches and gum together double the chance of staying off compared with willpower alone, and the pharmacy can give them free. How does that sit with you?", "PERSUADE_WITH_PERMISSION", ['PERSUADE_WITH_PERMISSION', 'QUESTION']),
    ("autonomy", [(C, "Are you going to make me go to rehab?")],
     "Nobody's going to make you do anything. What happens next is up to you.", "EMPHASIZE_AUTONOMY", ['EMPHASIZE_AUTONOMY', 'EMPHASIZE_AUTONOMY']),
    ("autonomy", [(C, "I don't know if I want to cut down.")],
     "Nothing needs to change today, and you get to decide if anything does.", "EMPHASIZE_AUTONOMY"),
    ("autonomy", [(C, "My mum wants me to stop vaping but I'm seventeen.")],
     "Whatever you do about the vaping, it's your decision to make.", "EMPHASIZE_AUTONOMY"),
    ("harm-red", [(C, "I'm going to keep using, I'm not ready to stop.")],
     "If you do use, having someone around and naloxone in the room means an overdose can be reversed.", "GIVING_INFORMATION"),
    ("harm-red", [(C, "I've not had a drink in three weeks but there's a wedding on Saturday.")],
     "After three weeks off your tolerance drops, so the same number of drinks hits a lot harder than it used to.", "GIVING_INFORMATION"),
    ("own-words", [(C, "I'm a mess, I'm a liar and a drunk and everybody knows it.")],
     "You're calling yourself a liar and a drunk, and it sounds like you feel everyone's watching.", "COMPLEX_REFLECTION"),
    ("own-words", [(C, "I could die doing this, I know that.")],
     "You know this could kill you.", "SIMPLE_REFLECTION"),
    ("own-words", [(C, "If I keep drinking like this I'm going to lose my job, I can feel it.")],
     "You can feel the job slipping if the drinking keeps going like this.", "SIMPLE_REFLECTION"),
    ("closing", [(C, "I think I've said enough for today.")],
     "We're nearly out of time. On one hand nothing has to change yet, and on the other you've started thinking about it. Where would you like to go from here?", "COMPLEX_REFLECTION", ['NO_CODE', 'COMPLEX_REFLECTION', 'SEEKING_COLLABORATION']),
]

INCONSISTENT = {'PERSUADE', 'CONFRONT'}

def main():
    split, out = sys.argv[1], sys.argv[2]
    items = CHECK if split == 'check' else TUNE
    prefix = 'gc22c' if split == 'check' else 'gc22t'
    with open(out, 'w') as f:
        for n, (kind, ctx, text, primary, *codes) in enumerate(items, 1):
            conv = f"{prefix}-{n:03d}-{kind}"
            for sp, tx in ctx:
                f.write(json.dumps({"conversation": conv, "speaker": sp, "text": tx}) + "\n")
            gold = {"primary": primary, "codes": [c for c in (codes[0] if codes else [primary]) if c != 'NO_CODE'], "question": None, "reflection": None,
                    "note": f"typed trainee response (coder22, round 12, {split}): {kind}"}
            if primary == 'QUESTION':
                gold["question"] = "open"
            if primary.endswith('REFLECTION'):
                gold["reflection"] = "complex" if primary.startswith('COMPLEX') else "simple"
            f.write(json.dumps({"conversation": conv, "speaker": K, "text": text, "gold": gold}) + "\n")

if __name__ == '__main__':
    main()

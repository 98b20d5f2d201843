# Writes contrast-8.jsonl (coder16, issue 9, round 9): run from src/test/gold-tools, then copy the output to
# ../resources/gold/tune/. Contrast pairs 549-, transcribed-speech style with the disfluencies real transcripts keep
# ("um", "uh", a word said twice, a false start cut off by a dash, ", like,"), written from the MITI 4.2.1 and MISC
# definitions (no corpus): offers, plans, service and medication information and facts from the chart vs reflections
# of the same content, each with a hesitation or a repeat inside the deciding words; rising-tone restatements vs
# closed questions; short client replies on exercise, diet, medication, smoking, gambling and parenting whose side
# comes from the counselor turn before. Tune only (not split): material for the round's Disfluency normalisation.
from contrast_writer import write, SR, CR, GI, PE, PW, CO, AF, NC, QU, SC, EA
C=[]  # (client, a, b, note); a/b = (text, primary, codes, question, reflection)
def p(client, a, b, note):
    C.append((client, a, b, note))
# --- offers and plans with a hesitation or a repeat inside, vs reflections
p("i don't even know who to call about the knee",
  ("uh i can, um, get you in with the physio here, they usually have thursday slots", GI,[GI],None,None),
  ("so you're kind of, um, stuck on who even handles this", SR,[SR],None,'simple'),
  "offer with hesitations vs reflection with one")
p("the pharmacy keeps giving me the wrong size inhaler",
  ("i i can call them after this and sort out the prescription", GI,[GI],None,None),
  ("it's, it's one more hassle on top of just trying to breathe", CR,[CR],None,'complex'),
  "stammered offer vs stammered reflection")
p("i'm okay with trying the food log i guess",
  ("so what we'll, uh, what we'll do is you write down dinner for a week and bring it back", GI,[GI],None,None),
  ("so you're, um, willing to give the log a go", SR,[SR],None,'simple'),
  "plan restarted vs reflection of the client's willingness")
p("i told my wife i'd cut the betting app but i haven't yet",
  ("um, there's a, there's a self-exclusion thing on most of the apps, it locks you out for six months", GI,[GI],None,None),
  ("you, you made her a promise and it's sitting on you that it hasn't happened", CR,[CR],None,'complex'),
  "service information vs reflection, both with a repeat")
p("the new pills make me feel kind of foggy in the mornings",
  ("yeah the uh the fogginess usually eases off after the first two weeks or so", GI,[GI],None,None),
  ("the mornings are, like, the worst part of it right now", SR,[SR],None,'simple'),
  "medication information vs reflection")
p("i just want the cravings to stop, that's all",
  ("the patch plus the, um, the gum together works better than either one alone for most people", GI,[GI],None,None),
  ("the cravings are the, the thing that's wearing you down", CR,[CR],None,'complex'),
  "general information with a hesitation vs reflection")
p("so what happens after today",
  ("so next week we'll, uh, we'll go over the bloods and then decide about the dose together", GI,[GI],None,None),
  ("you're kind of wondering what, what comes next for you", SR,[SR],None,'simple'),
  "the process told vs the client's question reflected")
p("my daughter has her first bottle-free night coming up and i'm dreading it",
  ("um what i'd, what i'd suggest is a cup of water by the bed, some parents find that helps", PE,[PE],None,None),
  ("you're bracing yourself for a, a rough night", SR,[SR],None,'simple'),
  "unasked suggestion restarted vs reflection")
# --- facts from the chart vs reflections
p("i feel totally fine, i don't see the big deal",
  ("so your uh your pressure today was one sixty over a hundred", GI,[GI],None,None),
  ("you feel fine so the, um, the fuss feels kind of overblown", CR,[CR],None,'complex'),
  "reading from the chart vs reflection of the client's view")
p("i've been taking them most days",
  ("the pharmacy record has, um, twelve refills picked up out of the last twenty", GI,[GI],None,None),
  ("most days, so you're, you're mostly on top of it", SR,[SR],None,'simple'),
  "a record of the client's refills vs reflection")
# --- the counselor's own hesitation before a reflection opener
p("every time i try to run i'm wheezing after like five minutes",
  ("it sounds, um, like the wheezing is what's stopping you more than the running", CR,[CR],None,'complex'),
  ("you'll, uh, you'll want the inhaler before you go out, every time", PE,[PE],None,None),
  "reflection opener with a hesitation vs an unasked directive")
p("i don't know, part of me likes the smoke breaks at work",
  ("so on one hand, uh, the breaks are yours, and on the other you're, like, tired of coughing", CR,[CR],None,'complex'),
  ("the breaks, um, they really aren't worth what they're doing to your lungs", PE,[PE],None,None),
  "double-sided reflection with fillers vs an argument against the client's side")
# --- false starts
p("i used to play five-a-side every sunday before the kids",
  ("what made— what got you to stop going, do you think", QU,[QU],'open',None),
  ("so sundays— sundays used to be your time", SR,[SR],None,'simple'),
  "a false start in a question vs in a reflection")
p("i'm just scared the sugar's going to take my eyesight like my mum's",
  ("when you— when you picture that, what goes through your head", QU,[QU],'open',None),
  ("you've seen— you've seen what it did to her, and it's right there in front of you", CR,[CR],None,'complex'),
  "a false start in an open question vs in a complex reflection")
# --- statements ending in "?": restating the client vs asking
p("i've only had like two cigarettes this week",
  ("two this week?", SR,[SR],None,'simple'),
  ("and um, you're still on the nicotine gum?", QU,[QU],'closed',None),
  "rising restatement of the client vs a closed question about something they did not say")
p("we don't really do vegetables at home, the kids won't eat them",
  ("so the kids, uh, kind of decide what's on the table?", CR,[CR],None,'complex'),
  ("and do you, um, do you cook most nights?", QU,[QU],'closed',None),
  "rising guess at the meaning vs a closed question")
p("i walked three times last week, which is more than ever",
  ("three times, that's, like, more than you've ever managed?", SR,[SR],None,'simple'),
  ("and is that, uh, the treadmill or outside?", QU,[QU],'closed',None),
  "rising restatement vs a closed question of fact")
# --- greetings, thanks and small talk with fillers vs reflections
p("sorry i'm late, the bus was a nightmare",
  ("oh no, um, no worries at all, grab a seat", NC,[NC],None,None),
  ("you, you had a rough trip just getting here", SR,[SR],None,'simple'),
  "a courtesy vs a reflection of the same remark")
p("so that's kind of where i'm at with the drinking",
  ("okay, um, thanks for, for walking me through all that", NC,[NC],None,None),
  ("so the drinking's kind of, um, crept up on you over the year", CR,[CR],None,'complex'),
  "thanks vs a reflection")

K=[]
def k(before, couns, reply_a, talk_a, kind_a, couns_b, reply_b, talk_b, kind_b, note):
    K.append((before, couns, reply_a, talk_a, kind_a, couns_b, reply_b, talk_b, kind_b, note))
# --- short client replies: the side comes from the counselor's turn
k("the gym's just not happening right now",
  "so part of you, um, misses how you felt when you were going", "yeah.", "change", "DESIRE",
  "so it's, like, just not a priority for you right now", "yeah.", "sustain", "DESIRE",
  "'yeah' to a change vs a sustain reflection (exercise)")
k("the takeaways are just easier after a shift",
  "how many nights would you, uh, want to cook yourself", "maybe two.", "change", "ABILITY",
  "how many nights do you end up getting takeaway", "like five.", "neutral", None,
  "a number as a step the client could take vs a fact of the week (diet)")
k("i keep skipping the evening dose",
  "you've kind of, um, had enough of the side effects", "i guess so.", "sustain", "REASON",
  "you'd, you'd like to find a way to stop missing it", "i guess so.", "change", "DESIRE",
  "hedged agreement with a sustain vs a change reflection (medication)")
k("i've cut down to like five a day",
  "so you're, uh, you're happy sitting at five for now", "pretty much.", "sustain", "COMMITMENT",
  "and you're thinking about, um, getting to zero", "pretty much.", "change", "COMMITMENT",
  "'pretty much' to staying vs to quitting (smoking)")
k("i only bet on the weekend games now",
  "has it, um, has it been a problem for you, the betting", "not really.", "sustain", "NEED",
  "is it, uh, hard to keep it to weekends", "not really.", "change", "ABILITY",
  "'not really' to a problem question vs to a difficulty question (gambling)")
k("bedtime's a battle every single night",
  "so you'd like the evenings to, um, to go a bit calmer", "so much.", "change", "DESIRE",
  "who, uh, who usually does bedtime", "me.", "neutral", None,
  "agreement with a hope vs a fact (parenting)")
print(*write(C, K, 549, 'contrast-8.jsonl'))

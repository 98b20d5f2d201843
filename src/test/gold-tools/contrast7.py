# Writes contrast-7.jsonl (coder14, issue 9): run from src/test/gold-tools, then copy the output to ../resources/gold/tune/
# coder14: contrast pairs 501-, transcribed-speech style, written from the MITI 4.2.1 definitions (issue 9 families)
from contrast_writer import write, SR, CR, GI, PE, PW, CO, AF, NC, QU, SC, EA
R,I,O,Q='R','I','O','Q'
C=[]  # (client, counselor, primary, codes, question, reflection, note)
def p(client, a, b, note):
    C.append((client, a, b, note))
# a/b = (text, primary, codes, question, reflection)
# --- offers and plans vs reflections
p("i just don't know where i'd even start with the walking thing",
  ("um what i can do is, i can print you off the map of the loop behind the clinic, it's about a mile", GI,[GI],None,None),
  ("yeah you're kind of stuck on the first step, like where do you even begin", SR,[SR],None,'simple'),
  "offer vs reflection of the same stuck feeling")
p("i keep forgetting the evening pills, the morning ones are fine",
  ("okay so we'll, we'll set you up with the blister packs, the pharmacy does them for free", GI,[GI],None,None),
  ("so mornings are handled and it's the evening ones that slip", SR,[SR],None,'simple'),
  "counselor's plan vs restating the client")
p("honestly the weekends are when it all falls apart with the food",
  ("what i'd like to do today is just, um, look at a normal saturday with you", SC,[SC],None,None),
  ("the week you've got a handle on and then saturday just kind of undoes it", SR,[SR],None,'simple'),
  "agenda statement vs reflection")
p("i've been losing like two hundred a week on the app",
  ("i'm gonna give you the number for the gambling helpline before you go, it's open all night", GI,[GI],None,None),
  ("two hundred a week, and that's adding up in a way you're noticing", CR,[CR],None,'complex'),
  "offer of a resource vs reflection")
p("my son won't get off the tablet and i end up screaming at him",
  ("i can send you a couple of things about screen routines for his age if that's useful", GI,[GI],None,None),
  ("and then you're yelling and you hate that that's where it ends up", CR,[CR],None,'complex'),
  "offer vs complex reflection")
# --- facts about the client vs reflections
p("i feel fine though, i don't get why everyone's worried",
  ("so your a1c came back at nine point two, last time it was eight", GI,[GI],None,None),
  ("you feel okay so all the worry feels kind of out of proportion", CR,[CR],None,'complex'),
  "result from the chart vs reflection of the client's view")
p("i've been on the metformin for like three years",
  ("and you're on the five hundred twice a day, that's what i've got here", GI,[GI],None,None),
  ("three years, so it's kind of just part of your routine by now", CR,[CR],None,'complex'),
  "fact from the record about the client vs reflection")
p("i don't really smoke that much anymore",
  ("it says on your form about ten a day", GI,[GI],None,None),
  ("it's a lot less than it used to be", SR,[SR],None,'simple'),
  "form fact vs simple reflection")
# --- greetings, thanks, pleasantries, generic praise
p("sorry i'm late, the bus was a nightmare",
  ("oh no worries at all, come in, sit wherever", NC,[NC],None,None),
  ("you had a rough time just getting here", SR,[SR],None,'simple'),
  "pleasantry vs reflection")
p("okay i think that's it for me today",
  ("thanks for coming in, really, i know it's a trek", NC,[NC],None,None),
  ("sounds like you've had enough for one day", SR,[SR],None,'simple'),
  "thanks vs reflection")
p("so yeah i did the three walks this week",
  ("oh great, awesome", NC,[NC],None,None),
  ("you did all three even with the weather, you stuck with it", AF,[AF],None,None),
  "generic praise vs affirmation of the effort")
p("my mom passed in march and that's when the drinking got worse",
  ("i'm really sorry about your mom", NC,[NC],None,None),
  ("losing her and the drinking kind of go together for you", CR,[CR],None,'complex'),
  "condolence vs reflection")
p("it's been a long week with the kids",
  ("yeah, um, it's nice to see you again anyway", NC,[NC],None,None),
  ("you're worn out", SR,[SR],None,'simple'),
  "small talk vs reflection")
# --- fillers: you know / kind of / I mean
p("i mean i take them most days",
  ("you know, most people miss a dose now and then, that's really common with twice a day meds", GI,[GI],None,None),
  ("you know, most days you're on it, it's just not every day", SR,[SR],None,'simple'),
  "'you know' opening information vs a reflection")
p("i just want to be able to keep up with my grandkids",
  ("i mean the walking is, it's kind of the best thing for your knees and your sugars both", PE,[PE],None,None),
  ("i mean that's kind of the whole reason, being there for them", CR,[CR],None,'complex'),
  "'I mean / kind of' before advice vs before a reflection")
p("yeah the soda's kind of my thing at work",
  ("you're kind of, you know, drinking your whole sugar allowance before lunch", GI,[GI],None,None),
  ("you're kind of attached to it, it gets you through the shift", CR,[CR],None,'complex'),
  "'you're kind of' with a fact vs with a reflection")
p("i guess i could try the patches again",
  ("you know they work a lot better if you use them with the gum for cravings", GI,[GI],None,None),
  ("you know you could try them, you're not totally sold", CR,[CR],None,'complex'),
  "'you know' info vs reflection of hesitancy")
# --- statements with ? : restate or new
p("i haven't picked up my refill in like two weeks",
  ("you've been out for two weeks?", SR,[SR],None,'simple'),
  ("you're still seeing doctor patel?", QU,[QU],'closed',None),
  "rising-tone restatement vs new closed question")
p("i only go to the casino when my brother's in town",
  ("so it's kind of a thing you do with him?", SR,[SR],None,'simple'),
  ("and you drive there yourself?", QU,[QU],'closed',None),
  "rising tone restatement vs fact-finding question")
p("the diet stuff just makes me feel like a failure every time",
  ("like you've let yourself down again?", CR,[CR],None,'complex'),
  ("you've seen the dietitian before?", QU,[QU],'closed',None),
  "guess at meaning with ? vs closed question")
p("we fight about bedtime every single night",
  ("every night it's a battle?", SR,[SR],None,'simple'),
  ("his bedtime's around eight?", QU,[QU],'closed',None),
  "restate vs new fact")
# --- input in plain statements (no trigger word) vs reflection
p("i heard you're not supposed to take it with grapefruit or something",
  ("yeah, grapefruit messes with how the liver breaks it down, so the levels can go up", GI,[GI],None,None),
  ("you've been reading up on it", SR,[SR],None,'simple'),
  "answering with information vs reflecting")
p("the gym is just so expensive here",
  ("the rec center on fifth has a sliding scale, it's like ten bucks a month", GI,[GI],None,None),
  ("money's a real barrier", SR,[SR],None,'simple'),
  "information without a cue vs reflection")
p("i'm thinking maybe i just stop the blood pressure pills for a bit and see",
  ("so the thing is with those, stopping suddenly can make the pressure bounce up higher than before", GI,[GI],None,None),
  ("you're wondering if you even need them", CR,[CR],None,'complex'),
  "information about the meds vs reflection")
p("i only bet on the weekend games now",
  ("the weekend's usually where the big losses happen though, with the parlays", CO,[CO],None,None),
  ("you've pulled it back to just the weekends", SR,[SR],None,'simple'),
  "subtle correction vs reflection")
p("i don't think i need to do anything about the sugar",
  ("the sugar's what's doing the damage to your feet, the numbness", PE,[PE],None,None),
  ("right now it doesn't feel like something you need to act on", SR,[SR],None,'simple'),
  "plain-statement persuasion vs reflection")
p("i yell at her and then i feel terrible",
  ("kids that age really respond better to a calm voice and a consequence", PE,[PE],None,None),
  ("and then the guilt hits right after", SR,[SR],None,'simple'),
  "parenting advice as a general fact vs reflection")
p("i've been skipping breakfast to save calories",
  ("skipping breakfast usually makes people eat more by the afternoon", GI,[GI],None,None),
  ("you're trying to cut back wherever you can", SR,[SR],None,'simple'),
  "general fact vs reflection")
# --- simple vs complex
p("i've been walking every morning with the dog",
  ("every morning with the dog", SR,[SR],None,'simple'),
  ("the dog's kind of keeping you honest", CR,[CR],None,'complex'),
  "repeat vs added meaning")
p("i want to quit before the baby comes",
  ("you want to quit before the baby", SR,[SR],None,'simple'),
  ("you want to be a different kind of dad than yours was", CR,[CR],None,'complex'),
  "simple vs complex on one line")
p("i've cut out the soda, i'm down to like one a week",
  ("just one a week now", SR,[SR],None,'simple'),
  ("you've made a real dent", SR,[SR],None,'simple'),
  "two simple reflections, short")
p("my blood sugar was high again",
  ("it was high again", SR,[SR],None,'simple'),
  ("it's high again and you're kind of tired of hearing about it", CR,[CR],None,'complex'),
  "simple vs complex")
# --- session management / others
p("okay",
  ("so um we've got about ten minutes left", NC,[NC],None,None),
  ("so you're okay with that plan", SR,[SR],None,'simple'),
  "time-keeping vs reflection")
p("yeah i guess that makes sense",
  ("okay cool. let me just, um, write that down real quick", NC,[NC],None,None),
  ("it makes sense to you, at least for now", SR,[SR],None,'simple'),
  "counselor aside vs reflection")
p("i don't really know what i'm supposed to say",
  ("there's no right answer here, um, it's just a conversation", GI,[GI],None,None),
  ("you're not sure what i'm looking for", SR,[SR],None,'simple'),
  "reassurance about the session vs reflection")
p("the nurse said i should come see you",
  ("yeah she told me a little bit about the sugars", GI,[GI],None,None),
  ("so this wasn't exactly your idea", CR,[CR],None,'complex'),
  "counselor's own report vs reflection")
p("i guess i don't really see why i need to be here",
  ("so you were kind of sent, this wasn't your call", CR,[CR],None,'complex'),
  ("so um, the way this works, we meet four times and then you're done", GI,[GI],None,None),
  "reflection of being sent vs how the programme works")
p("the pills make me so foggy at work",
  ("the fog usually clears up after the first month or so for most people", GI,[GI],None,None),
  ("you're foggy and it's getting in the way at work", SR,[SR],None,'simple'),
  "what usually happens vs reflection")
# --- client short replies: direction from the counselor turn before (beyond substances)
K=[]  # (client_before, counselor, reply, talk, kind, note)
def k(before, couns, reply_a, talk_a, kind_a, couns_b, reply_b, talk_b, kind_b, note):
    K.append((before, couns, reply_a, talk_a, kind_a, couns_b, reply_b, talk_b, kind_b, note))
k("i don't know, the walking's fine i guess",
  "part of you would actually like to be moving more", "yeah.", "change", "DESIRE",
  "the walking just isn't something you're that bothered about right now", "yeah.", "sustain", "DESIRE",
  "'yeah' takes the direction of the reflection it agrees with (exercise)")
k("the pills are a pain honestly",
  "what would make it easier to remember them?", "a pill box maybe.", "change", "ABILITY",
  "what do you not like about taking them?", "the side effects.", "sustain", "REASON",
  "short reply to a change question vs a sustain question (medication)")
k("i only play the slots on fridays",
  "so you've been thinking about cutting the fridays too", "i guess so.", "change", "DESIRE",
  "so fridays are kind of your night out, your thing", "i guess so.", "sustain", "NEED",
  "hedged agreement takes its side from the reflection (gambling)")
k("the doctor wants me off the sugar",
  "how long did you manage without soda last time?", "three weeks.", "change", "ABILITY",
  "how long have you been drinking it every day?", "years.", "neutral", None,
  "a number answering a change-history question vs a plain history question (diet)")
k("i try not to yell but she pushes my buttons",
  "you'd like bedtimes to be calmer than they are", "definitely.", "change", "DESIRE",
  "sometimes yelling is the only thing that gets her moving", "pretty much.", "sustain", "REASON",
  "agreement with a change vs a sustain reflection (parenting)")
k("i've been thinking about the gym again",
  "are you ready to sign up this week?", "not really.", "sustain", "COMMITMENT",
  "is it still hard to find the time?", "not really.", "change", "ABILITY",
  "'not really' turns down a change question vs a barrier question (exercise)")
k("it's not like i eat that badly",
  "do you want to make any changes to what you eat?", "no.", "sustain", "DESIRE",
  "are you happy to keep eating the way you are now?", "no.", "change", "DESIRE",
  "'no' against a change question vs against keeping things as they are (diet)")
k("my wife keeps on at me about the betting",
  "so it's starting to cost you at home", "yeah. it is.", "change", "REASON",
  "so she's making a bigger deal out of it than it is", "yeah. it is.", "sustain", "REASON",
  "same words, direction from the reflection (gambling)")
k("i stopped the inhaler a few weeks ago",
  "you'd rather see if you can manage without it", "right.", "sustain", "DESIRE",
  "you've noticed the wheezing's been worse since", "right.", "change", "REASON",
  "'right' after a sustain vs a change reflection (medication)")
k("i've been doing the stretches kind of",
  "how many days did you get them in?", "like four.", "change", "TAKING_STEPS",
  "how many days do they want you doing them?", "like every day.", "neutral", None,
  "a number as a step taken vs a fact about the programme")

print(*write(C, K, 501, 'contrast-7.jsonl'))

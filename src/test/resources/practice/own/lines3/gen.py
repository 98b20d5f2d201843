"""lines3's own trainer probes: the questions every trainer asks, in two voices.
A: plain open questions, rulers, closing. B: casual, lower-case, typos, two reflections.
usage: python3 gen.py OUTDIR  (writes WHO.A.txt and WHO.B.txt for the 15 conversations)"""
import sys
OUT = sys.argv[1]
V = {
 'aisha-stimulants-maintenance': ('use coke','using coke'),
 'dre-opioids-contemplation': ('use','using'),
 'grace-gambling-action': ('gamble','gambling'),
 'jaden-cannabis-precontemplation': ('smoke weed','smoking weed'),
 'joe-alcohol-maintenance': ('drink','drinking'),
 'kai-stimulants-contemplation': ('use tina','using tina'),
 'lena-polysubstance-action': ('use','using'),
 'marcus-cannabis-action': ('smoke weed','smoking weed'),
 'maya-vaping-precontemplation': ('vape','vaping'),
 'priya-alcohol-preparation': ('drink','drinking'),
 'ruth-benzodiazepines-preparation': ('take the clonazepam','taking the clonazepam'),
 'sam-opioids-maintenance': ('use','using'),
 'teresa-alcohol-contemplation': ('drink','drinking'),
 'tomas-tobacco-preparation': ('smoke','smoking'),
 'walt-gambling-precontemplation': ('gamble','gambling'),
}
A = """Hi, thanks for coming in. How are you doing today?
When did you first start {g}?
How much do you {v} in a typical week?
Who in your life knows about this?
What does {g} do for you?
What worries you about it, if anything?
What have you tried before?
Walk me through a typical day.
Where do you usually {v}, and who with?
How are things at work?
How's money these days?
How's your health been?
Tell me about where you're living.
What happened the last time things went badly?
On a scale of 0 to 10, how important is it to you to make a change?
Why that number and not lower?
What would it take to move it up a bit?
What would you like to be different?
We're almost out of time. What will you take away from today?
"""
B = """hey, hows it going
so whats been going on for u lately
how long u been {g}?
how often do u {v}
whos around when u {v}
whats the best part of it for u
Sounds like it really helps you get through.
whats the worst part
ever tried to cut back?
what happend
hows ur family with all this
hows ur sleep
You're not sure you want to change anything right now.
how confident r u that u could change if u wanted, 0-10?
what makes it that high?
what would help u feel more confident
so what do u want to do next
ok we r almost out of time, thanks for coming
"""
for sid,(v,g) in V.items():
    who = sid.split('-')[0]
    open(f'{OUT}/{who}.A.txt','w').write(A.format(v=v,g=g))
    open(f'{OUT}/{who}.B.txt','w').write(B.format(v=v,g=g))

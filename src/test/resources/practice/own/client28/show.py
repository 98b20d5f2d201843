import json,sys
# print trainee, client text, why, per turn, compact
for f in sys.argv[1:]:
    d=json.load(open(f))
    print("=====",f, d.get("seed"))
    for t in d["turns"]:
        c=t.get("client",{})
        print(f"T{t['turn']} [{t['category']}] {t['trainee']}")
        print(f"   -> {c.get('text')}")
        print(f"      why: {c.get('why','')[:400]}  beat={c.get('beat')}")

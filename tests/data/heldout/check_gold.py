"""Consistency checks for gold.json: files exist, evidence/trap texts are verbatim, dates and weekdays
are well-formed, trap dates do not collide with event dates, names resolve through aliases."""
import json,os,re,sys,datetime as dt
HERE=os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0,os.path.join(HERE,'..','..','..','..','shared','tools'))
from score_events import fold, Names
D=HERE
g=json.load(open(f'{D}/gold.json'))
assert set(g)=={"about","note","documents","aliases"}, g.keys()
errs=[]
files=sorted(f for f in os.listdir(D) if re.match(r'h\d\d\.txt$',f))
listed=[d['file'] for d in g['documents']]
if files!=listed: errs.append(f'file mismatch {files} vs {listed}')
# alias collisions
seen={}
for c,vs in g['aliases'].items():
    for v in [c,*vs]:
        k=fold(v)
        if k in seen and seen[k]!=c: errs.append(f'alias collision {v!r}: {seen[k]} / {c}')
        seen[k]=c
names=Names(g['aliases'])
canon_keys={fold(c) for c in g['aliases']}
WD=['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
nreq=nopt=ntr=0
for d in g['documents']:
    f=d['file']; text=open(f'{D}/{f}',encoding='utf-8').read()
    size=len(text.encode()); 
    if not 1800<=size<=4200: print(f'note: {f} size {size}')
    pub=d['published']
    if pub: dt.date.fromisoformat(pub)
    evdates=[]
    for e in d['events']:
        assert list(e)[:3]==['key','date','precision'],(f,e)
        for k in ("type","location","delegations","officials","evidence","required"): assert k in e,(f,k)
        if e['evidence'] not in text: errs.append(f'{f} evidence not found: {e["evidence"]}')
        elif text.count(e['evidence'])>1 and e['required']: print(f'note: {f} evidence occurs {text.count(e["evidence"])}x: {e["evidence"][:50]}')
        p,dd=e['precision'],e['date']
        width={'day':10,'month':7,'year':4}
        if p=='unknown': assert dd is None,(f,e)
        else:
            assert dd and len(dd)==width[p],(f,e)
            if p=='day': dt.date.fromisoformat(dd)
            if pub and dd>pub: errs.append(f'{f} event after publication {dd}')
        if pub is None and p!='unknown' and not re.search(r'\b(19|20)\d\d\b',e['evidence']): print(f'note: {f} undated doc, dated event derived from context: {e["evidence"][:60]}')
        evdates.append(dd)
        evdates+= [a for a in e.get('accept_dates',[]) if a]
        for w in WD:
            if re.search(rf'\b{w}\b',e['evidence']) and p=='day':
                day=dt.date.fromisoformat(dd)
                if day.strftime('%A')!=w: errs.append(f'{f} weekday {w} != {dd}')
        for n in e['officials']+e['delegations']:
            if fold(n) not in canon_keys: errs.append(f'{f} name not canonical in aliases: {n}')
        if e['required']: nreq+=1
        else: nopt+=1
    for t in d['traps']:
        ntr+=1
        if t['text'] not in text: errs.append(f'{f} trap not found: {t["text"]}')
        if t.get('date'):
            for ed in evdates:
                if ed and (ed.startswith(t['date'])): errs.append(f'{f} trap date {t["date"]} collides with event date {ed}')
        for o in t.get('officials',[]):
            for e in d['events']:
                if any(names.same_person(o,x) for x in e['officials']): errs.append(f'{f} trap official {o} is an event official')
        assert list(t)[0]=='kind' and t['kind'] in ('caption-date','headline-list','future-plan','unrelated','other')
# keys
keys={}
for d in g['documents']:
    for e in d['events']: keys.setdefault(e['key'],[]).append((d['file'],e['date'],e['precision']))
for k,v in keys.items():
    if len(v)>1: print('shared key',k,v)
print(f'required {nreq} optional {nopt} traps {ntr} docs {len(g["documents"])}')
print('ERRORS' if errs else 'OK'); [print(' ',x) for x in errs]
sys.exit(1 if errs else 0)

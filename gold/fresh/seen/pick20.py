"""Batch 20 selection (round 17): from file names, sizes, and the filters below; no extractor output read."""
import glob, hashlib, json, re
from pathlib import Path
from kehoach_nlp.evaluation.near_duplicates import shingles, jaccard
POOL = '/work/pool/src/etl/dataset'
gold_sha, gold_sh = set(), []
for g in glob.glob('/work/main/gold/**/*.json', recursive=True):
    try: d = json.load(open(g))
    except Exception: continue
    if not isinstance(d, dict) or 'source' not in d: continue
    gold_sha.add(d.get('text_sha256'))
    for root in ('/work/shared/real-plans', '/work/shared/real-plans-fresh'):
        p = Path(root) / d['source']
        if p.is_file(): gold_sh.append(shingles(p.read_text())); break
seen = {Path(l.strip()).resolve() for l in open('/work/notes/lf.txt') if l.strip()}
TYPE_LINE = re.compile(r'(?m)^[#*\s]*(KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|CHƯƠNG TRÌNH)[*\s]*$')
NEWS_HEAD = re.compile(r'(?i)kế hoạch[^\n]{0,40}\d+/[\wĐđ-]+')
cands = {'formal': [], 'news': []}
for f in sorted(glob.glob(POOL + '/**/*.md', recursive=True)):
    if Path(f).resolve() in seen: continue
    t = open(f, encoding='utf-8', errors='replace').read()
    if hashlib.sha256(t.encode()).hexdigest() in gold_sha: continue
    head = t[:6000]
    kind = None
    if TYPE_LINE.search(head) and 'tổ chức thực hiện' in t.lower() and len(t) <= (60000 if 'WIDE' in __import__('os').environ else 40000) and not t.lstrip().startswith('# Mẫu'):
        kind = 'formal'
    elif NEWS_HEAD.search(t.split('\n', 1)[0]) and len(t) <= 40000:
        kind = 'news'
    if kind: cands[kind].append(f)
out = {}
for kind, fs in cands.items():
    fs.sort(key=lambda f: hashlib.sha256(('kehoach-real-gold-v4-batch20' + kind + '/' + Path(f).name).encode()).hexdigest())
    taken = []
    for f in fs:
        sh = shingles(open(f, encoding='utf-8', errors='replace').read())
        if any(jaccard(sh, g) >= 0.2 for g in gold_sh): continue
        if any(jaccard(sh, shingles(open(x).read())) >= 0.2 for x in taken): continue
        taken.append(f)
        if len(taken) == 3: break
    out[kind] = taken
    print(kind, len(fs), 'candidates')
for kind, fs in out.items():
    for f in fs:
        print(kind, hashlib.sha256(open(f, 'rb').read()).hexdigest()[:16], f)
json.dump(out, open('/work/notes/b20/picked.json', 'w'), ensure_ascii=False, indent=1)

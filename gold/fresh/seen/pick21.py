"""Batch 21 selection (round 18): from file names, sizes, and the filters below; no extractor output read.
The batch number is the first argument (default 21; batch 22 is this script run with 22, seen/pick22.py); batch 29 adds
--targets-dense (seen/pick29.py)."""
import glob, hashlib, json, re, sys
from pathlib import Path
from kehoach_nlp.evaluation.near_duplicates import shingles, jaccard
POOL = '/work/pool/src/etl/dataset'
BATCH = int(sys.argv[1]) if len(sys.argv) > 1 else 21
# batch 29 (round 22, a targets batch): news pages that state aims in numbers — at least five percentages and one aim
# word — decided before any page was read (fresh-test's targets recall, 0.61, is far below dev's, 0.93)
TARGETS_DENSE = '--targets-dense' in sys.argv[2:]
PERCENT = re.compile(r'\d[\d.,]*\s?%')
AIM = re.compile(r'(?i)phấn đấu|chỉ tiêu|mục tiêu')
def dense(t):
    return not TARGETS_DENSE or (len(PERCENT.findall(t)) >= 5 and AIM.search(t) is not None)
gold_sha, gold_sh = set(), []
for g in glob.glob('/work/main/gold/**/*.json', recursive=True):
    try: d = json.load(open(g))
    except Exception: continue
    if not isinstance(d, dict) or 'source' not in d: continue
    gold_sha.add(d.get('text_sha256'))
    for root in ('/work/shared/real-plans', '/work/shared/real-plans-fresh'):
        p = Path(root) / d['source']
        if p.is_file(): gold_sh.append(shingles(p.read_text())); break
for p in glob.glob('/work/shared/real-plans/*/*.md'):
    gold_sh.append(shingles(Path(p).read_text()))
    gold_sha.add(hashlib.sha256(open(p,'rb').read()).hexdigest())
seen = {Path(l.strip()).resolve() for l in open('/work/notes/lf.txt') if l.strip()}
# pages whose extractor output was printed in round 9 (split.json selection_batch2)
seen |= {Path(POOL, n + '.md').resolve() for n in ('b527d7996ed66f24', '5ed85a656c095d25', 'd40513a8b25883ec', '0f98ee482389e59e', 'f48a2691d3f74ec4')}
TYPE_LINE = re.compile(r'(?m)^[#*\s]*(KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|CHƯƠNG TRÌNH)[*\s]*$')
NUMBERED = re.compile(r'(?i)\b(kế hoạch|chỉ thị|kết luận|công điện|quyết định|thông báo|nghị quyết)(?: số)? \d+[/-]')
GIVING = re.compile(r'(?i)\b(giao|yêu cầu|đề nghị|chỉ đạo)\s+(các\s+)?(sở|ban|ủy ban|ubnd|bộ|cơ quan|công an|phòng|đơn vị)\b')
def is_news(t):
    # round 14's news filter (batch 13): a '#' title, 2,000-20,000 characters, no formal type line in the head,
    # a numbered document named in the first 1,500 characters, a giving verb before a body's head word,
    # no infobox table in lines 2-6
    if not t.lstrip().startswith('#') or not 2000 <= len(t) <= 20000: return False
    if TYPE_LINE.search(t[:6000]): return False
    if not NUMBERED.search(t[:1500]) or not GIVING.search(t): return False
    return not any(l.lstrip().startswith('|') for l in t.split('\n')[1:6])
cands = {'formal': [], 'news': []}
for f in sorted(glob.glob(POOL + '/**/*.md', recursive=True)):
    if Path(f).resolve() in seen: continue
    t = open(f, encoding='utf-8', errors='replace').read()
    if hashlib.sha256(t.encode()).hexdigest() in gold_sha: continue
    head = t[:6000]
    kind = None
    if TYPE_LINE.search(head) and 'tổ chức thực hiện' in t.lower() and len(t) <= 60000 and not t.lstrip().startswith('# Mẫu'):
        kind = 'formal'
    elif is_news(t) and dense(t):
        kind = 'news'
    if kind: cands[kind].append(f)
out = {}
for kind, fs in cands.items():
    fs.sort(key=lambda f: hashlib.sha256((f'kehoach-real-gold-v4-batch{BATCH}' + kind + '/' + Path(f).name).encode()).hexdigest())
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
picked = Path(f'/work/notes/b{BATCH}/picked.json')
if picked.exists():
    print(picked, 'exists; not overwritten')
else:
    json.dump(out, open(picked, 'w'), ensure_ascii=False, indent=1)

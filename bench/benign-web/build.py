#!/usr/bin/env python3
"""Builds bench/benign-web/ from a hunt's passages (one JSONL line each: id, text, lang, source "owner/repo : path") and
the snapshots of their repositories (bare git dirs, for each one's commit): python3 build.py PASSAGES FINDINGS MIRROR.

De-identifies as tests/corpus/real/MINING.md says, with role addresses kept as written (an organisation's desk is no
person's data, and the rules read it apart from a person's): a person's e-mail address, a phone number and an @handle
become invented ones of the same shape, drawn from a generator seeded by the original alone; a name after a cue
("Inhaber:", "Geschäftsführer", "vertreten durch", "Responsable", "Titular", "Owner" …) becomes an invented one. A name
written elsewhere may remain. Writes web-<lang>.jsonl.gz and judged.json (the hunt's judgements, keyed by the new ids; a finding the hunt did not see, judged when the
set was built, is added by hand — the file is the record, build.py keeps what it holds)."""
import glob, gzip, hashlib, json, os, random, re, subprocess, sys, urllib.parse
from collections import defaultdict

PASSAGES, FINDINGS, MIRROR = sys.argv[1:4]
ROLE = set('''info infos contact contacts kontakt contato contacto contactos hello hallo hola ola bonjour salut office buero
buro support suporte soporte help hilfe team mail post poststelle service services kundenservice admin webmaster postmaster
hostmaster press presse prensa imprensa jobs job karriere bewerbung bewerbungen careers career recrutement rh hr datenschutz
datenschutzbeauftragter privacy privacidad privacidade dpo dsb volunteer volunteers sponsor sponsors tickets ticket ctf cfp
harassment incident incidents security abuse vorstand board asso association verein club redaktion redaccion redacao
redaction editorial feedback feedbacks denuncia denuncias bugs bug legal billing sales vendas ventas shop store tienda loja
boutique orders order bestellung bestellungen pedidos commandes reservas reservations booking bookings events event
newsletter noreply no-reply secretariat sekretariat secretaria direccion direction protecciondatos atendimento sac
ouvidoria orga kasse finanzen finance accounting buchhaltung compta facturation rechnung rechnungen'''.split())
WEBMAIL = re.compile(r'^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|proton(?:mail)?|pm|gmx|web|yandex|mail|qq|163|126|uol|bol|terra|ig|libero|orange|free|wanadoo|laposte|sfr|t-online|freenet|zoho|tutanota)$', re.I)
FIRST = 'Alex Sam Robin Kim Noa Lou Mika Jona Toni Luca Eli Maxi Ira Juli Nico Ari Rene Pat Dani Chris Jo Vic Yan Lea'.split()
LAST = 'Berger Moreau Silva Costa Keller Navarro Dubois Weber Santos Rossi Lindqvist Novak Ferreira Garnier Herrera Vogel Lopes Marin Brandt Duarte Roux Klein Pereira Ortega'.split()

def rng(original):
    return random.Random(int(hashlib.sha256(original.encode()).hexdigest()[:16], 16))

def same_shape(s, r):
    out = []
    for ch in s:
        if ch.isdigit(): out.append(str(r.randrange(10)))
        elif ch.isalpha() and not ch.isascii(): out.append(ch)
        elif ch.isalpha(): out.append(r.choice('abcdefghijklmnopqrstuvwxyz').upper() if ch.isupper() else r.choice('abcdefghijklmnopqrstuvwxyz'))
        else: out.append(ch)
    return ''.join(out)

EMAIL = re.compile(r'([\w.+-]+)(\s?(?:@|\[at\]|\(at\)|\[@\]|\(@\))\s?)([\w-]+(?:(?:\.|\s?\[dot\]\s?|\s?\(dot\)\s?)[\w-]+)+)', re.I)
# (a form's example or a template's placeholder is nobody's: "test@example.com", "nom@example.com", "email@email.com.br")
PLACEHOLDER = re.compile(r'^(?:name|nom|nombre|nome|user|usuario|usuário|utilisateur|test|email|e-mail|mail|your|you|tu|seu|votre|ihr|max\.mustermann|john\.doe|jane\.doe|anonymous|someone|foo|bar)$', re.I)
EXAMPLE = re.compile(r'^(?:example|exemple|ejemplo|exemplo|beispiel|test|email|domain|dominio|domaine|anon|yourdomain|seudominio|tudominio|votredomaine|company|empresa|firma)\.', re.I)
def email(m):
    local, at, domain = m.group(1), m.group(2), m.group(3)
    tokens = re.split(r'[.\-_+]', local.lower())
    if any(t in ROLE for t in tokens) or PLACEHOLDER.match(local) or EXAMPLE.match(domain): return m.group(0)
    r = rng(m.group(0))
    labels = re.split(r'(\.|\s?\[dot\]\s?|\s?\(dot\)\s?)', domain)
    host = labels[0]
    new_domain = domain if WEBMAIL.match(host) else same_shape(host, r) + ''.join(labels[1:])
    return same_shape(local, r) + at + new_domain

PHONE = re.compile(r'(?<![\w@/.#-])\+?\(?\d[\d\s().\-/]{6,}\d(?![\w@])')
def phone(m):
    s = m.group(0)
    if sum(c.isdigit() for c in s) < 7: return s
    r = rng(s)
    return ''.join(str(r.randrange(10)) if c.isdigit() else c for c in s)

HANDLE = re.compile(r'(?<![\w.@/])@([A-Za-z0-9_]{3,})(?![\w@.-]*\.\w)')
def handle(m):
    return '@' + same_shape(m.group(1), rng(m.group(0)))

CUE = re.compile(r'((?:Inhaber(?:in)?|Geschäftsführer(?:in)?|Verantwortlich(?:er)?(?: für den Inhalt)?|Ansprechpartner(?:in)?|Kontaktperson|vertreten durch|Vertretungsberechtigt(?:er)?|Owner|Contact person|Responsable(?: de la publication)?|Directeur(?: de la publication)?|Directrice(?: de la publication)?|Gérante?|Titular|Propietari[oa]|Responsável|Proprietári[oa]|Fundador(?:a)?|Founder|CEO)\s*[:\-–]?\s*)((?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?\s){1,2}[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)')
def name(m):
    r = rng(m.group(2))
    return m.group(1) + r.choice(FIRST) + ' ' + r.choice(LAST)

def deidentify(t):
    t = EMAIL.sub(email, t)
    t = PHONE.sub(phone, t)
    t = HANDLE.sub(handle, t)
    return CUE.sub(name, t)

heads = {}
def head(repo):
    if repo not in heads:
        d = f"{MIRROR}/{repo.replace('/', '+')}/repo"
        heads[repo] = subprocess.run(['git', f'--git-dir={d}', 'rev-parse', 'HEAD'], capture_output=True, text=True).stdout.strip()
    return heads[repo]

# (a passage the real message corpus holds — a clause of stock legal wording — stays out: the corpus is the measurement)
CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'corpus', 'real')
seen = set()
for f in glob.glob(os.path.join(CORPUS, '**', '*.jsonl'), recursive=True):
    for l in open(f, encoding='utf8'):
        if l.strip(): seen.add(re.sub(r'\s+', ' ', json.loads(l)['text']).strip().lower())
by_lang, idmap = defaultdict(list), {}
for line in open(PASSAGES, encoding='utf8'):
    p = json.loads(line)
    repo, path = p['source'].split(' : ', 1)
    commit = head(repo)
    text = deidentify(p['text'])
    key = re.sub(r'\s+', ' ', text).strip().lower()
    if len(commit) != 40 or len(text) < 21 or key in seen: continue
    seen.add(key)
    by_lang[p['lang']].append((p['id'], text, f"https://github.com/{repo}/blob/{commit}/{urllib.parse.quote(path)}"))
for lang, items in sorted(by_lang.items()):
    lines = []
    for i, (old, text, url) in enumerate(items, 1):
        new = f'web-{lang}-{i:05d}'
        idmap[old] = new
        lines.append(json.dumps({'id': new, 'text': text, 'lang': lang, 'kind': 'web-page', 'source': url}, ensure_ascii=False))
    with open(f'web-{lang}.jsonl.gz', 'wb') as f:
        f.write(gzip.compress(('\n'.join(lines) + '\n').encode('utf8'), compresslevel=9, mtime=0))
judged = json.load(open('judged.json', encoding='utf8')) if os.path.exists('judged.json') else {}
judged = {k: v for k, v in judged.items() if v.get('by') == 'hand'}
for line in open(FINDINGS, encoding='utf8'):
    r = json.loads(line)
    if r['id'] not in idmap: continue
    why = r.get('why') or r.get('class') or ''
    judged[f"{idmap[r['id']]} {r['rule']}"] = {'verdict': 'asks' if r['judgement'] == 'true' else 'false-alarm', 'reason': why[:1].upper() + why[1:]}
json.dump(dict(sorted(judged.items())), open('judged.json', 'w', encoding='utf8'), ensure_ascii=False, indent=2)
open('judged.json', 'a').write('\n')
print({k: len(v) for k, v in by_lang.items()}, len(judged), 'passages', sum(len(v) for v in by_lang.values()))

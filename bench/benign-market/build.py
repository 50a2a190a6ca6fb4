#!/usr/bin/env python3
"""
Builds bench/benign-market/*.jsonl.gz — real marketplace text (job posts, project descriptions, freelancer
overviews, proposal samples) written by other people — from snapshots of the public GitHub repositories
listed in SOURCES, each read at the commit named there (`git show <commit>:<path>` in a clone of the
repository). Run once, by hand: python3 bench/benign-market/build.py <dir holding the clones as owner+name/repo>.

Passages are cut the way bench/text-data.ts cuts Debian Reference: one per paragraph (blank line), lines
kept, longer than 20 characters. Personal data is replaced as tests/corpus/real/MINING.md says: e-mail
addresses, phone numbers and @handles by invented ones of the same shape (an organisation's role address,
jobs@ or recrutement@, is no person's and stays as written); a freelancer's own name in an overview and a
contact person's name in a post by an invented one. Duplicates (whitespace and case folded) are kept once, across all sources,
and any passage that is (or holds, or is held in) a text of the real message corpus is left out.
"""
import csv, glob, gzip, hashlib, io, json, os, random, re, subprocess, sys
from urllib.parse import quote

ROOT = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror'
OUT = os.path.dirname(os.path.abspath(__file__))
# The project posts' (commit, path) pairs: each file where it was added (git log --all --diff-filter=A).
PB_LIST = os.path.join(OUT, 'freelancermap-files.tsv')
REPO_DIR = os.path.abspath(os.path.join(OUT, '..', '..'))
csv.field_size_limit(10**9)
rng = random.Random(21)


def show(repo, commit, path):
    git = os.path.join(ROOT, repo.replace('/', '+'), 'repo')
    return subprocess.run(['git', '-C', git, 'show', f'{commit}:{path}'], capture_output=True, check=True).stdout.decode('utf-8')


def src(repo, commit, path):
    return f'https://github.com/{repo}/blob/{commit}/{quote(path)}'


# ---- personal data ---------------------------------------------------------------------------------------
LET = 'abcdefghijklmnopqrstuvwxyz'


def same_shape(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(str(rng.randrange(10)))
        elif ch.isalpha():
            c = rng.choice(LET)
            out.append(c.upper() if ch.isupper() else c)
        else:
            out.append(ch)
    return ''.join(out)


EMAIL = re.compile(r'[\w.+-]+@([\w-]+\.)+[A-Za-z]{2,}')
PHONE = re.compile(r'(?<![\w/.=~-])\+?\d[\d ().-]{7,}\d(?![\w/])')
HANDLE = re.compile(r'(?<![\w.@/])@[A-Za-z0-9_.]{3,30}(?<!\.)')


MEMO = {}


def once(original, make, key=None):
    """The same address or number gets the same invented one wherever it recurs (a link and its text). The
    invented one is drawn from a generator seeded by the original alone, so it does not depend on what was read
    before: a build that reads one more file keeps every other passage's text (and so its id) as it was."""
    key = key or original
    if key not in MEMO:
        rng.seed(int(hashlib.sha256(('21:' + key).encode('utf-8')).hexdigest()[:16], 16))
        MEMO[key] = make(original)
    return MEMO[key]


def scrub(t):
    def email(m):
        return once(m.group(0), new_email)

    def new_email(address):
        local, _, domain = address.partition('@')
        # An organisation's role address (jobs@, contact@, recrutement@ …, or a team's mailbox named for its
        # product) is no person's data: it stays as written, as the rules will meet it in real posts.
        # At a webmail host ("jobs@gmail.com") the address is a person's.
        if domain.lower() not in WEBMAIL_DOMAINS and ROLE_LOCAL.fullmatch(local):
            return address
        if local.lower() in ORG_MAILBOXES and domain.lower().endswith('gouv.fr'):
            return address
        common = domain.lower() in WEBMAIL_DOMAINS
        return same_shape(local) + '@' + (domain if common else same_shape(domain.rsplit('.', 1)[0]) + '.' + domain.rsplit('.', 1)[1])
    # A person's name written just before an address ("… à Jeanne Martin <jeanne.martin@…>").
    t = BEFORE_ADDRESS.sub(lambda m: once(m.group(1), invented), t)
    t = EMAIL.sub(email, t)
    # An address written against harvesters ("t.muster(AT)firma.com"): its name and domain alike.
    t = OBFUSCATED_EMAIL.sub(lambda m: once(m.group(0), lambda a: same_shape(m.group(1)) + m.group(2) + same_shape(m.group(3))), t)
    # A recruiter's name on the line above the contact block ("Erika Muster\nTelefon: …\nE-Mail: …").
    for pattern in (NAME_AFTER_CLOSING, NAME_ABOVE_ROLE):
        t = pattern.sub(lambda m: m.group(1) + (m.group(2) if NOT_NAMES & set(m.group(2).split()) else once(m.group(2), invented)), t)
    t = NAME_ABOVE_CONTACT.sub(lambda m: m.group(1) + (m.group(2) if TITLE_WORDS & set(m.group(2).split()) else once(m.group(2), invented)), t)
    # A phone number: at least 9 digits, not a price, a year span or an ID in a link.
    def phone(m):
        s = m.group(0)
        digits = sum(c.isdigit() for c in s)
        if digits < 9 or digits > 15 or re.fullmatch(r'[\d,.]+', s) or re.search(r'\d{1,2}\.\d{1,2}\.\d{2,4}', s):
            return s
        return once(s, same_shape)
    t = PHONE.sub(phone, t)
    t = HANDLE.sub(lambda m: once(m.group(0), lambda h: '@' + same_shape(h[1:])), t)
    # A contact person's name in a job post ("Kontaktperson: Herr Max Muster", "Kontakt:\nErika Muster").
    t = TITLED.sub(lambda m: m.group(1) + ' ' + once(m.group(2), lambda n: invented(n, m.group(1)), m.group(0)), t)
    t = CONTACT.sub(lambda m: m.group(1) + once(m.group(2), invented), t)
    return t


WEBMAIL_DOMAINS = ('gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com')
# Role addresses: the local part names a desk, not a person (labelling policy v2.1, rule 12).
ROLE_LOCAL = re.compile(r'(?i)(?:contact|contato|contacto|kontakt|recrutement|recrutamento|recruiting|recruitment|'
                        r'jobs?|job-\d+|careers?|candidatures?(?:-[a-z]+)?|team|hr|rh|info|support|positionen|'
                        r'projects?|bewerbung|karriere|hello|bonjour|empleo|vagas)')
# Team mailboxes named for a product at a ministry's domain (*.gouv.fr), read by hand in the beta.gouv.fr posts.
ORG_MAILBOXES = {'dora', 'aides-jeunes', 'friches', 'codedutravailnumerique', 'contact-dotations-locales',
                 'data.inclusion', 'collectifobjets', 'ecobalyse'}
OBFUSCATED_EMAIL = re.compile(r'([\w.+-]+)(\s?[(\[]\s?(?:at|AT|@|a)\s?[)\]]\s?)([\w-]+(?:\.[\w-]+)+)')
TITLE_WORDS = {'Consultant', 'Manager', 'Recruiter', 'Team', 'Sales', 'Account', 'Director', 'Lead', 'Partner',
               'Specialist', 'Support', 'Candidate', 'Delivery', 'Talent', 'Acquisition', 'Recruitment', 'Senior'}
NAME = r"[A-ZÄÖÜ][a-zäöüßé'-]+"
CLOSING = r'(?:Grüßen|Grüße|Gruß|Regards|regards|Cordialement|Saludos|Atenciosamente|Cheers|Danke|Merci)'
# Words that start a line above a job title or after a greeting and are no one's name.
NOT_NAMES = TITLE_WORDS | {'Ihre', 'Ihr', 'Meine', 'Mein', 'Unsere', 'Unser', 'Your', 'Our', 'Die', 'Der', 'Das', 'Wir',
                           'Kontakt', 'Contact', 'Thanks', 'Best', 'Mit', 'Freundliche', 'Viele', 'Beste', 'Herzliche',
                           'Computer', 'Futures', 'Progressive', 'Business', 'Development', 'Recruiting', 'Ansprechpartner'}
TITLED = re.compile(rf'\b(Herr|Frau|Mr\.?|Ms\.?|Mrs\.?)\s+({NAME}(?:\s+{NAME})?)\b')
CONTACT = re.compile(rf'((?:Kontakt|Kontaktperson|Ansprechpartner(?:in)?|Contact(?: person)?):\s*)(?!Herr|Frau|Mr|Ms|Mrs)({NAME}\s+{NAME})(?=[ \t]*(?:\n|$|,|Referenznummer|Tel|E-?[Mm]ail))')
BEFORE_ADDRESS = re.compile(rf'\b({NAME}\s+{NAME})(?=\s*[<(\[]?[\w.+-]+@[\w-]+\.)')
# A recruiter's name on the line after a greeting ("Viele Grüße\nErika Muster") or above their job title
# ("Erika Muster\nSenior Recruitment Consultant").
NAME_AFTER_CLOSING = re.compile(rf'({CLOSING},?[ \t]*\n[ \t]*)({NAME}(?:[ \t]+{NAME}){{1,2}})(?=[ \t]*(?:\n|$|\||,))')
NAME_ABOVE_ROLE = re.compile(rf'(^|\n)({NAME}(?:[ \t]+{NAME}){{1,2}})(?=[ \t]*\n[^\n]{{0,50}}\b(?:Consultant|Recruiter|Recruiting|Recruitment|Manager|Specialist|Director|Berater|Personalberater|Talent)\w*)')
NAME_ABOVE_CONTACT = re.compile(rf'(^|\n)({NAME}(?:[ \t]+{NAME}){{1,2}})(?=[ \t]*\n(?:E-?[Mm]ail|Telefon|Tel\.?|Phone|Festnetz|Mobil)\b)')
# Many names, so that two people's different signatures seldom become one text.
FIRST = {'f': ['Anna', 'Lena', 'Marie', 'Clara', 'Sofia', 'Laura', 'Nora', 'Emma', 'Hanna', 'Ida', 'Julia', 'Mia'],
         'm': ['Jonas', 'Felix', 'Paul', 'Lukas', 'Jan', 'Tim', 'Ben', 'Elias', 'Noah', 'Leon', 'Erik', 'Moritz']}
LAST = ['Brandt', 'Keller', 'Vogt', 'Lorenz', 'Hahn', 'Seidel', 'Winter', 'Busch', 'Kühn', 'Frank', 'Berg', 'Roth',
        'Arnold', 'Pohl', 'Graf', 'Horn', 'Kraft', 'Sommer', 'Thiel', 'Jung', 'Lang', 'Otto', 'Haas', 'Engel']


def invented(name, title=''):
    if len(name.split()) == 1:
        return rng.choice(LAST)
    sex = 'f' if title in ('Frau', 'Ms', 'Ms.', 'Mrs', 'Mrs.') else 'm' if title else rng.choice('fm')
    return rng.choice(FIRST[sex]) + ' ' + rng.choice(LAST)


# ---- language ----------------------------------------------------------------------------------------------
STOP = {
    'en': 'the and to of for with you is are we our that this be will have in on need looking'.split(),
    'pt': 'de que para com não uma um os as do da em preciso você projeto ser mais site isso é está'.split(),
    'es': 'de que para con el la los las una un en necesito proyecto del por es muy más sitio y'.split(),
    'de': 'der die das und für mit wir ist ein eine nicht sie auf zu im den von'.split(),
    'fr': 'le la les et pour avec nous est un une des du en pas vous sur je'.split(),
}


def lang(t, allowed):
    words = re.findall(r"[a-zà-ÿ]+", t.lower())
    score = {l: sum(w in STOP[l] for w in words) for l in allowed}
    # "de", "que", "para" are shared by es and pt: letters decide between them.
    if 'pt' in score and 'es' in score:
        score['pt'] += 2 * len(re.findall(r'ção|ções|ã|õ|\bnão\b|\bvocê\b|\bé\b', t.lower()))
        score['es'] += 2 * len(re.findall(r'ñ|ción\b|\by\b|\bel\b|\bnecesito\b', t.lower()))
    best = max(score, key=score.get)
    return best if score[best] > 0 else None


def paragraphs(text):
    return [p.strip() for p in re.split(r'\n\s*\n', text.replace('\r\n', '\n')) if len(p.strip()) > 20]


# ---- sources -----------------------------------------------------------------------------------------------
def upwork_jobs():
    repo = 'parthiv011/upwork-scraping'
    commits = ['1bd67115ce6aa3141933504f1cccb92340a3c30c',
               '03d48ae84da36812dd62e5f0f73b50a2f130d5e1', '0b7909df42f711de3241817c1170d767adf2c320',
               'b6db9ce5979f5dc6d14ee21c13c9443cc870b967', '6b17ff560ee36c590a13662308377a225b2412b7',
               'dc35d022662cae40bd21f504b15e965255c7532f', 'd9aa732b7b5731f21b824ae68aa2168292e01525',
               'd8f7a3c2aa5091bd8354912a986f6a47318eaffa']
    for c in commits:
        for row in csv.DictReader(io.StringIO(show(repo, c, 'upwork_jobs.csv'))):
            for p in paragraphs(row.get('jobDescription') or ''):
                yield p, src(repo, c, 'upwork_jobs.csv'), ('en',), 'job-post'


def upwork_titles():
    repo, c, path = 'kadiroruc/UpworkProjectsPricePrediction', '195d3d1a15f074c2030d3005d06afed3f670d04a', 'upwork_jobs.csv'
    for row in csv.DictReader(io.StringIO(show(repo, c, path))):
        t = (row.get('Job Title') or '').strip()
        if len(t) > 20:
            yield t, src(repo, c, path), ('en',), 'job-title'


def workana():
    repo = 'lpcoutinho/workana-scraping'
    for c, path in [('2d464ae9715c07ab2b1fe911abfe04c5c890bb37', 'workana_scraping/data/data_t.csv'),
                    ('2c789e0503f854432ec017b78004193885dcdc14', 'workana_scraping/data/data_raw.csv')]:
        for row in csv.DictReader(io.StringIO(show(repo, c, path))):
            s = re.sub(r'\s*(?:\.\.\.)?\s*Ver mais detalhes\s*$', '', row.get('Summary') or '')
            for p in paragraphs(s):
                # The site's own labels ("Categoria: …", "Subcategoria: …") are not the client's text.
                lines = [l for l in p.split('\n') if not re.match(r'^[^:]{3,60}\?*:\s', l) or len(l) > 120]
                p = '\n'.join(lines).strip()
                if len(p) > 20:
                    yield p, src(repo, c, path), ('pt', 'es', 'en'), 'job-post'


def freelancer_projects():
    repo, c, path = 'dream-well/freelancer-autobid-nextjs', 'cf689a5d1c0bc373d92a50672cc9675580ffc855', 'containers/Mainboard/projects.js'
    js = show(repo, c, path)
    for m in re.finditer(r'^    "description": "((?:[^"\\]|\\.)*)"', js, re.M):
        for p in paragraphs(json.loads('"' + m.group(1) + '"')):
            yield p, src(repo, c, path), ('en',), 'job-post'


NAMES = ['Alex', 'Robin', 'Sam', 'Jordan', 'Taylor', 'Casey', 'Morgan', 'Jamie', 'Riley', 'Avery', 'Quinn', 'Drew']


def upwork_profiles():
    repo, c, path = 'ruthmazango/Freelance-Recommendation-System', '30e0451a785022a5bf9969200a6246594f965933', 'upwork_data.csv'
    for i, row in enumerate(csv.reader(io.StringIO(show(repo, c, path)))):
        if len(row) < 7:
            continue
        first = row[0].split(' ')[0]
        text = row[6]
        if len(first) > 2:
            # The freelancer's own name (and a capitalised word after it, the surname) → an invented one.
            text = re.sub(rf'\b{re.escape(first)}(?: [A-Z][a-z]+)?\b', NAMES[i % len(NAMES)] + ' ' + 'Lee', text)
        for p in paragraphs(text):
            yield p, src(repo, c, path), ('en',), 'profile-overview'


def proposal_samples():
    repo, c, path = 'SamMrach/upwork_proposals', '533f6c35dfe063408fc690ee55fc33431c771d23', 'src/app/components/utils/proposals.ts'
    ts = show(repo, c, path)
    for m in re.finditer(r'description:\s*`([^`]*)`', ts):
        body = '\n'.join(l.strip() for l in m.group(1).split('\n'))
        for p in paragraphs(body):
            yield p, src(repo, c, path), ('en',), 'proposal'


def freelancermap_projects():
    """freelancermap.de/.at project posts (German and English) that a bot saved as Markdown, its "Beschreibung"."""
    repo = 'andreaswittmann/project-bot'
    for line in open(PB_LIST, encoding='utf-8'):
        c, path = line.rstrip('\n').split('\t')
        md = show(repo, c, path)
        m = re.search(r'^## Beschreibung\n(.*?)(?=^---\s*$|^## |\Z)', md, re.M | re.S)
        if not m:
            continue
        for p in paragraphs(m.group(1)):
            yield p, src(repo, c, path), ('de', 'en'), 'job-post'


def pph_jobs():
    repo, c, path = 'SyedSafeerHussain/pph-job-scraper', '126dd4763bb5779b018c6b925bfa3f8225ff2757', 'jobs.csv'
    for row in csv.DictReader(io.StringIO(show(repo, c, path))):
        for p in paragraphs(row.get('Job Description') or ''):
            yield p, src(repo, c, path), ('en',), 'job-post'


def betagouv_jobs():
    """beta.gouv.fr's job posts (French state start-ups recruiting developers, designers … often as independents)."""
    repo = 'betagouv/beta.gouv.fr'
    for line in open(os.path.join(OUT, 'betagouv-files.tsv'), encoding='utf-8'):
        c, path = line.rstrip('\n').split('\t')
        try:
            md = show(repo, c, path)
        except subprocess.CalledProcessError:
            continue
        body = re.sub(r'\A---\n.*?\n---\n', '', md, flags=re.S).replace('<!--more-->', '')
        for p in paragraphs(body):
            # A heading alone ("## Responsabilités") is the page's frame, not a passage.
            if not re.fullmatch(r'#+ [^\n]*', p):
                yield p, src(repo, c, path), ('fr', 'en'), 'job-post'


PT = {'Brasil', 'Portugal', 'Moçambique', 'Angola', 'Cabo Verde'}
ES = {'Espanha', 'México', 'Argentina', 'Chile', 'Colômbia', 'Peru', 'Equador', 'Venezuela', 'Uruguai', 'Paraguai',
      'Bolívia', 'Costa Rica', 'Panamá', 'República Dominicana', 'Guatemala', 'Honduras', 'El Salvador', 'Nicarágua',
      'Cuba', 'Porto Rico'}


def workana_titles():
    """Workana project titles (Portuguese and Spanish); the language by the client's country where it speaks one."""
    repo = 'godoimatheus/workana-stats'
    for line in open(os.path.join(OUT, 'workana-title-files.tsv'), encoding='utf-8'):
        c, path = line.rstrip('\n').split('\t')
        for row in csv.DictReader(io.StringIO(show(repo, c, path)), delimiter=';'):
            t, country = (row.get('titulo') or '').strip(), (row.get('pais') or '').strip()
            if len(t) > 20:
                allowed = ('pt',) if country in PT else ('es',) if country in ES else ('en', 'pt', 'es')
                yield t, src(repo, c, path), allowed, 'job-title'


SOURCES = {
    'upwork-jobs': upwork_jobs,
    'workana-jobs': workana,
    'freelancer-projects': freelancer_projects,
    'freelancermap-projects': freelancermap_projects,
    'pph-jobs': pph_jobs,
    'betagouv-jobs': betagouv_jobs,
    'workana-titles': workana_titles,
    'upwork-profiles': upwork_profiles,
    'proposal-samples': proposal_samples,
    'upwork-titles': upwork_titles,
}


# Every passage is kept (the twenty-second session; the twenty-first sampled the four largest sources to keep
# ~2 MB of plain JSONL — 1 in 10,000 cannot be measured on 4,651 passages). A source can still be sampled here
# (at random, seed 21, to these many passages after deduplication). An item's id is its place in the whole
# deduplicated source, so a passage keeps its id whatever the cap.
CAP = {}


def norm(t):
    return re.sub(r'\s+', ' ', t).strip().lower()


def corpus_texts():
    out = []
    for f in glob.glob(os.path.join(REPO_DIR, 'tests/corpus/real/**/*.jsonl'), recursive=True):
        for line in open(f, encoding='utf-8'):
            line = line.strip()
            if line:
                try:
                    out.append(norm(json.loads(line)['text']))
                except Exception:
                    pass
    return out


def main():
    corpus = corpus_texts()
    corpus_set = set(corpus)
    seen = set()
    for name, gen in SOURCES.items():
        items, dropped = [], 0
        for text, source, allowed, kind in gen():
            # A paragraph is kept once as written (its original), and once as it reads after de-identification.
            original = norm(text)
            text = scrub(text.strip())
            key = norm(text)
            # A signature's name and title alone can fall under 21 characters once the name is an invented one.
            if key in seen or ('\0' + original) in seen or len(text) <= 20:
                continue
            seen.add(key)
            seen.add('\0' + original)
            if key in corpus_set or (len(key) > 60 and any(key in c or c in key for c in corpus if len(c) > 60)):
                dropped += 1
                continue
            items.append((text, lang(text, allowed) or allowed[0], kind, source))
        items = [{'id': f'{name}-{i + 1:05d}', 'text': t, 'lang': l, 'kind': k, 'source': s}
                 for i, (t, l, k, s) in enumerate(items)]
        if name in CAP and len(items) > CAP[name]:
            keep = set(random.Random(21).sample(range(len(items)), CAP[name]))
            items = [it for i, it in enumerate(items) if i in keep]
        # Gzipped (6 MB of text is 1.1 MB so): node's zlib reads it in the bench and the test. mtime 0 keeps the
        # bytes the same from one build to the next.
        body = ''.join(json.dumps(it, ensure_ascii=False) + '\n' for it in items).encode('utf-8')
        with open(os.path.join(OUT, f'{name}.jsonl.gz'), 'wb') as f:
            f.write(gzip.compress(body, 9, mtime=0))
        by = {}
        for it in items:
            by[it['lang']] = by.get(it['lang'], 0) + 1
        print(name, len(items), by, 'left out (in the corpus):', dropped, '' if name not in CAP else f'(sampled, cap {CAP[name]})')


main()

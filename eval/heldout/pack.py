#!/usr/bin/env python3
"""Pack or unpack the team's blind held-out gold sets without copying corpus text into the repository.

The gold files (coding guide §5) carry each article's title and text. The text is SaudiNewsNet's
(CC BY-NC-SA), so the repository keeps only the annotations: the article id and each event with its
evidence as a (field, start, end) slice. `unpack` rebuilds full gold files from the corpus.

  pack.py pack   GOLD_DIR  OUT.json            # gold folder -> annotations only
  pack.py unpack SET.json  CORPUS.jsonl.gz OUT_DIR
"""
import gzip
import json
import os
import sys


def pack(gold_dir, out):
    articles = []
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith('.json'):
            continue
        path = os.path.join(gold_dir, name)
        with open(path, encoding='utf-8') as f:
            doc = json.load(f)
        events = []
        for e in doc['events']:
            ev = dict(e)
            quote = ev.pop('evidence')
            for field in ('title', 'text'):
                at = doc[field].find(quote)
                if at >= 0:
                    ev['evidence_slice'] = [field, at, at + len(quote)]
                    break
            else:
                sys.exit(f'{path}: evidence «{quote}» is not a slice of the title or the text')
            events.append(ev)
        articles.append({'id': doc['id'], 'events': events})
    with open(out, 'w', encoding='utf-8') as f:
        json.dump({'articles': articles}, f, ensure_ascii=False, indent=1)


def unpack(set_file, corpus, out_dir):
    with open(set_file, encoding='utf-8') as f:
        wanted = {a['id']: a for a in json.load(f)['articles']}
    os.makedirs(out_dir, exist_ok=True)
    found = 0
    with gzip.open(corpus, 'rt', encoding='utf-8') as f:
        for line in f:
            art = json.loads(line)
            ann = wanted.get(art['id'])
            if ann is None:
                continue
            events = []
            for e in ann['events']:
                ev = dict(e)
                field, start, end = ev.pop('evidence_slice')
                ev['evidence'] = art[field][start:end]
                events.append(ev)
            doc = {k: art.get(k) for k in ('id', 'published', 'source', 'url', 'title', 'text')}
            doc['events'] = events
            with open(os.path.join(out_dir, art['id'] + '.json'), 'w', encoding='utf-8') as o:
                json.dump(doc, o, ensure_ascii=False, indent=1)
            found += 1
    if found != len(wanted):
        sys.exit(f'{set_file}: {len(wanted) - found} article(s) not found in {corpus}')


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == 'pack':
        pack(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == 'unpack':
        unpack(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)

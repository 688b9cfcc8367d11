#!/usr/bin/env python3
"""Writes a large WARC crawl for the streaming benchmark (docs/BENCHMARKS.md).

The seed articles in samples/karachi are wrapped in news pages as heavy as real ones (inline
scripts and styles, a long menu, related stories, comments) and written as a crawler writes them:
per page a request record and a response record (HTTP/1.1, Content-Type with charset), with a
warcinfo record first. Pages differ in their URL and publication date so that no two are the same.

    python3 bench/make-warc.py /tmp/crawl.warc --size-mb 1024
    python3 bench/make-warc.py /tmp/crawl.warc.gz --size-mb 1024   # one gzip member per record

--size-mb bounds the uncompressed archive. Standard library only; deterministic (seeded).
"""
import argparse
import gzip
import html
import os
import random
import sys
from datetime import datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def seeds():
    folder = os.path.join(ROOT, "samples", "karachi")
    result = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            lines = [l.strip() for l in f if l.strip()]
        first = lines[0]
        if len(first) < 150 and not first.endswith("."):
            result.append((first, lines[1:]))
        else:
            result.append(("Pakistan vows to root out terrorism after Karachi attack", lines))
    return result


def script_blob(rng, size):
    # Minified-looking script: what makes real pages heavy, and what the reader must skip.
    words = ["var", "function", "return", "window", "document", "push", "dataLayer", "config", "track", "event", "ads", "slot"]
    parts = []
    total = 0
    while total < size:
        p = "%s%d=%s(%d,'%s');" % (rng.choice(words), rng.randrange(1000), rng.choice(words), rng.randrange(10**6), rng.choice(words))
        parts.append(p)
        total += len(p)
    return "".join(parts)


def page(rng, number, title, paragraphs, published, url, heavy):
    h = html.escape(title)
    body = "\n".join("<p>%s</p>" % html.escape(p) for p in paragraphs)
    menu = "".join('<li><a href="/section/%d">Section %d</a></li>' % (i, i) for i in range(60))
    related = "".join('<li><a href="/story/%d">Related story number %d about the region</a></li>' % (rng.randrange(10**6), i) for i in range(12))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{h} | The Courier</title>
<meta property="og:site_name" content="The Courier"><meta property="og:title" content="{h}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":{repr_json(title)},"datePublished":"{published}","publisher":{{"@type":"Organization","name":"The Courier"}}}}</script>
<style>{script_blob(rng, heavy // 4)}</style>
<script>{script_blob(rng, heavy)}</script>
</head><body>
<header class="site-header"><a href="/">The Courier</a><nav class="main-nav"><ul>{menu}</ul></nav></header>
<div class="cookie-notice">We use cookies. <button>Accept</button></div>
<main><article class="story"><h1>{h}</h1><div class="byline">By Staff Reporter</div>
<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
<div class="story-body">
{body}
</div>
<div class="related-stories"><h2>Related stories</h2><ul>{related}</ul></div>
<section class="comments"><h3>Leave a comment</h3><form><textarea></textarea></form></section>
</article></main>
<footer><p>&copy; The Courier. All rights reserved. Page {number}.</p></footer>
<script>{script_blob(rng, heavy // 2)}</script>
</body></html>
"""


def repr_json(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def record(kind, uri, content_type, block, number):
    header = (
        "WARC/1.1\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
        "WARC-Date: 2023-02-18T12:00:00Z\r\n"
        + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
        + f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return header.encode("utf-8") + block + b"\r\n\r\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output")
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--page-kb", type=int, default=80, help="weight of inline script per page (real pages: 50-300 KB)")
    args = parser.parse_args()
    rng = random.Random(6)
    articles = seeds()
    limit = args.size_mb * 1024 * 1024
    compress = args.output.endswith(".gz")
    written = 0
    pages = 0
    records = 0
    start = datetime(2023, 2, 18, 8, 0, tzinfo=timezone(timedelta(hours=5)))
    with open(args.output, "wb") as out:
        def emit(data):
            nonlocal written, records
            records += 1
            written += len(data)
            out.write(gzip.compress(data, compresslevel=1) if compress else data)

        emit(record("warcinfo", None, "application/warc-fields", b"software: sitrep bench/make-warc.py\r\nformat: WARC File Format 1.1\r\n", 0))
        while written < limit:
            title, paragraphs = articles[pages % len(articles)]
            url = "https://courier.example/news/%d/story-%d" % (2023, pages)
            published = (start + timedelta(minutes=pages)).isoformat()
            body = page(rng, pages, title, paragraphs, published, url, args.page_kb * 1024).encode("utf-8")
            emit(record("request", url, "application/http; msgtype=request", f"GET /news/story-{pages} HTTP/1.1\r\nHost: courier.example\r\n\r\n".encode("ascii"), records))
            http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n".encode("ascii") + body
            emit(record("response", url, "application/http; msgtype=response", http, records))
            pages += 1
    print(f"{args.output}: {pages} pages, {records} records, {written / 1048576:.0f} MB uncompressed, {os.path.getsize(args.output) / 1048576:.0f} MB on disk", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Writes seed/data/dutch-word-frequencies.tsv: the general Dutch baseline of `kks seed --lexicon-gaps`.

The 50,000 most frequent Dutch word forms of wordfreq's "large" list with their frequency in
occurrences per million words. wordfreq merges subtitles, Wikipedia, web text, news and books, so
no single corpus size stands behind it; the report states the size it assumes.

Regenerate (the version is pinned: another one gives other figures):

    python3 -m venv /tmp/wordfreq-venv
    /tmp/wordfreq-venv/bin/pip install wordfreq==3.1.1
    /tmp/wordfreq-venv/bin/python seed/baseline/dutch_word_frequencies.py

The list's data is CC BY-SA 4.0 (see seed/data/README.md), and so is the file written here.
"""

import re
import sys
from importlib.metadata import version
from pathlib import Path

from wordfreq import top_n_list, word_frequency

LANGUAGE = "nl"
WORDLIST = "large"
SIZE = 50_000
# Words only: letters with inner apostrophes (regio's), no numbers, punctuation or mixed tokens.
WORD = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)*$")
OUTPUT = Path(__file__).resolve().parents[1] / "data" / "dutch-word-frequencies.tsv"


def main() -> None:
    rows = []
    for word in top_n_list(LANGUAGE, SIZE, wordlist=WORDLIST):
        if WORD.match(word):
            rows.append((word, word_frequency(word, LANGUAGE, wordlist=WORDLIST) * 1e6))
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(
            f"# wordfreq {version('wordfreq')}, language {LANGUAGE}, list {WORDLIST}: "
            f"the {SIZE} most frequent forms, {len(rows)} of them words. CC BY-SA 4.0, "
            "see README.md. Written by seed/baseline/dutch_word_frequencies.py.\n"
        )
        out.write("word\tper_million\n")
        for word, per_million in rows:
            out.write(f"{word}\t{float(f'{per_million:.3g}'):g}\n")
    print(f"wrote {len(rows)} words to {OUTPUT}", file=sys.stderr)


if __name__ == "__main__":
    main()

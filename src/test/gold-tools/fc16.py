#!/usr/bin/env python3
"""Turns the hand-written fc16 sources (src/test/gold-tools/fc16/*.txt) into first-contact-16 JSON Lines.

Only a format converter, reusing fc14.py's parser (same source syntax, documented there): every line of speech
and every label is written by hand in the source. It fills no slots and invents no text.
Run from anywhere: python3 src/test/gold-tools/fc16.py
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from fc14 import write_set  # noqa: E402  (one parser, so every first-contact set keeps one syntax)


def main():
    write_set(16)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Fills the numerus forms of the English plural-only translation: "%n agreement(s)" becomes one and many.

Run after `cmake --build BUILD --target update_translations`: python3 fill_english_plurals.py pactline_en.ts"""
import html
import re
import sys

path = sys.argv[1]
s = open(path, encoding='utf-8').read()
special = {
    'Their %n contact(s) go with them.': ('Its contact goes with it.', 'Their %n contacts go with them.'),
    'Their %n milestone(s) and the history of each go with them.':
        ('Its milestone and its history go with it.', 'Their %n milestones and the history of each go with them.'),
    '%1, where %n agreement(s) were signed': ('%1, where %n agreement was signed', '%1, where %n agreements were signed'),
    "%n partner(s) cannot be deleted while party to agreements: %1. Remove them from those agreements first (in each agreement's parties), then delete them.":
        ("%n partner cannot be deleted while party to agreements: %1. Remove it from those agreements first (in each agreement's parties), then delete it.",
         "%n partners cannot be deleted while party to agreements: %1. Remove them from those agreements first (in each agreement's parties), then delete them."),
}
def forms(source):
    if source in special:
        return special[source]
    one = re.sub(r'(\w+)\(s\)', lambda m: m.group(1), source)
    many = re.sub(r'(\w+)\(s\)', lambda m: m.group(1) + ('es' if m.group(1).endswith('s') else 's'), source)
    return one, many
def fill(m):
    block = m.group(0)
    src = html.unescape(re.search(r'<source>(.*?)</source>', block, re.S).group(1))
    one, many = forms(src)
    tr = ('<translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n'
          '        </translation>') % (html.escape(one, quote=False), html.escape(many, quote=False))
    return re.sub(r'<translation[^>]*>.*?</translation>|<translation[^>]*/>', tr, block, flags=re.S)
s = re.sub(r'<message numerus="yes">.*?</message>', fill, s, flags=re.S)
open(path, 'w', encoding='utf-8').write(s)

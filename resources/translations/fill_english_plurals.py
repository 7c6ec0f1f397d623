#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Pactline developers
# SPDX-License-Identifier: GPL-3.0-or-later
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
    '%n party/parties': ('%n party', '%n parties'),
    "%n partner(s) cannot be deleted while party to agreements: %1. Remove them from those agreements first (in each agreement's parties), then delete them.":
        ("%n partner cannot be deleted while party to agreements: %1. Remove it from those agreements first (in each agreement's parties), then delete it.",
         "%n partners cannot be deleted while party to agreements: %1. Remove them from those agreements first (in each agreement's parties), then delete them."),
    '“%1” holds %n value(s) that this version of Pactline no longer lets a portfolio hold, so it was not upgraded and was left as it was:\n%2\nCorrect them (with another SQLite tool, or after opening the file read-only) and open it again; `pactline check “%1”` lists them all.':
        ('“%1” holds %n value that this version of Pactline no longer lets a portfolio hold, so it was not upgraded and was left as it was:\n%2\nCorrect it (with another SQLite tool, or after opening the file read-only) and open it again; `pactline check “%1”` lists it.',
         '“%1” holds %n values that this version of Pactline no longer lets a portfolio hold, so it was not upgraded and was left as it was:\n%2\nCorrect them (with another SQLite tool, or after opening the file read-only) and open it again; `pactline check “%1”` lists them all.'),
    'The portfolio holds %n code(s) Pactline does not know, so nothing was written rather than a default in their place:\n%1\nCorrect them first; `pactline check` lists every problem of the file.':
        ('The portfolio holds %n code Pactline does not know, so nothing was written rather than a default in its place:\n%1\nCorrect it first; `pactline check` lists every problem of the file.',
         'The portfolio holds %n codes Pactline does not know, so nothing was written rather than a default in their place:\n%1\nCorrect them first; `pactline check` lists every problem of the file.'),
    'Also delete these %n older copies': ('Also delete this older copy', 'Also delete these %n older copies'),
    '%n older copies of this portfolio (automatic backups and copies taken before upgrades) still hold them until they are deleted or rotate out.':
        ('%n older copy of this portfolio (an automatic backup or a copy taken before an upgrade) still holds them until it is deleted or rotates out.',
         '%n older copies of this portfolio (automatic backups and copies taken before upgrades) still hold them until they are deleted or rotate out.'),
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

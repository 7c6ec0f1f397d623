#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Pactline developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes Pactline's country catalogue from Debian's iso-codes.

Reads the ISO 3166-1 list (iso_3166-1.json) and its Dutch and Swedish translations, either
compiled (.mo, as installed: share/locale/LANG/LC_MESSAGES/iso_3166-1.mo) or as in an iso-codes
checkout (.po: iso_3166-1/LANG.po), and writes one JSON file:

    {"countries": [{"code": "NL", "alpha3": "NLD",
                    "en": ["Netherlands", "Kingdom of the Netherlands"],
                    "nl": ["Nederland", "Koninkrijk der Nederlanden"],
                    "sv": ["Nederländerna", "Konungariket Nederländerna"]}, ...]}

The first name of each language is the one to show (iso-codes' common name where it has one,
else its name); the others are the name and the official name, for reading what people type.
A name without a translation stays English.

usage: generate_countries.py ISO_3166-1_JSON NL_MO_OR_PO SV_MO_OR_PO OUTPUT_JSON
"""

import ast
import gettext
import json
import sys


def po_catalogue(path):
    """msgid -> msgstr of a .po file (entries are separated by blank lines), without fuzzy or
    untranslated entries."""
    catalogue = {}
    with open(path, encoding="utf-8") as po:
        blocks = po.read().split("\n\n")
    for block in blocks:
        fields = {}
        field = None
        fuzzy = False
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            elif not line or line.startswith("#"):
                continue
            elif line.startswith('"') and field is not None:
                fields[field] += ast.literal_eval(line)
            else:
                field, _, text = line.partition(" ")
                fields[field] = ast.literal_eval(text)
        if fields.get("msgid") and fields.get("msgstr") and not fuzzy and "msgctxt" not in fields:
            catalogue[fields["msgid"]] = fields["msgstr"]
    return catalogue


def translator(path):
    """A function that translates an English name with the .mo or .po file at path."""
    if path.endswith(".po"):
        catalogue = po_catalogue(path)
        return lambda text: catalogue.get(text, text)
    with open(path, "rb") as mo:
        return gettext.GNUTranslations(mo).gettext


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__.strip().splitlines()[-1])
    json_path, nl_path, sv_path, output_path = argv[1:]
    with open(json_path, encoding="utf-8") as source:
        entries = json.load(source)["3166-1"]
    languages = {"en": lambda text: text, "nl": translator(nl_path), "sv": translator(sv_path)}

    countries = []
    for entry in sorted(entries, key=lambda e: e["alpha_2"]):
        english = [entry.get("common_name", entry["name"]), entry["name"], entry.get("official_name")]
        country = {"code": entry["alpha_2"], "alpha3": entry["alpha_3"]}
        for language, translate in languages.items():
            names = []
            for name in english:
                if name and translate(name) not in names:
                    names.append(translate(name))
            country[language] = names
        countries.append(country)
    if len(countries) < 240:
        sys.exit(f"{json_path}: only {len(countries)} countries; is this ISO 3166-1?")

    with open(output_path, "w", encoding="utf-8", newline="\n") as output:
        json.dump({"countries": countries}, output, ensure_ascii=False, indent=0)
        output.write("\n")


if __name__ == "__main__":
    main(sys.argv)

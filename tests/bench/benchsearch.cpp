// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The "search" group: Find anything (Ctrl+K) on the big portfolio (100,000 partners, 100,000
// agreements, 1,000,000 milestones; no events or contacts), the whole search as the box runs it
// for one text: the matching ids of every kind and the labels and details of the hits.
#include "benchcontext.h"
#include "benchgroup.h"

#include "store/database.h"
#include "store/findanything.h"

#include <algorithm>

namespace {

constexpr int Runs = 15;

QList<FindAnything::Hit> find(const Database &db, const QString &text)
{
    auto hits = FindAnything::find(db, text);
    if (!hits)
        qFatal("pactline-bench: %s", qPrintable(hits.error().message));
    return *hits;
}

QList<qint64> idsOf(const QList<FindAnything::Hit> &hits, FindAnything::Kind kind)
{
    QList<qint64> ids;
    for (const FindAnything::Hit &hit : hits)
        if (hit.kind == kind)
            ids << hit.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

static BenchGroup::Registrar registrar("search", [](BenchContext &context) {
    auto opened = Database::open(context.bigPortfolio(), Database::Mode::ReadOnly);
    if (!opened)
        qFatal("pactline-bench: %s", qPrintable(opened.error().message));
    const Database &db = **opened;

    // A three-letter prefix of a word in most agreements and many partners and milestones: each kind
    // fills its eight, and the labels are read.
    const QString prefix = QStringLiteral("cli");
    const QList<FindAnything::Hit> common = find(db, prefix);
    for (FindAnything::Kind kind :
         {FindAnything::Kind::Partner, FindAnything::Kind::Agreement, FindAnything::Kind::Milestone})
        if (idsOf(common, kind).size() != 8)
            qFatal("pactline-bench: Find anything gave %d hits of a kind for \"cli\", not 8",
                   int(idsOf(common, kind).size()));
    if (std::any_of(common.cbegin(), common.cend(), [](const auto &hit) { return hit.label.isEmpty(); }))
        qFatal("pactline-bench: a hit of Find anything has no label");
    BenchContext::report(QStringLiteral("search.find_anything_ms"),
                         BenchContext::medianMs(Runs, [&] { find(db, prefix); }), QStringLiteral("ms"));

    // A word planted in five agreements' summaries and found nowhere else: every kind is searched to
    // its end, inside words too.
    const QString rare = BenchContext::rareWord();
    const QList<FindAnything::Hit> planted = find(db, rare);
    if (planted.size() != 5 || idsOf(planted, FindAnything::Kind::Agreement) != BenchContext::rareWordAgreements())
        qFatal("pactline-bench: Find anything gave %d hits for the rare word, not the 5 planted agreements",
               int(planted.size()));
    BenchContext::report(QStringLiteral("search.find_anything_rare_word_ms"),
                         BenchContext::medianMs(Runs, [&] { find(db, rare); }), QStringLiteral("ms"));

    // Typing "clinical trial" a key at a time: the slowest keystroke.
    const QString typed = QStringLiteral("clinical trial");
    double slowest = 0;
    for (int length = 1; length <= typed.size(); ++length) {
        const QString text = typed.left(length);
        slowest = std::max(slowest, BenchContext::medianMs(5, [&] { find(db, text); }));
    }
    BenchContext::report(QStringLiteral("search.find_anything_keystroke_max_ms"), slowest, QStringLiteral("ms"));
});

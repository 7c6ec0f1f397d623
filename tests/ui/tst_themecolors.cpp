// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The colours the widgets add to the desktop's palette stay readable on a light and on a dark
// theme: problem text on the view's background, text on a problem field's background, the
// read-only banner; and a date field that holds no date takes them from the palette in use.
#include "records/fuzzydateedit.h"
#include "themecolors.h"

#include <QApplication>
#include <QTest>

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

// Breeze Dark's colours.
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::WindowText, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0xef, 0xf0, 0xf1));
    return palette;
}

constexpr double BodyTextContrast = 4.5;

} // namespace

class TestThemeColors final : public QObject
{
    Q_OBJECT

private slots:
    void readableOnBothThemes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << lightPalette() << false;
        QTest::newRow("dark") << darkPalette() << true;
    }

    void readableOnBothThemes()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(ThemeColors::isDark(palette), dark);
        const auto check = [](const char *what, const QColor &text, const QColor &background) {
            const double ratio = ThemeColors::contrast(text, background);
            QVERIFY2(ratio >= BodyTextContrast, qPrintable(QStringLiteral("%1: %2 on %3 has contrast %4")
                                                               .arg(QLatin1String(what), text.name(), background.name())
                                                               .arg(ratio, 0, 'f', 2)));
        };
        check("problem text", ThemeColors::problemText(palette), palette.color(QPalette::Base));
        check("text on a problem field", palette.color(QPalette::Text), ThemeColors::problemBase(palette));
        const QPalette banner = ThemeColors::bannerPalette(palette);
        check("banner", banner.color(QPalette::WindowText), banner.color(QPalette::Window));
        QVERIFY(
            ThemeColors::contrast(ThemeColors::problemHighlightedText(palette), palette.color(QPalette::Highlight)) >
            ThemeColors::contrast(palette.color(QPalette::Highlight), palette.color(QPalette::Highlight)));
    }

    void contrastIsWcags()
    {
        QCOMPARE(qRound(ThemeColors::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(ThemeColors::contrast(Qt::red, Qt::red), 1.0);
    }

    void problemHtmlEscapes()
    {
        const QString html = ThemeColors::problemHtml(lightPalette(), QStringLiteral("a < b & c"), true);
        QVERIFY2(html.startsWith(QLatin1String("<b style=\"color:#b01b1b\">")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("a &lt; b &amp; c")), qPrintable(html));
    }

    // A field holding no date is marked in colours readable on the theme in use.
    void dateFieldFollowsTheTheme_data() { readableOnBothThemes_data(); }

    void dateFieldFollowsTheTheme()
    {
        QFETCH(QPalette, palette);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(palette);
        {
            FuzzyDateEdit edit;
            edit.setText(QStringLiteral("someday soon"));
            QVERIFY(!edit.isAcceptable());
            QCOMPARE(edit.palette().color(QPalette::Base), ThemeColors::problemBase(palette));
            QVERIFY(ThemeColors::contrast(edit.palette().color(QPalette::Text), edit.palette().color(QPalette::Base)) >=
                    BodyTextContrast);
            edit.setText(QStringLiteral("2024"));
            QVERIFY(edit.isAcceptable());
            QCOMPARE(edit.palette().color(QPalette::Base), palette.color(QPalette::Base));
        }
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"

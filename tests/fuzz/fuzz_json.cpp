// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the JSON portfolio format: no input may crash parse(), write(), problems() or
// importInto(); a portfolio parse() accepts and problems() finds whole, write() writes so that parsing
// and writing it again gives the same bytes; an import into an empty portfolio, always rolled back,
// leaves it empty.
#include "exchange/portfoliojson.h"
#include "store/database.h"
#include "store/partnerrepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {

std::unique_ptr<QCoreApplication> application;
std::unique_ptr<QTemporaryDir> folder;
std::unique_ptr<Database> database;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    application = std::make_unique<QCoreApplication>(*argc, *argv);
    folder = std::make_unique<QTemporaryDir>();
    auto created = Database::create(folder->filePath(QStringLiteral("fuzz.pactline")));
    if (!created)
        abort();
    database = std::move(*created);
    // Closed before Qt's own globals go (registered after them, so run before them).
    std::atexit([] {
        database.reset();
        folder.reset();
        application.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<PortfolioData> parsed = PortfolioJson::parse(json);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            abort();
        return 0;
    }
    const QByteArray written = PortfolioJson::write(*parsed);
    const Result<PortfolioData> again = PortfolioJson::parse(written);
    if (!again)
        abort();
    if (PortfolioJson::problems(*parsed).isEmpty() && PortfolioJson::write(*again) != written)
        abort();

    // Import inside a transaction that is always rolled back.
    const StoreError rollBack{StoreError::Kind::Invalid, QStringLiteral("roll back")};
    const Result<void> done = database->write([&]() -> Result<void> {
        if (auto r = PortfolioJson::importInto(*database, *parsed); !r)
            return r;
        return rollBack;
    });
    if (done || PartnerRepository(*database).count().value() != 0)
        abort();
    return 0;
}

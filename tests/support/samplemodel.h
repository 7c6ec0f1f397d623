// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace TestSupport {

// A model under test beside a fresh copy of the sample portfolio, watched by QAbstractItemModelTester
// from the start: open() in a test class's init(), close() in its cleanup().
template<typename Model>
struct SampleModel
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Model> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    // Opens the copy and makes the model, on which `prepare` runs before the tester watches it; false
    // (and the test failed) when the copy could not be opened.
    bool open(const std::function<void(Model &)> &prepare = {})
    {
        dir = std::make_unique<QTemporaryDir>();
        db = openSamplePortfolio(*dir);
        if (!db)
            return false;
        model = std::make_unique<Model>();
        if (prepare)
            prepare(*model);
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        return true;
    }

    void close()
    {
        tester.reset();
        model.reset();
        db.reset();
        dir.reset();
    }
};

} // namespace TestSupport

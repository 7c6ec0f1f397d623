// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"
#include "store/database.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <type_traits>

namespace TestSupport {

// A model under test beside a fresh copy of the sample portfolio, watched by QAbstractItemModelTester
// from the start (a table model then reads the copy); SampleModelTest opens one for each test function.
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
        if constexpr (std::is_base_of_v<RecordTableModel, Model>)
            model->setDatabase(db.get());
        return true;
    }

    // The first row whose first column (a record's title or name) reads `text`, or -1.
    int rowOf(const QString &text) const { return TestSupport::rowOf(model.get(), 0, text); }

    void close()
    {
        tester.reset();
        model.reset();
        db.reset();
        dir.reset();
    }
};

// What the test classes of the models share: a fresh sample and model for each test function, opened in
// init() and closed in cleanup() (the slots QTest calls around each).
class SampleModelTestBase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

private:
    virtual bool open() = 0;
    virtual void close() = 0;
};

// The base of a model's test class: m_sample, which each test function finds open.
template<typename Model>
class SampleModelTest : public SampleModelTestBase
{
protected:
    SampleModel<Model> m_sample;

    // What a test class does to each new model before the tester watches it (nothing unless overridden).
    virtual void prepare(Model &) {}

private:
    bool open() override
    {
        return m_sample.open([this](Model &model) { prepare(model); });
    }
    void close() override { m_sample.close(); }
};

} // namespace TestSupport

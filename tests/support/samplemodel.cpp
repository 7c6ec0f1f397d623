// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplemodel.h"

#include <QTest>

namespace TestSupport {

void SampleModelTestBase::init()
{
    QVERIFY(open());
}

void SampleModelTestBase::cleanup()
{
    close();
}

} // namespace TestSupport

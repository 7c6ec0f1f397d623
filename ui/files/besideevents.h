// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;

// Runs `work` on a thread of its own while the window's events go on (a progress dialog paints and
// takes a click on Cancel), and returns when it is done, with what the work queued for `receiver`
// (its progress) delivered.
void runBesideEvents(QObject *receiver, const std::function<void()> &work);

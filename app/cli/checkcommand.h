#pragma once

#include "cli/headlesscommand.h"

// `pactline check FILE`: read-only integrity, schema and content checks.
HeadlessCommand checkCommand();

#pragma once

#include "cli/headlesscommand.h"

// `pactline check FILE`: read-only integrity, foreign-key and schema checks.
HeadlessCommand checkCommand();

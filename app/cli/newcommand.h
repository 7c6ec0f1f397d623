#pragma once

#include "cli/headlesscommand.h"

// `pactline new FILE [--sample]`: creates a portfolio, empty or with the sample; never overwrites.
HeadlessCommand newCommand();

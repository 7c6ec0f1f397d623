#include "headlesscommand.h"

#include "backupcommand.h"
#include "checkcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "newcommand.h"
#include "reportcommand.h"

QList<HeadlessCommand> headlessCommands()
{
    return {newCommand(), checkCommand(), reportCommand(), importCommand(), exportCommand(), backupCommand()};
}

#include "headlesscommand.h"

#include "checkcommand.h"
#include "newcommand.h"

QList<HeadlessCommand> headlessCommands()
{
    return {newCommand(), checkCommand()};
}

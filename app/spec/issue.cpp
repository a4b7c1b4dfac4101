#include "app/spec/issue.h"

#include <QCoreApplication>

#include <algorithm>

namespace Flightdeck {

QString Issue::toLine() const
{
    //: A line of the command line's output: %1 is the field id (a JSON path such as guest.memory_mb), %2 the message.
    return isError() ? QCoreApplication::translate("Issue", "error: %1: %2").arg(field, message)
                     //: As "error: %1: %2", for a warning.
                     : QCoreApplication::translate("Issue", "warning: %1: %2").arg(field, message);
}

bool hasErrors(const Issues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) { return issue.isError(); });
}

} // namespace Flightdeck

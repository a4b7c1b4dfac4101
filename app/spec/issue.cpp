#include "spec/issue.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Flightdeck {

QString Issue::toLine() const
{
    return u"%1: %2: %3"_s.arg(isError() ? u"error"_s : u"warning"_s, field, message);
}

bool hasErrors(const Issues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) { return issue.isError(); });
}

} // namespace Flightdeck

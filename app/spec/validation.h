#pragma once

#include "app/spec/issue.h"
#include "app/spec/runspec.h"

#include <optional>

namespace Flightdeck::Validation {

struct Options
{
    // Launching needs an app; printing the request body does not.
    bool requireApp = false;
    // Check that local files, build folders and Dockerfiles exist.
    bool checkLocalFiles = true;
};

// Every rule a user can break before submitting, each bound to a field, with
// a message that says how to fix it. Errors block the launch; warnings do not.
Issues validate(const RunSpec &spec, const Options &options = {});

// The request body limits: warn above the soft limit, refuse above the hard one.
inline constexpr qsizetype kBodyWarningBytes = qsizetype(256) * 1024;
inline constexpr qsizetype kBodyLimitBytes = qsizetype(1024) * 1024;

// App names: at most 63 characters, lowercase letters, digits and dashes.
bool isValidAppName(const QString &name);

// An organization is named by its slug, the same characters as an app name
// ("personal", "acme-corp"). What is wrong with `slug`, or nothing.
std::optional<QString> orgSlugProblem(const QString &slug);

} // namespace Flightdeck::Validation

#pragma once

#include "app/spec/runspec.h"

#include <QList>
#include <QString>

#include <optional>

namespace Flightdeck {

// One sentence of the Review's summary, bound to the field (and so the step)
// it is about.
struct SummaryLine
{
    QString field;
    QString text;

    friend bool operator==(const SummaryLine &, const SummaryLine &) = default;
};

// What only the platform knows, as far as the wizard has asked it.
struct SummaryContext
{
    std::optional<bool> appExists; // unknown until the App step has checked the name

    friend bool operator==(const SummaryContext &, const SummaryContext &) = default;
};

// What launching `spec` creates, in words and in order: the app, the image
// and its command, the name and the place, the size and its monthly price,
// the public ports, the volume, the environment, and the lifecycle.
QList<SummaryLine> summarize(const RunSpec &spec, const SummaryContext &context = {});

} // namespace Flightdeck

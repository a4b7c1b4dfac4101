#pragma once

#include <QString>

namespace Flightdeck {

// Everything the user decides about the Machine to run. Every input (wizard
// pages, fly flags, config JSON, profiles) fills one; every output is derived
// from one. Grows field by field with the wizard's steps.
struct RunSpec
{
    QString app;     // the Fly app the Machine belongs to
    QString image;   // an image reference, e.g. "nginx:1.27"
    QString region;  // a region code; empty lets the platform choose
    QString name;    // the Machine's name; empty lets the platform choose

    friend bool operator==(const RunSpec &, const RunSpec &) = default;
};

} // namespace Flightdeck

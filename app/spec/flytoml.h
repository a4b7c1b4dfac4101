#pragma once

#include <QString>

namespace Flightdeck::FlyToml {

// What Flightdeck takes from an app's fly.toml.
struct Contents
{
    QString app;        // top-level `app`
    QString dockerfile; // `[build] dockerfile`
    QString error;      // why the file could not be read; empty when it was
};

Contents read(const QString &path);
Contents parse(const QString &text);

} // namespace Flightdeck::FlyToml

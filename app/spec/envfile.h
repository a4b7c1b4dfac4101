#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Flightdeck::EnvFile {

// KEY=VALUE lines, as a .env file or pasted text holds them: blank lines and
// '#' comments are skipped, an "export " prefix is dropped, and one pair of
// matching quotes around a value is removed. Pairs keep the text's order, so
// that the last of two equal keys wins when they are merged.
struct Contents
{
    QList<std::pair<QString, QString>> pairs;
    QStringList unreadable; // the lines that are not KEY=VALUE, trimmed
};

Contents parse(const QString &text);

} // namespace Flightdeck::EnvFile

#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace Flightdeck::JsonText {

struct Parsed
{
    QJsonDocument document;
    QString error; // what is wrong, without the line
    int line = 0;  // where, 1-based; 0 when it parsed

    bool ok() const { return error.isEmpty(); }
};

// JSON a user typed or a file holds, read strictly: Qt's parser lets raw
// control characters through (RFC 8259 allows none but tab, line feed and
// carriage return), and a NUL in a key comes back as a different key once
// written and read again, so they are refused here, with their line.
Parsed parse(const QByteArray &text);

} // namespace Flightdeck::JsonText

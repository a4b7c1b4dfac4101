#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace Flightdeck {

// Writes every byte or says why not. On a full disk the system writes what
// fits and returns that much with no error, which QFileDevice passes on as
// a short count: the rest is written again until the system gives its
// reason ("No space left on device").
inline bool writeAll(QFileDevice &file, const QByteArray &bytes, QString *error)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0) {
            *error = file.errorString();
            return false;
        }
        written += qsizetype(count);
    }
    if (!file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Flightdeck

#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Sim {

class Platform;

// Keeps the platform in a JSON file: loaded at start, written atomically
// (QSaveFile) shortly after every change.
class StateFile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateFile)

public:
    StateFile(const QString &path, Platform *platform, QObject *parent = nullptr);

    // True with the platform filled when the file exists and is readable.
    bool load(QString *error);
    bool save(QString *error) const;

private:
    QString m_path;
    Platform *m_platform;
    bool m_savePending = false;
};

// The platform as the state file holds it ({"format": "flightdeck-sim-state"}),
// and back; Machines caught mid-transition are restored as settled.
QJsonObject stateToJson(const Platform &platform);
bool stateFromJson(Platform &platform, const QJsonObject &json, QString *error);

} // namespace Sim

#include "statefile.h"

#include "platform.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sim {

StateFile::StateFile(const QString &path, Platform *platform, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_platform(platform)
{
    connect(platform, &Platform::changed, this, [this] {
        if (m_savePending)
            return;
        m_savePending = true;
        QTimer::singleShot(50, this, [this] {
            m_savePending = false;
            QString error;
            if (!save(&error))
                QTextStream(stderr) << "flightdeck-sim: cannot save " << m_path << ": " << error << '\n';
        });
    });
}

bool StateFile::load(QString *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    return m_platform->fromJson(document.object(), error);
}

bool StateFile::save(QString *error) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(m_platform->toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Sim

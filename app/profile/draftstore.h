#pragma once

#include "app/profile/runprofile.h"

#include <QDateTime>

namespace Flightdeck {

// The wizard's work in progress, written every few seconds while it changes
// and removed when the window closes normally. A draft found at start-up
// means the last session ended without closing: it is offered back.
class DraftStore
{
public:
    explicit DraftStore(const QString &path); // UserFiles::draft

    bool save(const RunSpec &spec, QString *error);
    bool exists() const;
    QDateTime savedAt() const;
    RunProfile::ReadResult read() const;
    void discard();
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace Flightdeck

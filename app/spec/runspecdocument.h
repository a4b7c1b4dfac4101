#pragma once

#include "app/spec/runspec.h"

#include <QObject>

namespace Flightdeck {

// The RunSpec a window works on, with a signal for everything derived from it
// (the preview, validation, the command line) to follow changes.
class RunSpecDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSpecDocument)

public:
    explicit RunSpecDocument(QObject *parent = nullptr);

    const RunSpec &spec() const;
    void setSpec(const RunSpec &spec);

Q_SIGNALS:
    void changed();

private:
    RunSpec m_spec;
};

} // namespace Flightdeck

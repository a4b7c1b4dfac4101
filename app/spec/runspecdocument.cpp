#include "app/spec/runspecdocument.h"

namespace Flightdeck {

RunSpecDocument::RunSpecDocument(QObject *parent)
    : QObject(parent)
{
}

const RunSpec &RunSpecDocument::spec() const
{
    return m_spec;
}

void RunSpecDocument::setSpec(const RunSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    Q_EMIT changed();
}

} // namespace Flightdeck

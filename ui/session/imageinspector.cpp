#include "ui/session/imageinspector.h"

#include "app/spec/runspecdocument.h"
#include "ui/session/apisession.h"

namespace Flightdeck::Ui {

namespace {
constexpr int SettleMs = 700; // typing a reference is not looking it up
}

ImageInspector::ImageInspector(RunSpecDocument *document, ApiSession *session, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_session(session)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(SettleMs);
    connect(&m_delay, &QTimer::timeout, this, &ImageInspector::lookUp);
    connect(document, &RunSpecDocument::changed, this, &ImageInspector::follow);
    connect(session, &ApiSession::tokenStateChanged, this, [this] {
        if (m_session->tokenState() == ApiSession::TokenState::Valid && !m_config)
            m_delay.start();
    });
    follow();
}

void ImageInspector::follow()
{
    const RunSpec &spec = m_document->spec();
    const QString reference = spec.build ? QString() : spec.image;
    if (reference == m_reference)
        return;
    m_reference = reference;
    delete m_pending;
    if (m_config) {
        m_config.reset();
        Q_EMIT changed();
    }
    if (!m_reference.isEmpty())
        m_delay.start();
}

void ImageInspector::lookUp()
{
    if (m_reference.isEmpty() || !m_session->endpoints().looksUpImage(m_reference))
        return;
    delete m_pending;
    m_pending = new QObject(this);
    const RegistryClient registry(*m_session->api());
    registry.lookUp(m_reference, m_pending, [this, reference = m_reference](const ImageLookup &lookup) {
        m_pending->deleteLater();
        if (reference != m_reference || !lookup.config)
            return;
        m_config = lookup.config;
        Q_EMIT changed();
    });
}

} // namespace Flightdeck::Ui

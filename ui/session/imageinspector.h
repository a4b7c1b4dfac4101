#pragma once

#include "app/api/registryclient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Flightdeck {
class RunSpecDocument;
}

namespace Flightdeck::Ui {

class ApiSession;

// The image the document names, looked up in its registry a moment after the
// reference stops changing. Its configuration gives the Command and Services
// steps the image's own defaults ("from the image").
class ImageInspector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageInspector)

public:
    ImageInspector(RunSpecDocument *document, ApiSession *session, QObject *parent = nullptr);

    // The configuration of the image the document names now, once found.
    const std::optional<ImageConfig> &config() const { return m_config; }

Q_SIGNALS:
    void changed();

private:
    void follow();
    void lookUp();

    RunSpecDocument *m_document;
    ApiSession *m_session;
    QTimer m_delay;
    QString m_reference;
    std::optional<ImageConfig> m_config;
    QPointer<QObject> m_pending; // the lookup in flight; deleting it drops its answer
};

} // namespace Flightdeck::Ui

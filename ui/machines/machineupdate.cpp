#include "ui/machines/machineupdate.h"

#include "app/api/endpoints.h"
#include "app/auth/tokensources.h"
#include "app/launch/launcher.h"
#include "app/spec/createrequestcodec.h"
#include "app/spec/runspecdocument.h"
#include "ui/session/apisession.h"

#include <QJsonDocument>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

MachineUpdate::MachineUpdate(ApiSession *session, RunSpecDocument *document, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_document(document)
{
}

QStringList MachineUpdate::begin(const QString &app, const QJsonObject &machine)
{
    const QJsonObject config = machine.value(u"config"_s).toObject();
    Target target;
    target.app = app;
    target.id = machine.value(u"id"_s).toString();
    target.name = machine.value(u"name"_s).toString();
    const QString state = machine.value(u"state"_s).toString();
    target.wasRunning = state == "started"_L1 || state == "starting"_L1;
    target.launchId = config.value(u"metadata"_s).toObject().value(CreateRequestCodec::kLaunchIdKey).toString();
    target.current = QJsonObject{{u"name"_s, target.name}, {u"region"_s, machine.value(u"region"_s)}, {u"config"_s, config}};
    // As flyctl's machine update sends it (appsecrets.GetMinvers).
    target.minSecretsVersion = TokenSources::minSecretsVersion(QProcessEnvironment::systemEnvironment(), app);

    RunSpec spec;
    spec.app = app;
    spec.org = m_document->spec().org;
    spec.workingDir = m_document->spec().workingDir;
    spec.name = target.name;
    spec.region = machine.value(u"region"_s).toString();
    QStringList leftOut;
    if (CreateRequestCodec::Decoded decoded = CreateRequestCodec::applyConfig(spec, config); decoded.ok())
        spec = std::move(decoded.spec);
    else
        leftOut.append(decoded.error);
    m_target = target;
    m_document->setSpec(spec);
    Q_EMIT activeChanged();
    return leftOut;
}

void MachineUpdate::end()
{
    if (!m_target || m_action)
        return;
    m_target.reset();
    Q_EMIT activeChanged();
}

QString MachineUpdate::machineLabel() const
{
    if (!m_target)
        return {};
    return m_target->name.isEmpty() ? m_target->id : u"%1 (%2)"_s.arg(m_target->name, m_target->id);
}

QString MachineUpdate::requestPath() const
{
    return m_target ? machinePath(m_target->app, m_target->id) : QString();
}

QByteArray MachineUpdate::requestBody(const RunSpec &spec) const
{
    if (!m_target)
        return {};
    LaunchOptions options;
    options.launchId = m_target->launchId;
    options.minSecretsVersion = m_target->minSecretsVersion;
    return CreateRequestCodec::toRequestBody(spec, Launcher::encodeOptions(m_session->endpoints(), options));
}

QJsonObject MachineUpdate::runsAfter(const RunSpec &spec) const
{
    const QJsonObject body = QJsonDocument::fromJson(requestBody(spec)).object();
    QJsonObject runs;
    for (const QString &key : {u"name"_s, u"region"_s, u"config"_s}) {
        if (body.contains(key))
            runs.insert(key, body.value(key));
    }
    return runs;
}

QString MachineUpdate::problem(const RunSpec &spec) const
{
    if (!m_target)
        return {};
    if (spec.app != m_target->app)
        return tr("The update is for a Machine of %1; the App step now says %2.").arg(m_target->app, spec.app);
    if (spec.build)
        return tr("An update takes an image: build the Dockerfile with a new Machine first, or choose an image on the Image step.");
    if (spec.name != m_target->name)
        return tr("A Machine keeps its name: %1 cannot become %2.").arg(m_target->name, spec.name);
    if (spec.region != m_target->current.value(u"region"_s).toString())
        return tr("A Machine stays in its region (%1): create a new Machine to run elsewhere.").arg(m_target->current.value(u"region"_s).toString());
    return {};
}

bool MachineUpdate::send(const RunSpec &spec)
{
    if (!m_target || m_action || !problem(spec).isEmpty())
        return false;
    auto *action = new MachineAction(m_session->api(), MachineAction::Kind::Update, m_target->app, m_target->id, this);
    action->setUpdate(requestBody(spec), m_target->wasRunning);
    if (spec.waitTimeoutSeconds > 0)
        action->setWaitSeconds(spec.waitTimeoutSeconds);
    m_action = action;
    connect(action, &MachineAction::progress, this, &MachineUpdate::progress);
    connect(action, &MachineAction::finished, this, [this, action, spec](const MachineAction::Result &result) {
        action->deleteLater();
        m_action = nullptr;
        if (result.ok && m_target) {
            // What the Machine runs now is what was sent: the next update compares with it.
            m_target->current = runsAfter(spec);
        }
        Q_EMIT finished(result);
    });
    action->start();
    return true;
}

} // namespace Flightdeck::Ui

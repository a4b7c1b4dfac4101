#include "ui/help/diagnostics.h"

#include "app/cli/commandline.h"
#include "ui/session/apisession.h"

#include <QGuiApplication>
#include <QLocale>
#include <QStringList>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

QString tokenState(ApiSession::TokenState state)
{
    switch (state) {
    case ApiSession::TokenState::Looking:
        return Diagnostics::tr("looking for one");
    case ApiSession::TokenState::Missing:
        return Diagnostics::tr("missing");
    case ApiSession::TokenState::Checking:
        return Diagnostics::tr("being checked");
    case ApiSession::TokenState::Valid:
        return Diagnostics::tr("accepted by the API");
    case ApiSession::TokenState::Rejected:
        return Diagnostics::tr("refused by the API");
    case ApiSession::TokenState::Unreachable:
        return Diagnostics::tr("not checked: the API could not be reached");
    }
    return {};
}

} // namespace

QString Diagnostics::report(const ApiSession &session)
{
    const Endpoints &endpoints = session.endpoints();
    const QStringList lines{
        Cli::versionLine(),
        tr("Qt built: %1").arg(QStringLiteral(QT_VERSION_STR)),
        tr("System: %1 (%2, kernel %3)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(), QSysInfo::kernelVersion()),
        tr("Display: %1").arg(QGuiApplication::platformName()),
        tr("Language: %1").arg(QLocale().name()),
        tr("Machines API: %1").arg(endpoints.machinesApi.toString()),
        tr("GraphQL API: %1").arg(endpoints.graphql.toString()),
        tr("Registry: %1").arg(endpoints.registryHost),
        tr("Token: %1, %2").arg(session.originDescription(), tokenState(session.tokenState())),
        tr("Keychain: %1").arg(session.keychainAvailable() ? tr("available") : tr("not available")),
    };
    return lines.join(u'\n') + u'\n';
}

} // namespace Flightdeck::Ui

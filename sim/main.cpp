// flightdeck-sim: serves a local Machines API on loopback for offline use and tests.

#include "simapi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString newDemoToken()
{
    QString token = u"sim_"_s;
    for (int i = 0; i < 32; ++i)
        token.append(QChar(u"0123456789abcdef"[QRandomGenerator::system()->bounded(16)]));
    return token;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"flightdeck-sim"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local Fly.io Machines API for running and testing Flightdeck offline."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on, on 127.0.0.1; 0 picks a free one."_s, u"port"_s, u"4280"_s);
    const QCommandLineOption tokenOption(u"token"_s, u"The API token to accept (default: a new random one)."_s, u"token"_s);
    parser.addOption(portOption);
    parser.addOption(tokenOption);
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "flightdeck-sim: --port must be a number from 0 to 65535, got '" << parser.value(portOption) << "'\n";
        return 2;
    }

    const QString token = parser.isSet(tokenOption) ? parser.value(tokenOption) : newDemoToken();
    Sim::SimApi api(Sim::SimState::demo(token));
    if (!api.listen(static_cast<quint16>(port))) {
        err << "flightdeck-sim: cannot listen on 127.0.0.1:" << port << ": " << api.errorString() << '\n';
        return 1;
    }

    // Shell-sourceable lines; tools/dev and the tests read them to find the simulator.
    QTextStream out(stdout);
    out << "FLY_FLAPS_BASE_URL=http://127.0.0.1:" << api.port() << '\n';
    out << "FLY_API_TOKEN=" << token << '\n';
    out.flush();

    return QCoreApplication::exec();
}

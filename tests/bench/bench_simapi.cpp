// Requests per second the simulator answers on loopback: GET machine, and
// create followed by wait (boot delay 0). A benchmark, not a test; see
// docs/benchmarks.md for the command and the numbers.

#include "support/httpclient.h"
#include "support/simprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    TestSupport::SimProcess sim;
    if (!sim.start({u"--token"_s, u"bench"_s, u"--no-rate-limits"_s, u"--boot-delay"_s, u"0"_s})) {
        out << "cannot start flightdeck-sim: " << sim.errorString() << '\n';
        return 1;
    }
    QNetworkAccessManager network;
    const QList<std::pair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer bench"}};
    const auto url = [&sim](const QString &path) { return sim.url(path); };
    const QByteArray createBody = R"({"config":{"image":"alpine"}})";
    const QString id = TestSupport::httpRequest(network, "POST", url(u"/v1/apps/demo-app/machines"_s), createBody, auth).json.toObject().value(u"id"_s).toString();

    // GET machine, six requests in flight (one manager's connections per host).
    constexpr int gets = 5000;
    int sent = 0;
    int done = 0;
    int failed = 0;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> sendOne = [&] {
        QNetworkRequest request(url(u"/v1/apps/demo-app/machines/"_s + id));
        request.setRawHeader("Authorization", "Bearer bench");
        QNetworkReply *reply = network.get(request);
        ++sent;
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            failed += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 0 : 1;
            reply->deleteLater();
            if (++done == gets)
                app.quit();
            else if (sent < gets)
                sendOne();
        });
    };
    for (int i = 0; i < 6; ++i)
        sendOne();
    app.exec();
    const double getRate = gets * 1000.0 / std::max<qint64>(1, clock.elapsed());

    // Create, then wait for started, one pair after another.
    constexpr int pairs = 300;
    clock.restart();
    for (int i = 0; i < pairs; ++i) {
        const QString machine = TestSupport::httpRequest(network, "POST", url(u"/v1/apps/demo-app/machines"_s), createBody, auth).json.toObject().value(u"id"_s).toString();
        if (TestSupport::httpRequest(network, "GET", url(u"/v1/apps/demo-app/machines/%1/wait?state=started&timeout=10"_s.arg(machine)), {}, auth).status != 200)
            ++failed;
    }
    const double pairRate = pairs * 1000.0 / std::max<qint64>(1, clock.elapsed());

    out << "GET machine:          " << qRound(getRate) << " requests/s (" << gets << " requests, 6 in flight)\n";
    out << "create + wait:        " << qRound(pairRate) << " pairs/s (" << pairs << " pairs, one at a time)\n";
    out << "failed requests:      " << failed << '\n';
    return failed == 0 ? 0 : 1;
}

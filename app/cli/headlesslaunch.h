#pragma once

#include "app/api/logstream.h"
#include "app/launch/launcher.h"
#include "app/spec/runspec.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Flightdeck::Cli {

struct HeadlessLaunchRequest
{
    RunSpec spec;
    LaunchOptions options;
    QString apiUrl;     // --api-url, else FLY_FLAPS_BASE_URL, else the default
    QString graphqlUrl; // --graphql-url, else FLY_API_BASE_URL + /graphql
    int logsForSeconds = 0; // --logs-for
};

// `flightdeck run … --yes`: the whole launch without a window. Finds the
// token (TokenResolver), prints each step with its duration and, once the
// Machine exists, its log lines ("log | …") until the launch ends (or
// --logs-for seconds longer; a few more after a failure, for the lines that
// explain it), then the Machine's id, state and private IP. `finished` carries the exit code: 0
// when the Machine started (or was created, for create-only and standbys),
// 1 with the diagnosis otherwise, 2 for a bad endpoint.
class HeadlessLaunch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessLaunch)

public:
    explicit HeadlessLaunch(HeadlessLaunchRequest request, QObject *parent = nullptr);
    ~HeadlessLaunch() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void printStep(const StepEvent &event);
    void printOutcome(const LaunchOutcome &outcome);
    void followLog();
    void printLog(const QList<LogEntry> &entries);
    void finish(const LaunchOutcome &outcome);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Flightdeck::Cli

#pragma once

#include "app/api/endpoints.h"
#include "app/api/logstream.h"
#include "app/launch/launchtypes.h"
#include "app/spec/createrequestcodec.h"
#include "app/spec/runspec.h"

#include <QElapsedTimer>
#include <QHash>

#include <functional>
#include <QObject>

namespace Flightdeck {

class ApiClient;
class ImageBuilder;
struct ApiResult;

struct LaunchOptions
{
    bool createAppIfMissing = false; // the user confirmed (--yes, or in the wizard)
    QString org;                     // for a new app; empty: the spec's org, else "personal"
    int deadlineMs = 5 * 60 * 1000;  // for "started" and passing checks, unless the spec's wait timeout says otherwise
    int settleMs = 3000;             // how long to watch a Machine without checks
    int logGraceMs = 3000;           // after a Machine failed: how long its log may take to say why
    QString launchId;                // empty: a new ULID; written to flightdeck_launch_id
    std::optional<quint64> minSecretsVersion; // flyctl's app_secrets_minvers for the app, sent as min_secrets_version
    QString tokenRefusedHint;        // what to do when the API refuses the token (401), by where it came from
    // After an ambiguous create: pauses before each look for this launch's
    // Machine (the list lags a create by seconds) before sending it again.
    QList<int> lookupDelaysMs{500, 1000, 1500, 2500};
    int requestTimeoutMs = 30000;    // for each request but the long-polls
    QString imageEngine;             // docker, podman or buildah; empty: the first found
    QString buildStorageRoot;        // buildah's image store; empty: its own (tests use a private one)
    // Follow the Machine's log from its create until the launcher goes (or stopLog()):
    // for a view or a terminal that shows it, and read for the diagnosis of a failure.
    bool followLog = false;
};

// Everything between "Launch" and "your Machine is running": a state machine
// with named steps (check token → resolve or create app → image → create
// Machine → wait for started → watch the health checks), each reporting
// start, progress, duration and result. A create is never re-sent blindly:
// the launch id in the Machine's metadata, matched on the client side,
// settles ambiguous failures. On the way to "started" an image launch into an
// existing app costs two requests, the create and the wait; a build first
// reads the app, since the registry refuses a push for an app that does not exist.
class Launcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Launcher)

public:
    Launcher(ApiClient *api, const RunSpec &spec, const LaunchOptions &options, QObject *parent = nullptr);

    void start();
    // Stops at once; the outcome lists what already exists.
    void cancel();
    QString launchId() const { return m_options.launchId; }
    const LaunchOptions &options() const { return m_options; }
    ApiClient *api() const { return m_api; }
    // What happened so far, for a view that starts to follow a launch under way.
    const QList<StepEvent> &events() const { return m_events; }
    QJsonObject knownMachine() const { return m_outcome.machine; }
    qint64 stepElapsedMs() const; // of the step under way
    bool isFinished() const { return m_finished; }
    const LaunchOutcome &outcome() const { return m_outcome; }
    // The Machine's log as followed (LaunchOptions::followLog): the stream, null
    // before the Machine exists, and the lines it gave so far (the latest kLogLinesKept).
    LogStream *logStream() const { return m_log; }
    const QList<LogEntry> &logLines() const { return m_logLines; }
    void stopLog();
    static constexpr int kLogLinesKept = 10000;

    static QString newLaunchId();
    // How a launch with these options encodes its request: the preview uses
    // the same, so that it shows the very bytes the launch posts.
    static CreateRequestCodec::EncodeOptions encodeOptions(const Endpoints &endpoints, const LaunchOptions &options);
    // The body of the request that creates a missing app (fly-go's
    // CreateAppRequest): the preview shows it before the Machine's.
    static QJsonObject appCreateBody(const RunSpec &spec, const LaunchOptions &options);

Q_SIGNALS:
    void stepChanged(const Flightdeck::StepEvent &event);
    // The Machine exists (created, or found after a lost answer): its log can be followed.
    void machineKnown(const QJsonObject &machine);
    void finished(const Flightdeck::LaunchOutcome &outcome);

private:
    void report(const StepEvent &event); // every step change goes through here
    void begin(LaunchStep step, const QString &detail = {});
    void progress(const QString &detail);
    void done(const QString &detail = {});
    void skip(LaunchStep step, const QString &why);
    void fail(const Diagnosis &given);
    void succeed();

    void checkToken();
    void resolveApp();
    bool hasVolumesByName() const;
    void readApp();
    void confirmAppMissing(const ApiResult &createFailure);
    void appReady(const QString &detail);
    void resolveVolumes(const QString &appDetail);
    void createApp(int attempt);
    void waitForApp(int attempt);
    void prepareImage();
    void buildImage();
    void startCreate();
    void createMachine(int attempt);
    void findByLaunchId(int attempt, int lookup, const ApiResult &failure);
    void machineCreated(const QJsonObject &machine);
    void waitStarted();
    void watch();
    void readMachine(const std::function<void()> &then);
    void settle(const QString &detail);
    void watchChecks();
    qint64 waitTimeoutMs() const;
    void diagnoseFromEvents(const QString &fallback);
    // A failure once the Machine exists: its log may name the cause better (Diagnose::fromLog).
    void failWithLog(const Diagnosis &fromEventsOrChecks);
    void followLog();

    ApiClient *m_api;
    RunSpec m_spec;
    LaunchOptions m_options;
    QByteArray m_requestBody; // the create request, encoded once
    LaunchStep m_step = LaunchStep::CheckToken;
    QElapsedTimer m_stepClock;
    QElapsedTimer m_deadline; // since the wait for "started" began
    QHash<QString, QString> m_checkReports; // check name → the status and output last reported
    LaunchOutcome m_outcome;
    QList<StepEvent> m_events;
    bool m_finished = false;
    bool m_appCreated = false;
    ImageBuilder *m_builder = nullptr;
    LogStream *m_log = nullptr;
    QList<LogEntry> m_logLines;
    int m_exitsSeen = 0;         // exits in the Machine's events at the last look
    QElapsedTimer m_sinceNewExit; // since that number last grew
    bool m_recoveryReported = false;
};

} // namespace Flightdeck

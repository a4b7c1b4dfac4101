#pragma once

#include "launch/launchtypes.h"
#include "spec/runspec.h"

#include <QElapsedTimer>
#include <QObject>

namespace Flightdeck {

class ApiClient;
class ImageBuilder;
struct ApiResult;

struct LaunchOptions
{
    bool createAppIfMissing = false; // the user confirmed (--yes, or in the wizard)
    QString org;                     // for a new app; empty: the spec's org, else "personal"
    int deadlineMs = 5 * 60 * 1000;  // for reaching "started"
    int settleMs = 3000;             // how long to watch a Machine without checks
    QString launchId;                // empty: a new ULID; written to flightdeck_launch_id
    int requestTimeoutMs = 30000;    // for each request but the long-polls
    QString imageEngine;             // docker, podman or buildah; empty: the first found
    QString buildStorageRoot;        // buildah's image store; empty: its own (tests use a private one)
};

// Everything between "Launch" and "your Machine is running": a state machine
// with named steps (check token → resolve or create app → image → create
// Machine → wait for started → watch), each reporting start, progress,
// duration and result. A create is never re-sent blindly: the launch id in
// the Machine's metadata settles ambiguous failures. On the way to
// "started" an existing app costs two requests: the create and the wait.
class Launcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Launcher)

public:
    Launcher(ApiClient *api, const RunSpec &spec, const LaunchOptions &options, QObject *parent = nullptr);

    void start();
    // Stops at once; the outcome lists what already exists.
    void cancel();
    QString launchId() const { return m_launchId; }

    static QString newLaunchId();

Q_SIGNALS:
    void stepChanged(const Flightdeck::StepEvent &event);
    void finished(const Flightdeck::LaunchOutcome &outcome);

private:
    void begin(LaunchStep step, const QString &detail = {});
    void progress(const QString &detail);
    void done(const QString &detail = {});
    void skip(LaunchStep step, const QString &why);
    void fail(const Diagnosis &diagnosis);
    void succeed();

    void checkToken();
    void resolveApp();
    void resolveVolumes();
    void createApp(int attempt);
    void waitForApp(int attempt);
    void prepareImage();
    void buildImage();
    void createMachine(int attempt);
    void findByLaunchId(int attempt, const ApiResult &failure);
    void machineCreated(const QJsonObject &machine);
    void waitStarted();
    void watch();
    void diagnoseFromEvents(const QString &fallback);

    ApiClient *m_api;
    RunSpec m_spec;
    LaunchOptions m_options;
    QString m_launchId;
    LaunchStep m_step = LaunchStep::CheckToken;
    QElapsedTimer m_stepClock;
    QElapsedTimer m_deadline;
    LaunchOutcome m_outcome;
    bool m_finished = false;
    bool m_appCreated = false;
    ImageBuilder *m_builder = nullptr;
};

} // namespace Flightdeck

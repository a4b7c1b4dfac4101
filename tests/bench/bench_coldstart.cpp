// Cold start to the first painted window: flightdeck's start (runGui, in
// bench_flightdeckwindow) against a minimal Qt Widgets window from the same
// tree, and against that window linked with every library Flightdeck links
// (bench_linkedwindow), each started as a fresh process, in turns. Prints the
// median of each and the ratios.
//
//   bench_coldstart [RUNS]     (default 15; docs/benchmarks.md)

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

namespace {

// Milliseconds from starting `program` to its exit after the first paint, or -1.
double timeToFirstPaint(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0 || !process.readAllStandardOutput().contains("painted")) {
        QTextStream(stderr) << program << " did not report a first paint: " << process.readAllStandardError() << '\n';
        return -1;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 15;
    const QStringList programs{QStringLiteral(FLIGHTDECK_EXECUTABLE), QStringLiteral(MINIMAL_WINDOW_EXECUTABLE), QStringLiteral(LINKED_WINDOW_EXECUTABLE)};
    QList<QList<double>> times(programs.size());
    // One warm-up each: the first start reads libraries from disk.
    for (const QString &program : programs)
        timeToFirstPaint(program, {});
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < programs.size(); ++i) {
            const double ms = timeToFirstPaint(programs.at(i), {});
            if (ms < 0)
                return 1;
            times[i].append(ms);
        }
    }
    const double flightdeck = median(times.at(0));
    const double minimal = median(times.at(1));
    const double linked = median(times.at(2));
    QTextStream out(stdout);
    out << "runs: " << runs << '\n'
        << "flightdeck, start to first paint: " << QString::number(flightdeck, 'f', 1) << " ms (median)\n"
        << "minimal Qt window, start to first paint: " << QString::number(minimal, 'f', 1) << " ms (median)\n"
        << "minimal window with Flightdeck's libraries: " << QString::number(linked, 'f', 1) << " ms (median)\n"
        << "ratio: " << QString::number(flightdeck / minimal, 'f', 2) << '\n'
        << "ratio to the window with the same libraries: " << QString::number(flightdeck / linked, 'f', 2) << '\n';
    return 0;
}

// Cold start to the first painted window: flightdeck's start (runGui, in
// bench_flightdeckwindow) against a minimal Qt Widgets window from the same
// tree, each started as a fresh process, in turns. Prints the median of each
// and their ratio.
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
    QList<double> flightdeck;
    QList<double> minimal;
    // One warm-up each: the first start reads libraries from disk.
    timeToFirstPaint(QStringLiteral(FLIGHTDECK_EXECUTABLE), {});
    timeToFirstPaint(QStringLiteral(MINIMAL_WINDOW_EXECUTABLE), {});
    for (int run = 0; run < runs; ++run) {
        const double a = timeToFirstPaint(QStringLiteral(FLIGHTDECK_EXECUTABLE), {});
        const double b = timeToFirstPaint(QStringLiteral(MINIMAL_WINDOW_EXECUTABLE), {});
        if (a < 0 || b < 0)
            return 1;
        flightdeck.append(a);
        minimal.append(b);
    }
    QTextStream out(stdout);
    out << "runs: " << runs << '\n'
        << "flightdeck, start to first paint: " << QString::number(median(flightdeck), 'f', 1) << " ms (median)\n"
        << "minimal Qt window, start to first paint: " << QString::number(median(minimal), 'f', 1) << " ms (median)\n"
        << "ratio: " << QString::number(median(flightdeck) / median(minimal), 'f', 2) << '\n';
    return 0;
}

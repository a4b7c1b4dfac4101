// flightdeck-screengrab: waits until something is drawn on the display, then
// saves the whole screen as PNG. Used on Xvfb, where there is no other tool.
//
//   flightdeck-screengrab OUTPUT.png [--timeout SECONDS] [--settle MILLISECONDS]

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// An empty X screen is one colour; anything a program maps makes it more.
bool hasContent(const QImage &image)
{
    const QImage small = image.scaled(160, 100);
    const QRgb first = small.pixel(0, 0);
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            if (small.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"output"_s, u"PNG file to write"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"Seconds to wait for content"_s, u"seconds"_s, u"30"_s);
    const QCommandLineOption settleOption(u"settle"_s, u"Milliseconds to wait after content appears"_s, u"ms"_s, u"1500"_s);
    parser.addOption(timeoutOption);
    parser.addOption(settleOption);
    parser.process(app);

    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "usage: flightdeck-screengrab OUTPUT.png [--timeout SECONDS] [--settle MS]\n";
        return 2;
    }

    QScreen *screen = QGuiApplication::primaryScreen();
    QDeadlineTimer deadline(qint64(parser.value(timeoutOption).toInt()) * 1000);
    while (!hasContent(screen->grabWindow(0).toImage())) {
        if (deadline.hasExpired()) {
            err << "flightdeck-screengrab: nothing appeared on the display\n";
            return 1;
        }
        QThread::msleep(200);
    }
    QThread::msleep(parser.value(settleOption).toULong());
    QCoreApplication::processEvents();

    const QString output = parser.positionalArguments().constFirst();
    if (!screen->grabWindow(0).save(output, "PNG")) {
        err << "flightdeck-screengrab: cannot write " << output << '\n';
        return 1;
    }
    return 0;
}

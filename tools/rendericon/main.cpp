// flightdeck-rendericon: draws the SVG application icon as PNG files of the
// sizes a desktop looks for, in the hicolor theme's layout.
//
//   flightdeck-rendericon ICON.svg OUTPUT_DIR NAME SIZE…
//   writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/NAME.png for every SIZE

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // A build step: no display is needed to draw into an image.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QGuiApplication::arguments().mid(1);
    if (args.size() < 4) {
        err << "usage: flightdeck-rendericon ICON.svg OUTPUT_DIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(0));
    if (!svg.isValid()) {
        err << "flightdeck-rendericon: " << args.at(0) << " is not a readable SVG file\n";
        return 1;
    }
    const QStringList sizes = args.mid(3);
    for (const QString &sizeText : sizes) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "flightdeck-rendericon: " << sizeText << " is not a size between 8 and 1024\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter, QRectF(0, 0, size, size));
        }
        const QString dir = u"%1/%2x%2/apps"_s.arg(args.at(1)).arg(size);
        QSaveFile file(u"%1/%2.png"_s.arg(dir, args.at(2)));
        if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
            err << "flightdeck-rendericon: could not write " << file.fileName() << ": " << file.errorString() << '\n';
            return 1;
        }
    }
    return 0;
}

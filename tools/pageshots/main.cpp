// flightdeck-pageshots: renders every wizard step of a sample Machine, in a
// light and a dark palette, to PNG files for the docs.
//
//   flightdeck-pageshots OUTPUT_DIR

#include "mainwindow.h"
#include "spec/runspecdocument.h"
#include "wizard/runwizard.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Flightdeck;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    return p;
}

RunSpec sample()
{
    RunSpec spec;
    spec.app = u"demo-app"_s;
    spec.image = u"nginx:1.27"_s;
    spec.region = u"ams"_s;
    spec.cmd = {u"nginx"_s, u"-g"_s, u"daemon off;"_s};
    spec.guest = GuestSpec{u"shared"_s, 2, 1024, 0, {}, {}, {}};
    spec.services = {ServiceSpec{u"tcp"_s, 80, {PortSpec{443, 0, 0, {u"tls"_s, u"http"_s}, {}}}, true, Autostop::Suspend, {}}};
    spec.env = {{u"NODE_ENV"_s, u"production"_s}, {u"GREETING"_s, u"hello"_s}};
    spec.metadata = {{u"team"_s, u"web"_s}};
    spec.restart = RestartSpec{u"on-failure"_s, 3, {}};
    spec.name = u"web-1"_s;
    return spec;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (argc < 2) {
        QTextStream(stderr) << "usage: flightdeck-pageshots OUTPUT_DIR\n";
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    const QPalette light = QApplication::style()->standardPalette();
    for (const auto &[scheme, palette] : {std::pair{u"light"_s, light}, std::pair{u"dark"_s, darkPalette()}}) {
        QApplication::setPalette(palette);
        Ui::MainWindow window;
        window.document()->setSpec(sample());
        window.resize(1180, 720);
        window.show();
        // Let the preview's marks of the last change fade before the first picture.
        QEventLoop settle;
        QTimer::singleShot(1500, &settle, &QEventLoop::quit);
        settle.exec();
        auto *wizard = window.findChild<Ui::RunWizard *>(u"runWizard"_s);
        for (int step = 0; step < wizard->stepCount(); ++step) {
            wizard->goToStep(step);
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            const QString file = out.filePath(u"wizard-%1-%2.png"_s.arg(step + 1).arg(scheme));
            if (!window.grab().save(file)) {
                QTextStream(stderr) << "cannot write " << file << '\n';
                return 1;
            }
        }
    }
    return 0;
}

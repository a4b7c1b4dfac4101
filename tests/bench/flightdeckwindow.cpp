// flightdeck's window for bench_coldstart: the program's own start (runGui,
// the same libraries and the same code path), with a watcher that prints
// "painted" and quits after the window's first paint. The watcher lives
// here, so the shipped program carries no benchmark code.

#include "ui/gui.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaintReporter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QTimer::singleShot(0, qApp, [] {
                std::puts("painted");
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[])
{
    return Flightdeck::Ui::runGui(argc, argv, {}, {}, [](Flightdeck::Ui::MainWindow &window) {
        window.installEventFilter(new FirstPaintReporter(&window));
    });
}
